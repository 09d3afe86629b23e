import { useCallback } from 'react';
import { useDatasetIndex } from '../hooks/use-dataset-index.ts';
import { Deck } from '../features/presentation/deck.tsx';
import { LinkNotice } from '../features/filters/link-notice.tsx';
import { SlideFilters } from '../features/presentation/slide-filters.tsx';
import { TitleSlide } from '../features/presentation/title-slide.tsx';
import { ErrorBoundary } from '../components/ui/error-boundary.tsx';
import { publishedVersion } from '../data/published-versions.ts';
import { savedSlideState } from '../state/saved-deck.ts';
import { useSavedViews } from '../state/saved-views-store.ts';
import { openView, urlContext } from '../state/url-sync.ts';
import { useViewStore } from '../state/view-store.ts';
import { PANEL_KEYS, PANEL_TITLES, pickView, SLIDE_COUNT } from '../state/view-state.ts';
import { PANEL_SLIDES } from './slides.ts';

/** A saved view of the whole page as one slide: the four panels' charts, each with its takeaway. */
function AllPanelsSlide({ name }: { name: string }) {
  return (
    <div className="slide-grid" role="group" aria-label={name}>
      <p className="slide__kicker slide-grid__kicker">{name}</p>
      {PANEL_KEYS.map((key) => {
        const Slide = PANEL_SLIDES[key];
        return (
          <ErrorBoundary key={key} name={`The ${PANEL_TITLES[key]} slide`}>
            <Slide compact />
          </ErrorBoundary>
        );
      })}
    </div>
  );
}

/**
 * The slide deck for the current view: a title slide then one per panel, or the saved views in
 * their order. Loaded on demand, the first time someone presents.
 */
export default function Presentation() {
  const index = useDatasetIndex();
  const slide = useViewStore((s) => s.slide) ?? 1;
  const deck = useViewStore((s) => s.deck);
  const focus = useViewStore((s) => s.focus);
  const setSlide = useViewStore((s) => s.setSlide);
  const replace = useViewStore((s) => s.replace);
  const views = useSavedViews((s) => s.views);
  const exit = useViewStore((s) => s.leaveDeck);

  const goSaved = useCallback(
    (n: number) => {
      const view = views[n - 1];
      if (view)
        replace(
          savedSlideState(
            view,
            n,
            urlContext(
              index,
              views.map((v) => v.id),
            ),
            useViewStore.getState().theme,
          ),
        );
    },
    [views, replace, index],
  );

  if (deck === 'saved') {
    const view = views[slide - 1];
    // A saved view's slide shows what the view showed: its panel, or all four.
    const Slide = focus ? PANEL_SLIDES[focus] : null;
    // A deck shows every view on the figures on screen; one saved with other figures says so.
    const savedWith = view?.dataVersion ? publishedVersion(view.dataVersion) : null;
    const shown = publishedVersion(index.dataset.version);
    const unknown = view?.dataVersion && !savedWith ? view.dataVersion : null;
    const versionNote = unknown ? (
      <div className="notice notice--info deck__version">
        <p>
          “{view?.name}” was saved with dataset version {unknown}, which this dashboard has never published; this slide shows version{' '}
          {shown?.number ?? index.dataset.version}.
        </p>
      </div>
    ) : savedWith && shown && savedWith.id !== shown.id ? (
      <div className="notice notice--info deck__version">
        <p>
          “{view?.name}” was saved with dataset version {savedWith.number}; this slide shows version {shown.number}.
        </p>
        <button
          type="button"
          className="button button--small"
          // The same slide of the same deck, on that version's figures.
          onClick={() => openView(pickView(useViewStore.getState()), savedWith.id)}
        >
          Present on version {savedWith.number}
        </button>
      </div>
    ) : null;
    return (
      <Deck
        slide={slide}
        count={views.length}
        slideTitle={view?.name ?? 'Saved view'}
        onGo={goSaved}
        onExit={exit}
        status={<SlideFilters />}
        notice={
          <>
            {versionNote}
            <LinkNotice />
          </>
        }
      >
        {Slide ? <Slide kicker={view?.name} /> : <AllPanelsSlide name={view?.name ?? 'Saved view'} />}
      </Deck>
    );
  }
  const key = slide > 1 ? PANEL_KEYS[slide - 2] : undefined;
  const Slide = key ? PANEL_SLIDES[key] : null;
  return (
    <Deck
      slide={slide}
      count={SLIDE_COUNT}
      slideTitle={key ? PANEL_TITLES[key] : 'Overview'}
      onGo={setSlide}
      onExit={exit}
      notice={<LinkNotice />}
      // The title slide names the filters in its subtitle.
      status={Slide ? <SlideFilters /> : null}
    >
      {Slide ? <Slide /> : <TitleSlide />}
    </Deck>
  );
}
