import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import Presentation from '../../src/app/presentation.tsx';
import { Deck } from '../../src/features/presentation/deck.tsx';
import { moveSlide, slideActionForKey, slideActionForSwipe, slideScrollForKey } from '../../src/features/presentation/slide-navigation.ts';
import { useSavedViews } from '../../src/state/saved-views-store.ts';
import { useSession } from '../../src/state/session-store.ts';
import { useViewStore } from '../../src/state/view-store.ts';
import { renderWithData } from '../helpers/render.tsx';

describe('slide navigation', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['ArrowDown', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['ArrowLeft', 'previous'],
    ['ArrowUp', 'previous'],
    ['PageUp', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['Escape', 'exit'],
    ['f', 'fullscreen'],
    ['F', 'fullscreen'],
  ])('%j means %s', (key, action) => expect(slideActionForKey(key)).toBe(action));

  it('ignores other keys, including inherited object names', () => {
    for (const key of ['a', 'Enter', 'toString', '__proto__', 'constructor']) expect(slideActionForKey(key)).toBeNull();
  });

  it('turns the slide for a sideways swipe, not for a tap or a stroke that scrolls', () => {
    expect(slideActionForSwipe(-120, 10)).toBe('next');
    expect(slideActionForSwipe(90, -20)).toBe('previous');
    expect(slideActionForSwipe(-20, 0)).toBeNull();
    expect(slideActionForSwipe(-80, 60)).toBeNull();
    expect(slideActionForSwipe(0, -300)).toBeNull();
  });

  it('stays within the deck', () => {
    expect(moveSlide(2, 'next', 5)).toBe(3);
    expect(moveSlide(5, 'next', 5)).toBe(5);
    expect(moveSlide(1, 'previous', 5)).toBe(1);
    expect(moveSlide(3, 'first', 5)).toBe(1);
    expect(moveSlide(1, 'last', 5)).toBe(5);
    expect(moveSlide(1, 'next', 1)).toBe(1);
    expect(moveSlide(1, 'last', 0)).toBe(1);
  });

  describe('on a slide taller than the screen', () => {
    // 1,000 px of slide in a 600 px screen: 400 px to scroll.
    const at = (scrollTop: number) => ({ scrollTop, scrollHeight: 1000, clientHeight: 600 });

    it('Down, PageDown and Space scroll towards its foot, by a line or a screen less a line', () => {
      expect(slideScrollForKey('ArrowDown', at(0))).toBe(40);
      expect(slideScrollForKey('PageDown', at(0))).toBe(400);
      expect(slideScrollForKey(' ', at(100))).toBe(400);
      expect(slideScrollForKey('ArrowDown', at(380))).toBe(400);
    });

    it('Up and PageUp scroll towards its top', () => {
      expect(slideScrollForKey('ArrowUp', at(400))).toBe(360);
      expect(slideScrollForKey('PageUp', at(400))).toBe(0);
      expect(slideScrollForKey('PageUp', at(30))).toBe(0);
    });

    it('moves slides once the slide is at that end, and always for Left, Right, Home and End', () => {
      expect(slideScrollForKey('PageDown', at(400))).toBeNull();
      expect(slideScrollForKey('ArrowDown', at(399.5))).toBeNull();
      expect(slideScrollForKey('ArrowUp', at(0))).toBeNull();
      for (const key of ['ArrowRight', 'ArrowLeft', 'Home', 'End', 'Escape']) expect(slideScrollForKey(key, at(200))).toBeNull();
    });

    it('a slide that fits never scrolls', () => {
      for (const key of ['ArrowDown', 'PageDown', ' ', 'ArrowUp', 'PageUp'])
        expect(slideScrollForKey(key, { scrollTop: 0, scrollHeight: 600, clientHeight: 600 })).toBeNull();
    });
  });
});

