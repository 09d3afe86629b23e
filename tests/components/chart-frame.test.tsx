import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { RevenuePanel } from '../../src/features/revenue/revenue-panel.tsx';
import { ShipmentsPanel } from '../../src/features/shipments/shipments-panel.tsx';
import { useViewStore } from '../../src/state/view-store.ts';
import { renderWithData } from '../helpers/render.tsx';

const mark = (container: HTMLElement, selector: string) => {
  const element = container.querySelector(selector);
  if (!element) throw new Error(`no mark ${selector}`);
  return element;
};

describe('choosing a mark acts on that mark only', () => {
  it('a quick click, with no hover before it, filters to the bar under the pointer', () => {
    const { container } = renderWithData(<ShipmentsPanel />);
    const bar = mark(container, '#shipments .bar[data-row="2013"] rect:last-of-type');
    fireEvent.pointerDown(bar, { pointerType: 'mouse' });
    fireEvent.click(bar);
    expect(useViewStore.getState()).toMatchObject({ from: 2013, to: 2013 });
  });

  it('a tap shows what was tapped and offers to filter to it', async () => {
    const user = userEvent.setup();
    const { container } = renderWithData(<RevenuePanel />);
    const bar = mark(container, '#revenue .bar[data-row="internet"]');
    fireEvent.pointerDown(bar, { pointerType: 'touch' });
    fireEvent.click(bar);
    // Nothing is filtered yet: the tap says what it is, value and source.
    expect(useViewStore.getState().segments).toBeNull();
    const details = screen.getByRole('group', { name: 'Details: Internet services' });
    expect(details).toHaveTextContent('RMB 30.1 bn');
    expect(details).toHaveTextContent('[untitled; our description: Xiaomi 2023 annual results');
    await user.click(within(details).getByRole('button', { name: 'Filter the page to Internet services' }));
    expect(useViewStore.getState().segments).toEqual(['internet']);
    expect(screen.queryByRole('group', { name: 'Details: Internet services' })).toBeNull();
  });

  it('closing the details from the keyboard leaves the keyboard on their chart', async () => {
    const user = userEvent.setup();
    const { container } = renderWithData(<RevenuePanel />);
    for (const close of ['Close', 'Filter the page to Internet services']) {
      const bar = mark(container, '#revenue .bar[data-row="internet"]');
      const chart = bar.closest('figure');
      fireEvent.pointerDown(bar, { pointerType: 'touch' });
      fireEvent.click(bar);
      const details = screen.getByRole('group', { name: 'Details: Internet services' });
      within(details).getByRole('button', { name: close }).focus();
      await user.keyboard('{Enter}');
      expect(screen.queryByRole('group', { name: 'Details: Internet services' })).toBeNull();
      // Not the page's top: the figure that holds the chart, one Tab from its marks.
      expect(chart).not.toBeNull();
      expect(document.activeElement).toBe(chart);
    }
  });

  it('under a region filter, what a tap on a worldwide figure shows says it is worldwide', () => {
    const { container } = renderWithData(<ShipmentsPanel />, { view: { regions: ['india'] } });
    const bar = mark(container, '#shipments .bar[data-row="2014"]');
    fireEvent.pointerDown(bar, { pointerType: 'touch' });
    fireEvent.click(bar);
    expect(screen.getByRole('group', { name: 'Details: 2014' })).toHaveTextContent('2014 · Reported · worldwide');
  });

  it('a tap on a period with only a target leads to its goal, not to an empty year', () => {
    const { container } = renderWithData(<ShipmentsPanel />);
    const target = mark(container, '#shipments .target-mark[data-row="2018"]');
    fireEvent.pointerDown(target, { pointerType: 'touch' });
    fireEvent.click(target);
    const details = screen.getByRole('group', { name: 'Details: 2018' });
    expect(details).toHaveTextContent('Target');
    expect(within(details).getByRole('button', { name: /^See the goal in Goal tracking/ })).toBeInTheDocument();
    expect(useViewStore.getState().from).toBeNull();
  });

  it('a click outside any mark does nothing', () => {
    const { container } = renderWithData(<ShipmentsPanel />);
    const surface = mark(container, '#shipments svg.recharts-surface');
    fireEvent.pointerDown(surface, { pointerType: 'mouse' });
    fireEvent.click(surface);
    expect(useViewStore.getState().from).toBeNull();
  });

  it('Enter on the focused mark filters to it', async () => {
    const user = userEvent.setup();
    const { container } = renderWithData(<ShipmentsPanel />);
    const surface = mark(container, '#shipments svg.recharts-surface') as SVGElement;
    surface.focus();
    // The arrow keys move the chart's focus from mark to mark (recharts' keyboard layer).
    await user.keyboard('{ArrowRight}');
    await user.keyboard('{Enter}');
    expect(useViewStore.getState()).toMatchObject({ from: 2013, to: 2013 });
  });

  it('the arrow keys say which mark they reached, its figures, and what Enter does', async () => {
    const user = userEvent.setup();
    const { container } = renderWithData(<ShipmentsPanel />);
    const surface = mark(container, '#shipments svg.recharts-surface') as SVGElement;
    const status = within(surface.closest('figure')!).getByRole('status');
    expect(status).toBeEmptyDOMElement();
    surface.focus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(status).toHaveTextContent(/^2014: Sold \(reported as sales\), 61 million smartphones\. Enter: Filter the page to 2014\.$/);
    await user.keyboard('{ArrowLeft}');
    expect(status).toHaveTextContent(/^2013: Sold \(reported as sales\), [\d.]+ million smartphones\. Enter: Filter the page to 2013\.$/);
  });
});

describe('the takeaway line', () => {
  it('leads the chart and is its accessible description', () => {
    const { container } = renderWithData(<ShipmentsPanel />);
    const surface = mark(container, '#shipments svg.recharts-surface');
    const id = surface.getAttribute('aria-describedby');
    expect(id).toBeTruthy();
    const line = document.getElementById(id!);
    expect(line).toHaveTextContent(/61 million sold in 2014 and about 145\.6 million shipped in 2023/);
    expect(line).toHaveTextContent('2015–2022');
  });

  it('changes with the filters and names the real reason when nothing is drawn', () => {
    renderWithData(<ShipmentsPanel />, { view: { from: 2018, to: 2020 } });
    expect(screen.getByRole('note')).toHaveTextContent('No shipment or sales figures in 2018–2020: the sources give none for those years.');
  });

  it('says that worldwide figures are worldwide when a region is chosen', () => {
    const { container } = renderWithData(<ShipmentsPanel />, { view: { regions: ['china'] } });
    const surface = mark(container, '#shipments svg.recharts-surface');
    expect(document.getElementById(surface.getAttribute('aria-describedby')!)).toHaveTextContent(
      /^Worldwide smartphone volumes; the sources give none by region/,
    );
  });
});
