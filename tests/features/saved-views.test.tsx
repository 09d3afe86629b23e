import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { uploadedDatasetQueryOptions } from '../../src/data/dataset-query.ts';
import { LinkNotice } from '../../src/features/filters/link-notice.tsx';
import { SavedViewsSection } from '../../src/features/saved-views/saved-views-section.tsx';
import { SAVED_VIEWS_KEY } from '../../src/state/saved-views.ts';
import { useSavedViews } from '../../src/state/saved-views-store.ts';
import { useSession } from '../../src/state/session-store.ts';
import { useViewStore } from '../../src/state/view-store.ts';
import { BUNDLED_VERSION, bundledDataset } from '../helpers/dataset.ts';
import { renderWithData } from '../helpers/render.tsx';

beforeEach(() => {
  localStorage.clear();
  useSavedViews.setState({ views: [] });
  useSession.setState({ savedViewsProblem: null, savedViewsUnsaved: false });
});

const names = () =>
  within(screen.getByRole('region', { name: 'Saved views' }))
    .queryAllByRole('listitem')
    .map((li) => li.querySelector('.saved-view__name')?.textContent);

describe('SavedViewsSection', () => {
  it('saves the current view under a name, lists it with its filters, and stores it', async () => {
    const user = userEvent.setup();
    renderWithData(<SavedViewsSection />, { view: { from: 2015, currency: 'USD' } });
    await user.type(screen.getByLabelText('Name for this view'), 'Since 2015 in dollars');
    await user.click(screen.getByRole('button', { name: 'Save view' }));
    expect(screen.getByText('Saved “Since 2015 in dollars”')).toBeInTheDocument();
    expect(names()).toEqual(['Since 2015 in dollars']);
    expect(screen.getByText('From 2015 · Currency: USD')).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(SAVED_VIEWS_KEY)!).state.views[0].query).toBe(`?from=2015&currency=USD&v=${BUNDLED_VERSION}`);
  });

  it('saves a view of the user’s own data naming no version, so it opens on the figures shown then', async () => {
    const before = useSession.getState().dataset;
    try {
      const user = userEvent.setup();
      const { client } = renderWithData(<SavedViewsSection />, { view: { currency: 'USD' } });
      // The same figures, loaded as the user's own file.
      client.setQueryData(uploadedDatasetQueryOptions.queryKey, { dataset: bundledDataset(), leftOut: [] });
      act(() => useSession.setState({ dataset: { source: 'upload', label: '88 figures from mine.json', lacks: null, kept: false } }));
      await user.type(screen.getByLabelText('Name for this view'), 'Mine');
      await user.click(screen.getByRole('button', { name: 'Save view' }));
      expect(JSON.parse(localStorage.getItem(SAVED_VIEWS_KEY)!).state.views[0]).toMatchObject({ query: '?currency=USD', dataVersion: null });
    } finally {
      useSession.setState({ dataset: before });
    }
  });

  it('reorders, opens and removes views', async () => {
    useSavedViews.getState().save('First', '?regions=india', BUNDLED_VERSION);
    useSavedViews.getState().save('Second', '?theme=dark', BUNDLED_VERSION);
    const user = userEvent.setup();
    renderWithData(<SavedViewsSection />);
    await user.click(screen.getByRole('button', { name: 'Move Second up' }));
    expect(names()).toEqual(['Second', 'First']);
    // At the top, the button says it cannot go further, and keeps focus for the keyboard.
    const up = screen.getByRole('button', { name: 'Move Second up' });
    expect(up).toHaveAttribute('aria-disabled', 'true');
    expect(up).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(names()).toEqual(['Second', 'First']);
    await user.click(screen.getByRole('button', { name: 'Open First' }));
    expect(useViewStore.getState().regions).toEqual(['india']);
    // Focus goes to the view that took the removed one's place, then to the name field.
    await user.click(screen.getByRole('button', { name: 'Remove Second' }));
    expect(names()).toEqual(['First']);
    expect(screen.getByRole('button', { name: 'Open First' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Remove First' }));
    expect(screen.getByLabelText('Name for this view')).toHaveFocus();
  });

  it('starts the saved deck on its first view', async () => {
    useSavedViews.getState().save('Goals', '?focus=goals', BUNDLED_VERSION);
    const user = userEvent.setup();
    renderWithData(<SavedViewsSection />);
    await user.click(screen.getByRole('button', { name: 'Present saved views' }));
    expect(useViewStore.getState()).toMatchObject({ deck: 'saved', slide: 1, focus: 'goals' });
  });

  it('names the search a view opens All figures with', () => {
    useSavedViews.getState().save('Sold', '?to=2018&q=sold', BUNDLED_VERSION);
    useSavedViews.getState().save('Searched', '?q=india%202017', BUNDLED_VERSION);
    renderWithData(<SavedViewsSection />);
    expect(screen.getByText('Until 2018 · Search: “sold”')).toBeInTheDocument();
    expect(screen.getByText('Search: “india 2017”')).toBeInTheDocument();
    expect(screen.queryByText('All figures, no filters')).not.toBeInTheDocument();
  });

  it('says when a stored view holds settings it cannot use, instead of calling it unfiltered', () => {
    useSavedViews.getState().save('Edited by hand', '?from=abc&regions=zzz&currency=USD', BUNDLED_VERSION);
    renderWithData(<SavedViewsSection />);
    expect(screen.getByText('Currency: USD · 2 settings not used as saved')).toBeInTheDocument();
  });

  it('says a view saved with a dataset version this site never published opens on the latest figures', async () => {
    useSavedViews.getState().save('Elsewhere', '?currency=USD', '1999-01-01.1');
    const user = userEvent.setup();
    renderWithData(
      <>
        <LinkNotice />
        <SavedViewsSection />
      </>,
    );
    expect(screen.getByText('Currency: USD · saved with version 1999-01-01.1, not published here')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Open Elsewhere' }));
    expect(useViewStore.getState().currency).toBe('USD');
    expect(screen.getAllByRole('status')[0]).toHaveTextContent(
      `The saved view “Elsewhere” names dataset version 1999-01-01.1, which this dashboard has never published, so it shows version ${BUNDLED_VERSION}; some figures may differ from those it was saved with.`,
    );
  });

  it('reports damaged stored views without losing the page', () => {
    localStorage.setItem(SAVED_VIEWS_KEY, '{broken');
    useSavedViews.getState().load();
    renderWithData(<SavedViewsSection />);
    expect(screen.getByRole('alert')).toHaveTextContent('The stored saved views are not valid JSON. The original data was kept in browser storage');
    expect(screen.getByRole('button', { name: 'Save view' })).toBeInTheDocument();
  });
});
