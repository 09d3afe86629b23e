import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { RevenuePanel } from '../../src/features/revenue/revenue-panel.tsx';
import { useViewStore } from '../../src/state/view-store.ts';
import { renderWithData } from '../helpers/render.tsx';

describe('RevenuePanel', () => {
  it('draws 2023 revenue by segment with each share of the total', () => {
    const { container } = renderWithData(<RevenuePanel />);
    const region = screen.getByRole('region', { name: 'Revenue segments' });
    expect(within(region).getByRole('heading', { name: /Revenue by segment, 2023/ })).toHaveTextContent('total RMB 271.0 bn');
    for (const label of ['157.5bn (58.1%)', '80.1bn (29.6%)', '30.1bn (11.1%)', '≈3.3bn (about 1%)']) {
      expect(within(region).getByText(label)).toBeInTheDocument();
    }
    expect(container.querySelectorAll('.bar[data-kind="derived"]').length).toBeGreaterThanOrEqual(3);
  });

  it('explains the derived “Other” segment only while it is drawn', () => {
    renderWithData(<RevenuePanel />);
    expect(screen.getByText(/“Other” is derived/)).toBeInTheDocument();
    useViewStore.getState().setSegments(['iot']);
    return waitFor(() => {
      expect(screen.getByText('80.1bn (29.6%)')).toBeInTheDocument();
      expect(screen.queryByText(/“Other” is derived/)).not.toBeInTheDocument();
    });
  });

  it('puts revenue and its targets on one chart, and profit with R&D on another', () => {
    renderWithData(<RevenuePanel />);
    expect(screen.getByRole('heading', { name: 'Revenue by year' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Adjusted net profit and R&D spending by year' })).toBeInTheDocument();
    expect(screen.getByText('>100bn')).toBeInTheDocument();
    // The 2015 target stays in the US dollars it was stated in.
    expect(screen.queryByText(/218/)).not.toBeInTheDocument();
    expect(screen.getByText(/not drawn in RMB: USD 32 bn for 2015 \(H1 2015 sales report/)).toBeInTheDocument();
  });

  it('converts the USD target when asked, naming the rate and its year, and shows it as stated again', async () => {
    const user = userEvent.setup();
    renderWithData(<RevenuePanel />);
    await user.click(screen.getByRole('button', { name: 'Convert them to RMB' }));
    expect(await screen.findByText('target ≈220bn')).toBeInTheDocument();
    expect(screen.getByText(/Converted to RMB at 1 RMB = 0\.1468 USD .*a 2017 source/)).toBeInTheDocument();
    expect(useViewStore.getState().convertTargets).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Show targets as stated' }));
    await waitFor(() => expect(screen.queryByText('target ≈220bn')).not.toBeInTheDocument());
    expect(screen.getByText(/not drawn in RMB: USD 32 bn for 2015/)).toBeInTheDocument();
  });

  it('converts to US dollars with the stated rate and says which rate it used', () => {
    renderWithData(<RevenuePanel />, { view: { currency: 'USD' } });
    expect(screen.getByRole('heading', { name: /Revenue by segment, 2023/ })).toHaveTextContent('total about USD 39.8 bn');
    expect(screen.getByText(/Converted to USD at 1 RMB = 0\.1468 USD/)).toBeInTheDocument();
  });

  it('shows every figure in tables on "Show table"', async () => {
    const user = userEvent.setup();
    renderWithData(<RevenuePanel />);
    await user.click(screen.getByRole('button', { name: 'Show table' }));
    const tables = screen.getAllByRole('table');
    expect(tables.map((t) => t.querySelector('caption')?.textContent)).toEqual([
      'Revenue by segment, 2023',
      'Revenue by year',
      'Adjusted net profit and R&D spending by year',
    ]);
    expect(within(tables[0]!).getByText('RMB 157.5 bn')).toBeInTheDocument();
    expect(within(tables[2]!).getAllByText('Derived')).toHaveLength(2);
  });

  it('says there is no breakdown when the segment filter excludes every segment', () => {
    renderWithData(<RevenuePanel />, { view: { segments: [] } });
    expect(screen.getByRole('note')).toHaveTextContent('No revenue breakdown by segment: no segment is selected.');
  });
});
describe('RevenuePanel sources', () => {
  it('names the article that states the rate behind figures shown in USD', () => {
    renderWithData(<RevenuePanel />, { view: { currency: 'USD', from: 2023, to: 2023 } });
    const panel = screen.getByRole('region', { name: 'Revenue segments' });
    const footer = within(panel).getByText('Sources').closest('p, div, footer')!;
    // 2023 figures converted at the 2017 rate, which the Q2 2017 shipments report implies.
    expect(footer).toHaveTextContent('Q2 2017 shipments report');
    expect(footer).toHaveTextContent('2023 annual results report');
  });
});