describe('Deck', () => {
  it('moves with the keyboard, shows the slide number, and leaves on Escape', async () => {
    const user = userEvent.setup();
    const onGo = vi.fn();
    const onExit = vi.fn();
    renderWithData(
      <Deck slide={2} count={5} slideTitle="Shipments" onGo={onGo} onExit={onExit}>
        <p>content</p>
      </Deck>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Presentation' });
    expect(dialog).toHaveFocus();
    expect(within(dialog).getByText(/Slide 2 of 5/)).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    await user.keyboard('{PageUp}');
    await user.keyboard('{End}');
    await user.keyboard('{Home}');
    expect(onGo.mock.calls.map((c) => c[0])).toEqual([3, 1, 5, 1]);
    await user.keyboard('{Escape}');
    expect(onExit).toHaveBeenCalledOnce();
  });
});

describe('Deck with a broken slide', () => {
  function Broken(): never {
    throw new Error('rank axis exploded');
  }

  it('says which slide broke, keeps its controls, and still leaves on Escape', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const user = userEvent.setup();
    const onExit = vi.fn();
    renderWithData(
      <Deck slide={4} count={5} slideTitle="Regional performance" onGo={vi.fn()} onExit={onExit} notice={<p role="status">slide=x was ignored</p>}>
        <Broken />
      </Deck>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Presentation' });
    expect(within(dialog).getByText(/Slide 4 \(Regional performance\) could not be shown/)).toBeInTheDocument();
    expect(within(dialog).getByText(/rank axis exploded/)).toBeInTheDocument();
    expect(within(dialog).getByRole('status')).toHaveTextContent('slide=x was ignored');
    expect(within(dialog).getByRole('button', { name: 'Next slide' })).toHaveAttribute('aria-disabled', 'false');
    await user.keyboard('{Escape}');
    expect(onExit).toHaveBeenCalledOnce();
  });
});

describe('Presentation', () => {
  it('shows a title slide, then one slide per panel with its key figure and sources', async () => {
    renderWithData(<Presentation />, { view: { slide: 1 } });
    expect(screen.getByRole('heading', { level: 2, name: 'Xiaomi in figures' })).toBeInTheDocument();
    expect(screen.getByText('RMB 271.0 bn')).toBeInTheDocument();
    act(() => useViewStore.getState().setSlide(2));
    expect(screen.getByRole('heading', { level: 2, name: 'Smartphone shipments' })).toBeInTheDocument();
    expect(screen.getByText('about 145.6 million')).toBeInTheDocument();
    expect(screen.getByText(/^Sources: /)).toHaveTextContent('2023 annual results report, 2024');
    expect(document.querySelectorAll('.bar').length).toBeGreaterThan(0);
    act(() => useViewStore.getState().setSlide(5));
    expect(screen.getByRole('heading', { level: 2, name: 'Announced goals against what happened' })).toBeInTheDocument();
  });

  it('says once, in the chart’s place, why a slide has no chart, with no empty sources line', () => {
    renderWithData(<Presentation />, { view: { slide: 2, from: 2018, to: 2020 } });
    expect(screen.getByRole('heading', { level: 2, name: 'Smartphone shipments' })).toBeInTheDocument();
    const reasons = screen.getAllByText(/^No shipment or sales figures in 2018–2020: the sources give none for those years\./);
    expect(reasons).toHaveLength(1);
    expect(reasons[0]!.closest('.slide__body')).not.toBeNull();
    expect(screen.queryByText(/^Sources: /)).not.toBeInTheDocument();
    expect(document.querySelectorAll('.bar')).toHaveLength(0);
  });

  it('offers the figures an empty slide has at another period length, and draws them when pressed', async () => {
    renderWithData(<Presentation />, { view: { slide: 2, from: 2017, to: 2017 } });
    expect(screen.getByText(/^No annual shipment or sales figures in 2017: the sources give quarterly figures/)).toBeInTheDocument();
    expect(document.querySelectorAll('.bar')).toHaveLength(0);
    await userEvent.click(screen.getByRole('button', { name: 'Show quarterly figures' }));
    expect(useViewStore.getState().shipmentsGranularity).toBe('quarter');
    expect(document.querySelectorAll('.bar').length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: 'Show quarterly figures' })).not.toBeInTheDocument();
  });

  it('names the filters beside the controls of every chart slide, not on the title slide that says them', () => {
    renderWithData(<Presentation />, { view: { slide: 1, regions: ['india'] } });
    expect(screen.getByText('Filters: Regions: India')).toBeInTheDocument();
    expect(document.querySelector('.deck__filters')).toBeNull();
    act(() => useViewStore.getState().setSlide(2));
    expect(within(screen.getByRole('navigation', { name: 'Slides' })).getByText('Filters: Regions: India')).toBeInTheDocument();
    act(() => useViewStore.getState().patch({ regions: null }));
    expect(screen.queryByText(/^Filters: /)).not.toBeInTheDocument();
  });

  it('says which key figures of a USD slide were converted', () => {
    renderWithData(<Presentation />, { view: { slide: 3, currency: 'USD' } });
    expect(screen.getByText('about USD 39.8 bn')).toBeInTheDocument();
    // Total revenue and adjusted net profit, each beside its source.
    expect(screen.getAllByText(/^2023 annual results report, 2024, converted at a 2017 implied rate$/)).toHaveLength(2);
  });

  it('marks the key figures of a slide that its filters cannot narrow, as the page does', () => {
    renderWithData(<Presentation />, { view: { slide: 3, regions: ['india'], segments: ['internet'] } });
    const figures = screen.getByRole('heading', { level: 2 }).closest('article')!.querySelector('dl')!;
    // Total revenue and adjusted net profit: worldwide totals of the whole group.
    expect(within(figures).getAllByText('Worldwide, whole group')).toHaveLength(2);
    act(() => useViewStore.getState().patch({ regions: null, segments: null }));
    expect(screen.queryByText('Worldwide, whole group')).not.toBeInTheDocument();
  });

  it('leaves the deck on Escape', async () => {
    const user = userEvent.setup();
    renderWithData(<Presentation />, { view: { slide: 3 } });
    await user.keyboard('{Escape}');
    expect(useViewStore.getState()).toMatchObject({ slide: null, deck: 'panels' });
  });

  it('presents saved views in order, each as it was saved', async () => {
    localStorage.clear();
    useSavedViews.setState({ views: [] });
    useSession.setState({ savedViewsProblem: null, savedViewsUnsaved: false });
    useSavedViews.getState().save('Regions only', '?focus=regions&ranks=quarter', '1');
    useSavedViews.getState().save('USD overview', '?currency=USD', '1');
    const user = userEvent.setup();
    renderWithData(<Presentation />, { view: { slide: 1, deck: 'saved', focus: 'regions', ranksGranularity: 'quarter' } });
    const heading = screen.getByRole('heading', { level: 2, name: 'Where Xiaomi ranks' });
    // A saved view of one panel still says which view it is, above the panel's title.
    expect(heading.previousElementSibling).toHaveTextContent('Regions only');
    expect(screen.getByText(/Slide 1 of 2/)).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(useViewStore.getState()).toMatchObject({ deck: 'saved', slide: 2, currency: 'USD', focus: null });
    expect(screen.getByText('USD overview')).toBeInTheDocument();
    // A view of the whole page shows the charts of all four panels, not only key figures.
    const slide = screen.getByRole('group', { name: 'USD overview' });
    for (const title of ['Smartphone shipments', 'Revenue by segment, 2023', 'Where Xiaomi ranks', 'Announced goals against what happened'])
      expect(within(slide).getByRole('heading', { level: 2, name: title })).toBeInTheDocument();
    expect(within(slide).getAllByText(/USD 39\.8 bn/).length).toBeGreaterThan(0);
    expect(slide.querySelectorAll('svg.recharts-surface').length).toBeGreaterThanOrEqual(4);
    // Among four, a takeaway that names its sources is their only citation; the goals' takeaway
    // names the sources of its figures, not those of every goal, so their line stays.
    const sourceLines = [...slide.querySelectorAll('.slide__sources')];
    expect(sourceLines.map((line) => line.closest('article')?.querySelector('h2')?.textContent)).toEqual(['Announced goals against what happened']);
    const shipments = within(slide).getByRole('heading', { level: 2, name: 'Smartphone shipments' }).closest('article')!;
    expect(shipments.querySelector('.slide__subtitle')).toHaveTextContent(
      /\(sources: CNBC on Q2 2017 shipments, Jul 2017; .*2023 annual results report, 2024\)/,
    );
  });
});
