/**
 * Two tabs of the dashboard in one browser share its saved views: a view saved in one reaches
 * the other, and saves made in both are merged, never overwritten.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

async function save(page: Page, name: string) {
  const saved = page.getByRole('region', { name: 'Saved views' });
  await saved.getByLabel('Name for this view').fill(name);
  await saved.getByRole('button', { name: 'Save view' }).click();
}

const names = (page: Page) => page.getByRole('region', { name: 'Saved views' }).locator('.saved-view__name');

test('views saved in two tabs are both kept, and each tab sees the other’s', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto('./?from=2017');
  await b.goto('./?currency=USD');
  await expect(names(a)).toHaveCount(0);
  await expect(names(b)).toHaveCount(0);

  await save(a, 'Since 2017');
  // Tab B is told by the browser (a storage event) and shows A's view without a reload.
  await expect(names(b)).toHaveText(['Since 2017']);
  await save(b, 'In USD');
  await expect(names(a)).toHaveText(['Since 2017', 'In USD']);

  // Nothing was overwritten: a fresh load reads both.
  await a.reload();
  await expect(names(a)).toHaveText(['Since 2017', 'In USD']);
});
