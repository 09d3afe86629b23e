import { expect, test } from './fixtures.ts';
import published from '../../src/data/published-versions.json' with { type: 'json' };
import { SAVED_VIEWS_KEY, SAVED_VIEWS_VERSION } from '../../src/state/saved-views.ts';

/**
 * Links stay true: a link made with an earlier dataset version opens that version's figures,
 * says so, lists what the newer version changed, and moves to the latest figures on request.
 */
const [first] = published.versions;
const FIRST = first!.id;
const LATEST = published.latest;
/** The latest version's number, as the page counts them. */
const N = published.versions.length;

test('a link made with version 1 opens its figures, pinned, with what changed and the way to the latest', async ({ page }) => {
  // A link as the build before version 2 wrote it.
  await page.goto(`./?from=2013&v=${FIRST}`);
  const banner = page.getByRole('region', { name: 'Dataset version' });
  await expect(banner).toContainText('You are seeing the figures as of version 1 of the dataset');
  // Every later version counts: the changes are those of versions 2 to N together.
  await expect(banner).toContainText(new RegExp(`Versions 2 to ${N} changed \\d+ figures.*; version ${N} is the latest`));
  const revenue = page.getByRole('region', { name: 'Revenue segments' });
  // Version 1's remainder, as it was drawn then; later versions call it approximate (about 1%).
  await expect(revenue.getByText('3.3bn (1.2%)')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`v=${FIRST.replace(/\./g, '\\.')}`));

  await banner.getByRole('button', { name: 'What changed' }).click();
  const dialog = page.getByRole('dialog', { name: `What changed from version 1 to version ${N}` });
  for (const [i, later] of published.versions.slice(1).entries())
    await expect(dialog.getByRole('listitem').filter({ hasText: `Version ${i + 2}, ` })).toContainText(later.summary);
  await expect(dialog.getByRole('listitem').filter({ hasText: 'Sales growth, year on year · Xiaomi · Global · 2013 (derived)' })).toContainText(
    'value 159.7% → about 160%',
  );
  await expect(dialog.getByRole('listitem').filter({ hasText: 'Mi Home store openings announced · Xiaomi' })).toContainText('kind reported → planned');
  await expect(dialog.getByRole('listitem').filter({ hasText: 'A stock market listing' })).toContainText('status none → expected');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await banner.getByRole('button', { name: 'Show this view with the latest figures' }).click();
  await expect(banner).toHaveCount(0);
  await expect(revenue.getByText('≈3.3bn (about 1%)')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`from=2013&v=${LATEST.replace(/\./g, '\\.')}`));

  // Back returns to the pinned view, as a link would.
  await page.goBack();
  await expect(page.getByRole('region', { name: 'Dataset version' })).toBeVisible();
  await expect(revenue.getByText('3.3bn (1.2%)')).toBeVisible();
});

test('a pinned view keeps its version in the link even with no filters', async ({ page }) => {
  await page.goto(`./?v=${FIRST}`);
  await expect(page.getByRole('region', { name: 'Dataset version' })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`\\?v=${FIRST.replace(/\./g, '\\.')}$`));
  await page.reload();
  await expect(page.getByRole('region', { name: 'Dataset version' })).toBeVisible();
});

test('a version this dashboard never published opens the latest figures and says so', async ({ page }) => {
  await page.goto('./?from=2013&v=1999-01-01.1');
  await expect(page.getByRole('status').filter({ hasText: 'names dataset version 1999-01-01.1' })).toContainText(
    `has never published, so it shows version ${LATEST}`,
  );
  await expect(page.getByRole('region', { name: 'Dataset version' })).toHaveCount(0);
});

test('a view saved on version 1 opens on version 1, or on the latest figures when asked', async ({ page }) => {
  await page.goto(`./?from=2013&v=${FIRST}`);
  const saved = page.getByRole('region', { name: 'Saved views' });
  await saved.getByLabel('Name for this view').fill('Old figures');
  await saved.getByRole('button', { name: 'Save view' }).click();
  await page.getByRole('button', { name: 'Show this view with the latest figures' }).click();
  await expect(page.getByRole('region', { name: 'Dataset version' })).toHaveCount(0);

  const view = saved.getByRole('listitem').filter({ hasText: 'Old figures' });
  await expect(view).toContainText('figures of version 1');
  await view.getByRole('button', { name: 'Open Old figures as saved, with version 1' }).click();
  await expect(page.getByRole('region', { name: 'Dataset version' })).toContainText('as of version 1');
  await expect(page.getByRole('region', { name: 'Revenue segments' }).getByText('3.3bn (1.2%)')).toBeVisible();

  await view.getByRole('button', { name: 'Open Old figures with the latest figures' }).click();
  await expect(page.getByRole('region', { name: 'Dataset version' })).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`from=2013&v=${LATEST.replace(/\./g, '\\.')}`));

  // A deck shows its views on the figures on screen, and says which were saved with others.
  await saved.getByRole('button', { name: 'Present saved views' }).click();
  const deck = page.getByRole('dialog', { name: 'Presentation' });
  await expect(deck.getByText(`“Old figures” was saved with dataset version 1; this slide shows version ${N}.`)).toBeVisible();
  // The choice is offered here too: the same slide on the figures it was saved with.
  await deck.getByRole('button', { name: 'Present on version 1' }).click();
  await expect(page).toHaveURL(new RegExp(`deck=saved.*v=${FIRST.replace(/\./g, '\\.')}`));
  await expect(deck.getByText('Slide 1 of 1')).toBeVisible();
  await expect(deck.getByText(/was saved with dataset version/)).toHaveCount(0);
});

test('a saved view naming a version this dashboard never published says so, listed, opened and presented', async ({ page }) => {
  const stored = {
    state: { views: [{ id: 'x1', name: 'Elsewhere', query: '?from=2016', savedAt: '2026-12-01T10:00:00.000Z', dataVersion: '1999-01-01.1' }] },
    version: SAVED_VIEWS_VERSION,
  };
  await page.addInitScript(([key, value]) => window.localStorage.setItem(key!, value!), [SAVED_VIEWS_KEY, JSON.stringify(stored)]);
  await page.goto('./');
  const saved = page.getByRole('region', { name: 'Saved views' });
  await expect(saved.getByRole('listitem').filter({ hasText: 'Elsewhere' })).toContainText('saved with version 1999-01-01.1, not published here');
  // Before, it opened on the latest figures without a word.
  await saved.getByRole('button', { name: 'Open Elsewhere' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'names dataset version' })).toContainText(
    `The saved view “Elsewhere” names dataset version 1999-01-01.1, which this dashboard has never published, so it shows version ${LATEST}`,
  );
  await saved.getByRole('button', { name: 'Present saved views' }).click();
  const deck = page.getByRole('dialog', { name: 'Presentation' });
  await expect(
    deck.getByText(`“Elsewhere” was saved with dataset version 1999-01-01.1, which this dashboard has never published; this slide shows version ${N}.`),
  ).toBeVisible();
});
