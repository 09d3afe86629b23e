import { PANELS, expect, test } from './fixtures.ts';

test.describe('the dashboard', () => {
  test('loads the bundled dataset from a sub-path and draws all four panels', async ({ page }) => {
    await page.goto('./');
    await expect(page).toHaveTitle(/Xiaomi/);
    for (const name of PANELS) {
      const panel = page.getByRole('region', { name });
      await expect(panel.getByRole('heading', { level: 2, name })).toBeVisible();
      // Drawn marks, not an empty SVG: bars or rank dots inside the chart surface.
      await expect(panel.locator('svg.recharts-surface').first()).toBeVisible();
      expect(await panel.locator('.bar, .rank-dot').count()).toBeGreaterThan(0);
    }
    const strip = page.getByRole('region', { name: 'Key figures' });
    await expect(strip).toContainText('RMB 271.0 bn');
    await expect(strip).toContainText('1 of 7');
  });

  test('each chart has a table twin with the same numbers', async ({ page }) => {
    await page.goto('./');
    const shipments = page.getByRole('region', { name: 'Shipments' });
    await expect(shipments.getByText('≈145.6m')).toBeVisible();
    await shipments.getByRole('button', { name: 'Show table' }).click();
    const table = shipments.getByRole('table', { name: 'Smartphone volumes, annual' });
    await expect(table).toBeVisible();
    await expect(table.getByRole('row')).toHaveCount(7);
    await expect(table).toContainText('about 145.6 million smartphones');
    // It takes the chart's place, not the narrow column beside it, which kept its figures.
    const [panelBox, tableBox] = [(await shipments.boundingBox())!, (await table.boundingBox())!];
    expect(tableBox.x - panelBox.x).toBeLessThan(60);
    await expect(shipments.getByRole('heading', { name: 'Growth and other shipment figures' })).toBeInViewport();
    await expect(shipments.locator('svg.recharts-surface')).toHaveCount(0);
    await shipments.getByRole('button', { name: 'Show table' }).click();
    await expect(shipments.locator('svg.recharts-surface')).toHaveCount(1);
  });

  test('shows where a figure comes from on hover', async ({ page }) => {
    await page.goto('./');
    const shipments = page.getByRole('region', { name: 'Shipments' });
    await shipments.getByRole('radio', { name: 'Quarterly' }).check();
    await shipments.locator('.bar[data-kind="derived"]').hover();
    const tooltip = shipments.locator('.chart-tooltip');
    await expect(tooltip).toContainText('Q1 2017');
    await expect(tooltip).toContainText('Derived');
    await expect(tooltip).toContainText('÷ (1 +');
    await expect(tooltip).toContainText('CNBC');
  });
});

test('printed, the page names each key figure’s source and its filters, and prints folded lists whole', async ({ page }) => {
  await page.goto('./?regions=global,china&currency=USD');
  const shipments = page.getByRole('region', { name: 'Shipments' });
  const timeline = page.getByRole('region', { name: 'Timeline' });
  const folded = {
    facts: Number((await shipments.getByRole('button', { name: /^Show all \d+$/ }).textContent())!.match(/\d+/)![0]),
    events: Number((await timeline.getByRole('button', { name: /^Show all \d+ events$/ }).textContent())!.match(/\d+/)![0]),
  };
  await page.emulateMedia({ media: 'print' });
  // On paper there is nothing to press: the source is named where the button was.
  const revenue = page.getByRole('region', { name: 'Key figures' }).locator('[data-figure="revenue"]');
  await expect(revenue.locator('.headline__source-name')).toBeVisible();
  await expect(revenue.locator('.headline__source-name')).toHaveText('2023 annual results report');
  await expect(page.getByText(/^Filters: /)).toHaveText('Filters: Currency: USD · Regions: Global, Mainland China');
  await expect(shipments.locator('.facts__list > li')).toHaveCount(folded.facts);
  await expect(timeline.locator('.timeline__item')).toHaveCount(folded.events);
  // What each source contributes prints open; what is kept only in this browser, and an empty search box, do not print.
  const sources = page.getByRole('region', { name: 'Sources' });
  await expect(sources.locator('.source__summary').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Saved views' })).toBeHidden();
  await expect(page.getByLabel('Search figures')).toBeHidden();
});

test.describe('the app whose code cannot be loaded', () => {
  // One pattern: Playwright would read a second array item as the option's settings.
  test.use({ allowConsoleErrors: [/Failed to load resource|Failed to fetch dynamically imported module/] });

  test('says so on the page instead of staying blank', async ({ page }) => {
    await page.route(/\/assets\/index-[\w-]+\.js$/, (route) => route.abort('connectionreset'));
    await page.goto('./');
    // The page's own text, there before any script runs, stays and says what to do.
    await expect(page.getByRole('status')).toHaveText('Loading the dashboard… If this stays, its code could not be loaded: reload the page to try again.');
  });
});

test.describe('a dataset that cannot be used', () => {
  test.use({ allowConsoleErrors: [/status of 500/] });

  test('names the problem, keeps the page alive and recovers on retry', async ({ page }) => {
    let broken = true;
    await page.route('**/data/xiaomi.json', async (route) => {
      if (broken) await route.fulfill({ status: 500, body: 'Internal Server Error', contentType: 'text/plain' });
      else await route.fallback();
    });
    await page.goto('./');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('data/xiaomi.json could not be loaded: the server answered 500');
    broken = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('region', { name: 'Shipments' })).toBeVisible();
  });

  test('keeps every valid figure of a file with broken records, and lists what it left out with its location', async ({ page }) => {
    await page.route('**/data/xiaomi.json', async (route) => {
      const response = await route.fetch();
      const json = await response.json();
      json.observations[0].value = 'many';
      json.sources[1].date = 'yesterday';
      await route.fulfill({ response, json });
    });
    await page.goto('./');
    const notice = page.getByRole('status').filter({ hasText: 'could not be used and were left out' });
    await expect(notice).toContainText('observations[0].value: must be a number');
    await expect(notice).toContainText('sources[1].date: must be a period');
    // What cited the left-out source is listed too, and the rest of the page works.
    await expect(notice).toContainText('unknown source id "q2-2017-shipments-report"');
    await expect(page.getByRole('region', { name: 'Shipments' }).locator('.bar').first()).toBeVisible();
    await expect(page.getByRole('region', { name: 'Key figures' })).toContainText('RMB 271.0 bn');
  });

  test('refuses a file it cannot use at all, saying where and why', async ({ page }) => {
    await page.route('**/data/xiaomi.json', async (route) => {
      const response = await route.fetch();
      const json = await response.json();
      json.schemaVersion = 9;
      await route.fulfill({ response, json });
    });
    await page.goto('./');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('does not match the dataset schema (1 problem)');
    await expect(alert).toContainText('schemaVersion: must be 1');
    await expect(alert.getByRole('button', { name: 'Retry' })).toHaveAttribute('aria-disabled', 'false');
  });
});
