import { screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ShipmentsPanel } from '../../src/features/shipments/shipments-panel.tsx';
import { renderWithData } from '../helpers/render.tsx';

describe('ShipmentsPanel', () => {
  it('is a landmark region with a heading and a drawn bar chart of annual volumes', () => {
    const { container } = renderWithData(<ShipmentsPanel />);
    const region = screen.getByRole('region', { name: 'Shipments' });
    expect(within(region).getByRole('heading', { level: 2, name: 'Shipments' })).toBeInTheDocument();
    expect(container.querySelectorAll('.bar[data-series="sold"]')).toHaveLength(3);
    expect(container.querySelectorAll('.bar[data-series="shipped"]')).toHaveLength(1);
    expect(container.querySelectorAll('.target-mark')).toHaveLength(2);
    for (const label of ['7.2m', '18.7m', '61m', '≈145.6m', 'target 80–100m', 'target 100m']) expect(within(region).getByText(label)).toBeInTheDocument();
    expect(within(region).getByText('No annual figure in the sources for 2015–2022.')).toBeInTheDocument();
  });

  it('keeps room above the tallest bar for its label and the event flags, on round ticks', () => {
    const { container } = renderWithData(<ShipmentsPanel />);
    // The value axis is the one with recharts' own ticks; periods use CategoryTick.
    const ticks = [...container.querySelectorAll('text.axis-tick')].map((t) => t.textContent);
    expect(ticks).toEqual(['0m', '45m', '90m', '135m', '180m']);
  });

  it('shows the same numbers as a table on "Show table"', async () => {
    const user = userEvent.setup();
    renderWithData(<ShipmentsPanel />);
    const toggle = screen.getByRole('button', { name: 'Show table' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const table = screen.getByRole('table', { name: 'Smartphone volumes, annual' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[2]?.textContent)).toEqual([
      '7.2 million smartphones',
      '18.7 million smartphones',
      '61 million smartphones',
      '80–100 million smartphones',
      '100 million smartphones',
      'about 145.6 million smartphones',
    ]);
    expect(within(rows[0]!).getByText('H1 2015 sales report, Jul 2015')).toBeInTheDocument();
  });

  it('switches to quarterly figures, with the derived Q1 2017 hatched and labelled in its table row', async () => {
    const user = userEvent.setup();
    const { container } = renderWithData(<ShipmentsPanel />);
    await user.click(screen.getByRole('radio', { name: 'Quarterly' }));
    // The control answers first; the chart is redrawn just after the next paint.
    await waitFor(() => expect(container.querySelectorAll('.bar')).toHaveLength(2));
    expect(container.querySelectorAll('.bar[data-kind="derived"]')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Show table' }));
    const derivedRow = screen.getByRole('row', { name: /Q1 2017/ });
    expect(within(derivedRow).getByText('Derived')).toBeInTheDocument();
    expect(within(derivedRow).getByText(/÷ \(1 \+/)).toBeInTheDocument();
    expect(within(derivedRow).getByText(/one decimal is as far as the result goes/)).toBeInTheDocument();
  });

  it('says what a derived figure assumes: premium phones in China rest on one reading of an ambiguous share', () => {
    renderWithData(<ShipmentsPanel />, { view: { regions: ['china'] } });
    const facts = screen.getByRole('heading', { name: 'Growth and other shipment figures' }).parentElement!;
    const premium = within(facts)
      .getByText(/Premium smartphones shipped/)
      .closest('li')!;
    expect(premium).toHaveTextContent('more than 29 million');
    expect(premium).toHaveTextContent(/Assumes the share is of the group.s worldwide shipments.*no figure follows/);
  });

  it('says so instead of drawing an empty axis when the years hold no figure', () => {
    const { container } = renderWithData(<ShipmentsPanel />, { view: { from: 2016, to: 2016 } });
    expect(screen.getByRole('note')).toHaveTextContent('No shipment or sales figures in 2016: the sources give none for that year.');
    expect(container.querySelector('svg.recharts-surface')).toBeNull();
  });

  it('offers the period lengths that have figures when the years hold no annual one', async () => {
    const user = userEvent.setup();
    const { container } = renderWithData(<ShipmentsPanel />, { view: { from: 2017, to: 2017 } });
    expect(screen.getByRole('note')).toHaveTextContent(
      'No annual shipment or sales figures in 2017: the sources give quarterly figures between Q1 2017 and Q2 2017 instead.',
    );
    // Only the length that has figures in 2017 is offered: none of them are half-years.
    expect(screen.getAllByRole('button', { name: /^Show \S+ figures$/ }).map((b) => b.textContent)).toEqual(['Show quarterly figures']);
    await user.click(screen.getByRole('button', { name: 'Show quarterly figures' }));
    await waitFor(() => expect(container.querySelector('svg.recharts-surface')).not.toBeNull());
    expect(screen.getByRole('radio', { name: 'Quarterly' })).toBeChecked();
  });

  it('says why the growth list is empty for a market the sources give no such figures for', () => {
    renderWithData(<ShipmentsPanel />, { view: { regions: ['india'] } });
    const facts = screen.getByRole('heading', { name: 'Growth and other shipment figures' }).parentElement!;
    expect(within(facts).queryAllByRole('listitem')).toHaveLength(0);
    expect(facts).toHaveTextContent(/^Growth and other shipment figuresNone for India: \w+ are for other markets or worldwide\.$/);
  });

  it('marks each growth figure the segment filter does not narrow', () => {
    renderWithData(<ShipmentsPanel />, { view: { segments: ['internet'] } });
    const facts = screen.getByRole('heading', { name: 'Growth and other shipment figures' }).parentElement!;
    const items = within(facts).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item).toHaveTextContent('not by segment');
  });

  it('does not call a smartphone figure “not by segment” with Smartphones chosen; a tablet figure, yes', async () => {
    const user = userEvent.setup();
    renderWithData(<ShipmentsPanel />, { view: { segments: ['smartphones'] } });
    const facts = screen.getByRole('heading', { name: 'Growth and other shipment figures' }).parentElement!;
    await user.click(within(facts).getByRole('button', { name: /^Show all \d+$/ }));
    const items = within(facts).getAllByRole('listitem');
    const marked = (pattern: RegExp) => items.filter((li) => pattern.test(li.textContent ?? '')).map((li) => li.textContent!.includes('not by segment'));
    // Before, every smartphone growth figure was marked, as if it were no smartphone figure.
    expect(marked(/^\S+ (Sales growth|Shipment growth)/)).not.toHaveLength(0);
    expect(new Set(marked(/^\S+ (Sales growth|Shipment growth)/))).toEqual(new Set([false]));
    expect(new Set(marked(/Tablet/))).toEqual(new Set([true]));
  });

  it('lists a few growth figures, the rest behind Show all, each citing its source by number', async () => {
    const user = userEvent.setup();
    renderWithData(<ShipmentsPanel />);
    const facts = screen.getByRole('heading', { name: 'Growth and other shipment figures' }).parentElement!;
    expect(within(facts).getAllByRole('listitem')).toHaveLength(4);
    // No segment filter, nothing to mark.
    expect(facts).not.toHaveTextContent('not by segment');
    expect(within(facts).queryByText('+96.9%')).toBeNull();
    await user.click(within(facts).getByRole('button', { name: /^Show all \d+$/ }));
    expect(within(facts).getByText('+96.9%')).toBeInTheDocument();
    // The reader goes on from the first figure the list gained, not from the button now below them all.
    expect(within(facts).getAllByRole('listitem')[4]).toHaveFocus();
    expect(within(facts).getByText('-6.3%')).toBeInTheDocument();
    // Sources are numbered once in the panel's footer; each figure cites its number.
    const footer = screen.getByRole('region', { name: 'Shipments' }).querySelector('footer')!;
    const sources = within(within(footer).getByText('Sources').parentElement!).getAllByRole('listitem');
    const letter = sources.findIndex((li) => li.textContent === "Report on Lei Jun's 2018 letter, 2018") + 1;
    expect(letter).toBeGreaterThan(0);
    expect(within(facts).getAllByLabelText(`source ${letter}: Report on Lei Jun's 2018 letter, 2018`).length).toBeGreaterThan(0);
  });
});
