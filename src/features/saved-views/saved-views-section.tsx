import { useEffect, useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useDatasetIndex } from '../../hooks/use-dataset-index.ts';
import { activeFilters } from '../../state/active-filters.ts';
import { savedSlideState, savedViewQuery, savedViewState } from '../../state/saved-deck.ts';
import { MAX_SAVED_VIEWS, readDeckFile, writeDeckFile } from '../../state/saved-views.ts';
import { downloadBlob } from '../../components/panel-chrome/export/download.ts';
import { countOf } from '../../domain/format.ts';
import { useShallow } from 'zustand/react/shallow';
import { useSavedViews } from '../../state/saved-views-store.ts';
import { useSession } from '../../state/session-store.ts';
import { PUBLISHED, publishedVersion } from '../../data/published-versions.ts';
import { linkedVersion, openView, urlContext } from '../../state/url-sync.ts';
import type { ViewState } from '../../state/view-state.ts';
import type { UrlNotice } from '../../state/url-state.ts';
import { useViewStore } from '../../state/view-store.ts';
import { PANEL_TITLES, pickView } from '../../state/view-state.ts';
import { DismissButton } from '../../components/ui/dismiss-button.tsx';

/** Opens a deck file another browser saved (Download deck): its views join the saved views here. */
function DeckFileInput({ onRead }: { onRead: (message: string) => void }) {
  const id = useId();
  const onChange = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const { views, problem } = readDeckFile(await file.text());
    const { added, alreadyHere, noRoom } = useSavedViews.getState().addViews(views);
    const skipped = [alreadyHere ? `${alreadyHere} already here` : '', noRoom ? `${noRoom} with no room: you can keep up to ${MAX_SAVED_VIEWS}` : ''].filter(
      Boolean,
    );
    onRead(
      [`${file.name}: ${countOf(added, 'view')} added to your saved views${skipped.length ? ` (${skipped.join('; ')})` : ''}.`, problem]
        .filter(Boolean)
        .join(' '),
    );
  };
  return (
    <label className="button file-button" htmlFor={id}>
      Open deck file
      <input id={id} type="file" className="visually-hidden" accept=".json,application/json" onChange={(e) => void onChange(e)} />
    </label>
  );
}

