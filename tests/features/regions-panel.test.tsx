import { screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PageActions } from '../../src/components/charts/page-actions.ts';
import { RegionsPanel } from '../../src/features/regions/regions-panel.tsx';
import { useViewStore } from '../../src/state/view-store.ts';
import { renderWithData } from '../helpers/render.tsx';

describe('RegionsPanel', () => {
  it('draws annual ranks for each market with No. 1 at the top', () => {
    const { container } = renderWithData(<RegionsPanel />);
    const region = screen.getByRole('region', { name: 'Regional performance' });
    expect(container.querySelectorAll('.rank-dot[data-series="global"]')).toHaveLength(4);
    expect(container.querySelectorAll('.rank-dot[data-series="china"]')).toHaveLength(1);
    expect(within(region).getByText('Worldwide')).toBeInTheDocument();
    expect(within(region).getByText('Mainland China')).toBeInTheDocument();
  });

  it('switches to quarterly ranks including India and the China target', async () => {
    const user = userEvent.setup();
    const { container } = renderWithData(<RegionsPanel />);
    await user.click(screen.getByRole('radio', { name: 'Quarterly' }));
    await waitFor(() => expect(container.querySelectorAll('.rank-dot[data-series="india"]')).toHaveLength(3));
    expect(container.querySelectorAll('.rank-dot[data-series="target"]')).toHaveLength(1);
    // The legend names the target as drawn: a hollow marker, not a dashed line the chart does not draw.
    const legend = within(screen.getByRole('region', { name: 'Regional performance' })).getAllByRole('list', { name: 'Legend' })[0]!;
    // It says which market the target is for, in the legend and in the table.
    expect(legend).toHaveTextContent('Target rank, Mainland China (hollow)');
    expect(legend).not.toHaveTextContent('dashed');
    expect(screen.getByText('No quarterly rank in the sources for Q1 2018–Q2 2020.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show table' }));
    const table = screen.getByRole('table', { name: "Xiaomi's smartphone vendor rank, quarterly" });
    const target = within(table)
      .getAllByRole('row')
      .find((r) => within(r).queryByText('Q2 2020'));
    expect(target).toHaveTextContent(/Target rank, Mainland China.*No\. 1/);
  });

  it('shows the China Q1 2017 market shares, saying which rivals have no stated share', () => {
    renderWithData(<RegionsPanel />);
    expect(screen.getByRole('heading', { name: 'Market share, Mainland China, Q1 2017' })).toBeInTheDocument();
    expect(screen.getByText('20.0% · No. 1')).toBeInTheDocument();
    expect(screen.getByText('9.0% · No. 5')).toBeInTheDocument();
    expect(screen.getAllByText('share not stated · No. 2–4')).toHaveLength(3);
  });

  it('filters the page to a market from the legend while it shows more than one, and not in an embed', async () => {
    const user = userEvent.setup();
    const { unmount } = renderWithData(<RegionsPanel />);
    expect(screen.getByText('A market in the legend filters the page to that region.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Filter the page to Mainland China' }));
    expect(useViewStore.getState().regions).toEqual(['china']);
    // Then the one market left is a plain legend entry, and no hint offers what it cannot do.
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Filter the page to/ })).toBeNull());
    expect(screen.queryByText(/in the legend filters the page/)).toBeNull();
    // The keyboard stays on the legend, not thrown back to the top of the page with its button.
    expect(screen.getAllByRole('list', { name: 'Legend' })[0]).toHaveFocus();
    unmount();

    renderWithData(
      <PageActions value={false}>
        <RegionsPanel />
      </PageActions>,
      { view: { regions: null } },
    );
    expect(screen.getByText('Mainland China')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Filter the page to/ })).toBeNull();
    expect(screen.queryByText(/in the legend filters the page/)).toBeNull();
  });

  it('keeps only the chosen regions', () => {
    const { container } = renderWithData(<RegionsPanel />, { view: { regions: ['india'], ranksGranularity: 'quarter' } });
    expect(container.querySelectorAll('.rank-dot[data-series="india"]')).toHaveLength(3);
    expect(container.querySelectorAll('.rank-dot[data-series="global"]')).toHaveLength(0);
    expect(screen.queryByRole('heading', { name: /Market share/ })).toBeNull();
  });

  it('offers the period length that has ranks when the one chosen has none', async () => {
    const user = userEvent.setup();
    const { container } = renderWithData(<RegionsPanel />, { view: { regions: ['india'] } });
    expect(screen.getByRole('note')).toHaveTextContent('No annual ranks for India: the sources give quarterly ranks between Q2 2017 and Q4 2017 instead.');
    await user.click(screen.getByRole('button', { name: 'Show quarterly ranks' }));
    await waitFor(() => expect(container.querySelectorAll('.rank-dot[data-series="india"]')).toHaveLength(3));
    // The keyboard stays in the panel, on the period length now chosen.
    expect(screen.getByRole('radio', { name: 'Quarterly' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Quarterly' })).toHaveFocus();
    expect(screen.queryByRole('button', { name: /^Show \w+ ranks$/ })).toBeNull();
  });

  it('has table twins for the ranks and shares', async () => {
    const user = userEvent.setup();
    renderWithData(<RegionsPanel />);
    await user.click(screen.getByRole('button', { name: 'Show table' }));
    const ranks = screen.getByRole('table', { name: "Xiaomi's smartphone vendor rank, annual" });
    // Each rank names its market as the legend does: the worldwide ones too, which have no region in their name.
    const rank2017 = within(ranks)
      .getAllByRole('row')
      .find((r) => within(r).queryByText('2017'));
    expect(rank2017).toHaveTextContent(/Worldwide.*No\. 5/);
    expect(within(ranks).getAllByText('Worldwide')).toHaveLength(4);
    expect(within(ranks).getByText('Mainland China')).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: 'Market share and rank, Mainland China, Q1 2017' })).getByText('20.0%')).toBeInTheDocument();
    // Each table keeps its chart's takeaway line above it.
    expect(screen.getByText(/^Latest annual ranks: /)).toBeInTheDocument();
    expect(screen.getByText(/^Mainland China, Q1 2017: /)).toBeInTheDocument();
  });
});
