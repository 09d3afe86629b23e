/**
 * A panel embedded in another site: the Embed code from the panel's menu, pasted into a host
 * page on another origin, shows that one panel with its sources, reports its height to the host,
 * and passes axe; the full dashboard refuses to be framed by the same host.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expectNoAxeViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';

let host: Server;
let hostPage = '';
test.beforeAll(async () => {
  // Another origin (another port), on this machine: the browser lets a local page frame a local one.
  host = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(hostPage));
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
});
test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));
const hostUrl = () => `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;

test('the Embed code shows one panel in another site, fitted to its height, with its sources', async ({ page, baseURL }) => {
  await page.goto('./?from=2012&to=2023');
  const shipments = page.getByRole('region', { name: 'Shipments' });
  await shipments.getByRole('button', { name: 'Download' }).click();
  await page.getByRole('button', { name: 'Embed in a page…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed Shipments' });
  const code = await dialog.getByLabel('Frame code').inputValue();
  // The panel's own embed page, whose link preview is that panel.
  expect(code).toMatch(
    /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/xiaomi\/dashboard\/embed-shipments\.html\?from=2012&amp;to=2023&amp;embed=shipments&amp;v=[\w.-]+"/,
  );
  const script = await dialog.locator('pre').textContent();

  hostPage = `<!doctype html><html lang="en"><head><title>An article</title></head><body><main><h1>An article</h1><p>Before the chart.</p>${code}<p>After the chart.</p></main>${script}</body></html>`;
  await page.goto(hostUrl());
  const frame = page.frameLocator('iframe');
  const panel = frame.getByRole('region', { name: 'Shipments' });
  await expect(panel.locator('.bar').first()).toBeVisible();
  // One panel, nothing else of the page: no header, filters or other panels.
  await expect(frame.getByRole('region')).toHaveCount(1);
  await expect(frame.getByRole('heading', { name: 'Xiaomi in figures' })).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Show table' })).toBeVisible();
  await expect(panel.getByText('Sources', { exact: true })).toBeVisible();
  await expect(frame.getByRole('link', { name: 'Open the full view' })).toHaveAttribute(
    'href',
    `${baseURL}shipments.html?from=2012&to=2023&focus=shipments&v=${code.match(/v=([\w.-]+)/)![1]}`,
  );

  // The frame takes the height the panel reports: nothing inside it scrolls.
  const iframe = page.locator('iframe');
  await expect.poll(async () => (await iframe.boundingBox())?.height ?? 0).toBeGreaterThan(640);
  const fits = await frame.locator('html').evaluate((html) => html.scrollHeight <= window.innerHeight + 1);
  expect(fits).toBe(true);
  await expectNoAxeViolations(page, 'a host page with an embedded panel');

  // With no filters here to undo it, a click on a bar shows its details and narrows nothing.
  const bars = await panel.locator('.bar').count();
  await panel.locator('.bar[data-row="2023"]').click();
  const details = panel.getByRole('group', { name: 'Details: 2023' });
  await expect(details).toContainText('145.6 million');
  await expect(details.getByRole('button', { name: /Filter the page/ })).toHaveCount(0);
  await expect(panel.locator('.bar')).toHaveCount(bars);
  expect(await frame.locator('html').evaluate(() => window.location.search)).not.toMatch(/from=2023/);
});

test('an embed page opened without embed= shows its own panel, with only its table toggle', async ({ page }) => {
  await page.goto('./embed-revenue.html');
  const panel = page.getByRole('region', { name: 'Revenue segments' });
  await expect(panel.getByRole('button', { name: 'Show table' }).first()).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Focus' })).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Download' })).toHaveCount(0);
});

test('a panel’s own page shows that panel, whether or not its link still names it', async ({ page }) => {
  // A link shortened by hand: before, it opened all four panels and moved to the dashboard’s page.
  for (const link of ['./goals.html', './goals.html?from=2015', './goals.html?focus=goals']) {
    await page.goto(link);
    await expect(page.getByRole('region', { name: 'Goal tracking' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Shipments' })).toHaveCount(0);
    await expect(page).toHaveURL(/goals\.html\?.*focus=goals/);
    // What else the link sets is kept.
    if (link.includes('from')) await expect(page.getByRole('region', { name: 'Filters' }).locator('.filters__summary')).toContainText('From 2015');
  }
});

test.describe('framing', () => {
  test.use({ allowConsoleErrors: [/Refused to frame|frame-ancestors/] });

  test('the embed page may be framed; the dashboard itself may not', async ({ page, baseURL }) => {
    for (const file of ['embed.html', 'embed-revenue.html']) {
      const embed = await page.request.get(`${baseURL}${file}?embed=revenue`);
      expect(embed.headers()['content-security-policy'], file).toMatch(/frame-ancestors \*$/);
    }
    // A panel's own page is the dashboard: not frameable.
    const revenue = await page.request.get(`${baseURL}revenue.html?slide=3`);
    expect(revenue.headers()['content-security-policy']).toMatch(/frame-ancestors 'none'$/);
    hostPage = `<!doctype html><title>Host</title><iframe title="framed" src="${baseURL}?from=2017"></iframe>`;
    await page.goto(hostUrl());
    await expect.poll(() => page.frames()[1]?.url()).toMatch(/^chrome-error:/);
  });
});

for (const { width, height } of [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
]) {
  test(`at ${width}x${height} the Embed dialog shows its code under its label, inside the dialog`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('./?regions=india');
    await page.getByRole('region', { name: 'Revenue segments' }).getByRole('button', { name: 'Download' }).click();
    await page.getByRole('button', { name: 'Embed in a page…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed Revenue segments' });
    const code = dialog.getByLabel('Frame code');
    await expect(code).toHaveValue(/^<iframe/);
    const layout = await dialog.evaluate((el) => {
      const box = (sel: string) => el.querySelector(sel)!.getBoundingClientRect();
      const pre = el.querySelector('pre')!;
      return { label: box('label'), code: box('textarea'), inner: el.clientWidth, pre: { scroll: pre.scrollWidth, client: pre.clientWidth } };
    });
    // The code starts under its label and takes the dialog's width (less its padding), not a corner of it.
    expect(layout.code.top).toBeGreaterThanOrEqual(layout.label.bottom);
    expect(layout.code.width).toBeGreaterThan(layout.inner * 0.75);
    // The host page's script wraps inside the dialog: nothing runs past its edge.
    expect(layout.pre.scroll).toBeLessThanOrEqual(layout.pre.client);
  });
}

test('an embedded panel says which filters narrow it, and names the parts of its link it could not use', async ({ page }) => {
  await page.goto('./?embed=regions&regions=india&from=abcd');
  const panel = page.getByRole('region', { name: 'Regional performance' });
  await expect(panel.getByText('No annual ranks for India')).toBeVisible();
  // Before, an India-only panel said nothing of it, and from=abcd was dropped without a word.
  await expect(page.getByText(/^Filters: Regions?: India$/)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'not used as given' })).toContainText('not a year');
});
