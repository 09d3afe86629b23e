import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** What a reader sees of the view: the filter controls, what the filters say is set, and the panels' figures. */
async function visibleView(page: Page) {
  const filters = page.getByRole('region', { name: 'Filters' });
  return {
    from: await filters.getByLabel('From', { exact: true }).inputValue(),
    to: await filters.getByLabel('To', { exact: true }).inputValue(),
    currency: await filters.getByRole('radio', { name: 'USD' }).isChecked(),
    derived: await filters.getByRole('checkbox', { name: 'Derived' }).isChecked(),
    chips: (await filters.locator('.filters__summary').textContent()) ?? '',
    revenue: await page.getByRole('region', { name: 'Revenue segments' }).locator('table').allInnerTexts(),
    shipments: await page.getByRole('region', { name: 'Shipments' }).locator('.bar-label').allTextContents(),
    regions: await page.getByRole('region', { name: 'Regional performance' }).locator('.rank-dot').count(),
  };
}

test('a copied link opens exactly the same view in a fresh browser', async ({ page, browser, baseURL }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  const filters = page.getByRole('region', { name: 'Filters' });
  await filters.getByLabel('From', { exact: true }).selectOption('2013');
  await filters.getByLabel('To', { exact: true }).selectOption('2023');
  await filters.getByRole('radio', { name: 'USD' }).check({ force: true });
  await filters.getByRole('checkbox', { name: 'Derived' }).uncheck();
  await filters.getByRole('button', { name: 'Regions All' }).click();
  await filters.getByRole('group', { name: 'Regions' }).getByRole('checkbox', { name: 'India' }).uncheck();
  await page.keyboard.press('Escape');
  const revenue = page.getByRole('region', { name: 'Revenue segments' });
  await revenue.getByRole('button', { name: 'Show table' }).click();
  await expect(revenue.getByRole('table').first()).toBeVisible();
  const before = await visibleView(page);
  expect(before.chips).toContain('Years: 2013–2023');
  expect(before.revenue.join('\n')).toContain('USD');
  expect(before.shipments.join(' ')).toMatch(/\d/);

  await filters.getByRole('button', { name: 'Copy link' }).click();
  await expect(filters.getByRole('status').filter({ hasText: 'Link' })).toHaveText('Link copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link.startsWith(baseURL!)).toBe(true);
  expect(link.length).toBeLessThan(2000);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.getByRole('region', { name: 'Revenue segments' }).getByRole('table').first()).toBeVisible();
  await expect.poll(() => visibleView(other)).toEqual(before);
  await expect(other.getByRole('status').filter({ hasText: 'not used' })).toHaveCount(0);
  await fresh.close();
});

test('Back and Forward step through views', async ({ page }) => {
  await page.goto('./');
  const filters = page.getByRole('region', { name: 'Filters' });
  await filters.getByLabel('From', { exact: true }).selectOption('2017');
  await expect(page).toHaveURL(/from=2017/);
  await page.getByRole('region', { name: 'Shipments' }).getByRole('radio', { name: 'Quarterly' }).check({ force: true });
  await expect(page).toHaveURL(/shipments=quarter/);
  await page.goBack();
  await expect(page).not.toHaveURL(/shipments=quarter/);
  await expect(page.getByRole('region', { name: 'Shipments' }).getByRole('radio', { name: 'Annual' })).toBeChecked();
  await expect(filters.getByLabel('From', { exact: true })).toHaveValue('2017');
  await page.goBack();
  await expect(filters.getByLabel('From', { exact: true })).toHaveValue('');
  await page.goForward();
  await expect(filters.getByLabel('From', { exact: true })).toHaveValue('2017');
});

test('Back from a search returns to the view before it, in one step however long the search', async ({ page }) => {
  await page.goto('./?from=2015');
  const all = page.getByRole('region', { name: 'All figures' });
  const search = all.getByLabel('Search figures');
  // Typed a letter at a time, as a person does.
  await search.pressSequentially('revenue');
  await expect(page).toHaveURL(/from=2015&q=revenue/);
  await expect(all).toContainText('match the filters and the search');
  // Before, the search had taken the place of the view it began on: Back left the page.
  await page.goBack();
  await expect(page).toHaveURL(/from=2015/);
  await expect(page).not.toHaveURL(/q=/);
  await expect(search).toHaveValue('');
  await page.goForward();
  await expect(search).toHaveValue('revenue');
  // Cleared, Back brings the search back: before, Back led to an entry the same as the one on screen.
  await search.clear();
  await expect(page).not.toHaveURL(/q=/);
  await page.goBack();
  await expect(search).toHaveValue('revenue');
});

test('a link full of garbage opens a working page that says what it ignored', async ({ page }) => {
  const garbage = '?from=9999&to=abc&currency=%3Cscript%3Ealert(1)%3C/script%3E&regions=mars,india&__proto__[x]=1&slide=77&theme=dark&theme=neon&derived=yes';
  await page.goto(`./${garbage}`);
  const notice = page.getByRole('status').filter({ hasText: 'not used as given' });
  await expect(notice).toBeVisible();
  for (const text of [
    'from=9999',
    'to=abc',
    'currency=<script>alert(1)</script>',
    'unknown region "mars" left out',
    '__proto__[x]',
    'slide=77',
    'theme=neon',
    'derived=yes',
  ]) {
    await expect(notice).toContainText(text);
  }
  // The valid parts were applied; the page works.
  await expect(page.getByRole('region', { name: 'Filters' }).getByRole('button', { name: 'Regions India' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  await expect(page).toHaveURL(/\?regions=india&theme=dark&v=/);
  expect(await page.evaluate(() => (({}) as Record<string, unknown>).x)).toBeUndefined();
  await page.getByRole('region', { name: 'Filters' }).getByLabel('From', { exact: true }).selectOption('2014');
  await expect(page.getByRole('region', { name: 'Filters' }).locator('.filters__summary')).toContainText('From 2014');
  // Dismissed from the keyboard, the notice goes and the keyboard stays in the page, at its content.
  await notice.getByRole('button', { name: 'Dismiss' }).focus();
  await page.keyboard.press('Enter');
  await expect(notice).toBeHidden();
  await expect(page.locator('main')).toBeFocused();
});

test('clicking a period in a chart filters the page to that year', async ({ page }) => {
  await page.goto('./');
  const shipments = page.getByRole('region', { name: 'Shipments' });
  await shipments.locator('.bar[data-series="sold"][data-row="2012"] rect').last().click();
  await expect(page.getByRole('region', { name: 'Filters' }).locator('.filters__summary')).toContainText('Year: 2012');
  await expect(page).toHaveURL(/from=2012&to=2012/);
  await expect(shipments.locator('.bar')).toHaveCount(1);
});

test('a link keeps the search of all figures, so the recipient sees the same list', async ({ page, browser, baseURL }) => {
  await page.goto('./');
  const all = page.getByRole('region', { name: 'All figures' });
  await all.getByLabel('Search figures').fill('2023');
  await expect(all).toContainText('match the filters and the search');
  const count = (await all.locator('.section__header .muted').textContent())!;
  await expect(page).toHaveURL(/[?&]q=2023/);
  const other = await browser.newContext({ baseURL });
  const fresh = await other.newPage();
  await fresh.goto(page.url());
  const freshAll = fresh.getByRole('region', { name: 'All figures' });
  await expect(freshAll.getByLabel('Search figures')).toHaveValue('2023');
  await expect(freshAll.locator('.section__header .muted')).toHaveText(count);
  await other.close();
});
