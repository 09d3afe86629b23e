import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AllFigures } from '../../src/features/figures/all-figures.tsx';
import { useViewStore } from '../../src/state/view-store.ts';
import { renderWithData } from '../helpers/render.tsx';

const row2015Target = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .find((r) => /Total revenue/.test(r.textContent ?? '') && /2015/.test(r.textContent ?? ''));

describe('AllFigures', () => {
  it('lists a target in the currency it was stated in', async () => {
    renderWithData(<AllFigures />, { view: { from: 2015, to: 2015 } });
    await screen.findByRole('table');
    expect(row2015Target()).toHaveTextContent('USD 32 bn');
    expect(row2015Target()).not.toHaveTextContent('218');
  });

  it('converts it when the reader asked to convert targets, and says so', async () => {
    renderWithData(<AllFigures />, { view: { from: 2015, to: 2015, convertTargets: true } });
    await screen.findByRole('table');
    expect(row2015Target()).toHaveTextContent('about RMB 220 bn');
    expect(row2015Target()).toHaveTextContent('converted at a 2017 implied rate');
  });

  it('says why nothing is listed instead of showing an empty table', async () => {
    renderWithData(<AllFigures />, { view: { regions: [] } });
    expect(await screen.findByText(/^No region is selected, so no figure is listed\./)).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows more rows on request, then folds them again with the same button', async () => {
    const user = userEvent.setup();
    renderWithData(<AllFigures />);
    const table = await screen.findByRole('table');
    const before = within(table).getAllByRole('row').length;
    const more = screen.getByRole('button', { name: /^Show all \d+$/ });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await user.click(more);
    expect(within(screen.getByRole('table')).getAllByRole('row').length).toBeGreaterThan(before);
    // Focus goes on from the first row gained (the header row counts as one), not the button below them all.
    expect(within(screen.getByRole('table')).getAllByRole('row')[before]).toHaveFocus();
    const fewer = screen.getByRole('button', { name: 'Show fewer' });
    expect(fewer).toHaveAttribute('aria-expanded', 'true');
    await user.click(fewer);
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(before);
    // Folded, the same button keeps focus.
    expect(screen.getByRole('button', { name: /^Show all \d+$/ })).toHaveFocus();
  });

  it('names its table for what it lists: every figure, or those that match', async () => {
    renderWithData(<AllFigures />);
    expect(await screen.findByRole('table', { name: 'Every figure in the dataset' })).toBeInTheDocument();
    useViewStore.getState().setSearch('india');
    // Before, a handful of matches stood under "Every figure in the dataset".
    expect(await screen.findByRole('table', { name: 'The figures that match the filters and the search' })).toBeInTheDocument();
    useViewStore.getState().setSearch('');
    useViewStore.getState().setRegions(['india']);
    expect(await screen.findByRole('table', { name: 'The figures that match the filters' })).toBeInTheDocument();
  });

  it('names a search that matches nothing', async () => {
    renderWithData(<AllFigures />, { view: { search: 'zzz' } });
    expect(await screen.findByText('No figure under the filters matches “zzz”.')).toBeInTheDocument();
  });

  it('takes no longer a search than a link can carry, so a copied link keeps it', async () => {
    const user = userEvent.setup();
    renderWithData(<AllFigures />);
    const search = screen.getByRole('searchbox', { name: 'Search figures' });
    await user.click(search);
    await user.paste('x'.repeat(450));
    expect(search).toHaveValue('x'.repeat(400));
    expect(useViewStore.getState().search).toBe('x'.repeat(400));
  });
});