/** Views saved in this browser, in the order they will be presented. */
export function SavedViewsSection() {
  const index = useDatasetIndex();
  const { views, save, remove, move } = useSavedViews(useShallow((s) => ({ views: s.views, save: s.save, remove: s.remove, move: s.move })));
  const problem = useSession((s) => s.savedViewsProblem);
  const ownData = useSession((s) => s.dataset.source === 'upload');
  const dismissProblem = () => useSession.getState().reportSavedViews(null);
  const replace = useViewStore((s) => s.replace);
  const presentSaved = useViewStore((s) => s.presentSaved);
  const [name, setName] = useState('');
  const [justSaved, setJustSaved] = useState<string | null>(null);
  const [opened, setOpened] = useState<string | null>(null);
  // A removed view takes its buttons with it: focus goes to the view that took its place, or to
  // the name field when none is left, never to the page's body.
  const focusAfterRemove = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    if (focusAfterRemove.current === undefined) return;
    const next = focusAfterRemove.current;
    focusAfterRemove.current = undefined;
    (next ? document.querySelector<HTMLElement>(`[data-view="${CSS.escape(next)}"] button`) : document.getElementById('saved-view-name'))?.focus();
  }, [views]);
  // Views open in the theme on screen: the reader's choice, not the view's.
  const theme = useViewStore((s) => s.theme);
  const ctx = urlContext(
    index,
    views.map((v) => v.id),
  );
  // A view opens on the figures it was saved with: on the page as it is when the versions
  // match, otherwise as a link naming its version (which loads that version, pinned). On the
  // page it opens as a link would, at the top: left here, the panels above shrink or grow under
  // the reader, who then sees neither the view nor this list.
  const open = (state: ViewState, version: string, notices: UrlNotice[], name: string, unknownVersion: string | null) => {
    if (version !== index.dataset.version) return openView(state, version);
    replace(state);
    // Settings the view cannot use as saved, or figures this site never published, are named as a link's are.
    const mismatch = unknownVersion !== null ? { linked: unknownVersion, current: version } : null;
    if (notices.length || mismatch) useSession.getState().reportLink(notices, mismatch, `the saved view “${name}”`);
    window.scrollTo({ top: 0, behavior: 'instant' });
    document.getElementById('main')?.focus({ preventScroll: true });
  };

  const onSave = (event: FormEvent) => {
    event.preventDefault();
    const version = linkedVersion(index.dataset.version);
    const view = save(name, savedViewQuery(pickView(useViewStore.getState()), version), version);
    if (view) {
      setName('');
      setJustSaved(view.name);
      // The Save button disables with the name cleared: focus waits in the field for the next one.
      document.getElementById('saved-view-name')?.focus();
    }
  };

  return (
    <section className="section section--saved-views" aria-labelledby="saved-views-heading">
      <div className="section__header">
        <h2 id="saved-views-heading">Saved views</h2>
        <p className="muted">
          Save what you are looking at, put the views in order, and present them as a deck. They stay in this browser, up to {MAX_SAVED_VIEWS} of them.
        </p>
      </div>
      <form className="saved-views__form" onSubmit={onSave}>
        <div className="field">
          <label className="field__label" htmlFor="saved-view-name">
            Name for this view
          </label>
          <input
            id="saved-view-name"
            className="field__control"
            value={name}
            maxLength={80}
            onChange={(e) => setName(e.target.value)}
            placeholder="e.g. India since 2017"
          />
        </div>
        <button type="submit" className="button" disabled={!name.trim()}>
          Save view
        </button>
        <span role="status" className="copy-link__status">
          {justSaved
            ? `Saved “${justSaved}”${ownData ? '. It keeps the view, not your loaded data: without that data it opens on the bundled figures.' : ''}`
            : ''}
        </span>
      </form>
      {problem ? (
        <div className="notice" role="alert">
          <p>{problem}</p>
          <DismissButton onDismiss={dismissProblem} focusNext={() => document.getElementById('saved-view-name')} />
        </div>
      ) : null}
      {views.length ? (
        <ol className="saved-views">
          {views.map((view, i) => {
            const { state, notices } = savedViewState(view, ctx, theme);
            const chips = activeFilters(state, index).map((c) => c.label);
            // A stored view edited by hand, or saved with regions this dataset lacks: say so, as a link would.
            if (notices.length) chips.push(`${countOf(notices.length, 'setting')} not used as saved`);
            if (state.focus) chips.unshift(`${PANEL_TITLES[state.focus]} only`);
            // It opens with All figures searched: a view listed as "no filters" showed only some.
            if (state.search) chips.push(`Search: “${state.search}”`);
            // Saved with an earlier published version: it opens on those figures, or on the latest.
            const savedWith = view.dataVersion !== null ? publishedVersion(view.dataVersion) : null;
            const older = savedWith && savedWith.id !== PUBLISHED.latest ? savedWith : null;
            if (older) chips.push(`figures of version ${older.number}`);
            // Saved where another dataset was published (or edited by hand): it opens on the latest, and says so.
            const unknownVersion = view.dataVersion !== null && !savedWith ? view.dataVersion : null;
            if (unknownVersion !== null) chips.push(`saved with version ${unknownVersion}, not published here`);
            return (
              <li key={view.id} className="saved-view" data-view={view.id}>
                <div className="saved-view__text">
                  <span className="saved-view__name">{view.name}</span>
                  <span className="muted small">{chips.length ? chips.join(' · ') : 'All figures, no filters'}</span>
                </div>
                <div className="saved-view__actions">
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => open(state, older ? older.id : PUBLISHED.latest, notices, view.name, unknownVersion)}
                    aria-label={older ? `Open ${view.name} as saved, with version ${older.number}` : `Open ${view.name}`}
                  >
                    Open
                  </button>
                  {older ? (
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => open(state, PUBLISHED.latest, notices, view.name, null)}
                      aria-label={`Open ${view.name} with the latest figures`}
                    >
                      Latest
                    </button>
                  ) : null}
                  <button
                    type="button"
                    className="button button--small"
                    // aria-disabled, not disabled: a button that has just moved its view to the top keeps focus.
                    onClick={() => i > 0 && move(view.id, -1)}
                    aria-disabled={i === 0}
                    aria-label={`Move ${view.name} up`}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => i < views.length - 1 && move(view.id, 1)}
                    aria-disabled={i === views.length - 1}
                    aria-label={`Move ${view.name} down`}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => {
                      focusAfterRemove.current = (views[i + 1] ?? views[i - 1])?.id ?? null;
                      remove(view.id);
                    }}
                    aria-label={`Remove ${view.name}`}
                  >
                    Remove
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="muted small">No saved views yet.</p>
      )}
      <div className="saved-views__deck">
        {views.length ? (
          <>
            <button type="button" className="button button--primary" onClick={() => views[0] && presentSaved(savedSlideState(views[0], 1, ctx, theme))}>
              Present saved views
            </button>
            <button
              type="button"
              className="button"
              onClick={() =>
                downloadBlob(new Blob([writeDeckFile(views)], { type: 'application/json' }), `xiaomi-deck-${new Date().toISOString().slice(0, 10)}.json`)
              }
            >
              Download deck
            </button>
          </>
        ) : null}
        <DeckFileInput onRead={(result) => setOpened(result)} />
      </div>
      {opened ? (
        <p role="status" className="small">
          {opened}
        </p>
      ) : null}
    </section>
  );
}
