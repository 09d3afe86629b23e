import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';

const bundled = () => JSON.parse(readFileSync('public/data/xiaomi.json', 'utf8'));

/** Markup that would run if any of it were ever rendered as HTML. */
const HOSTILE = {
  img: '<img src=x onerror="window.__pwned=1">',
  script: '<script>window.__pwned=2</script>',
  link: 'javascript:window.__pwned=3',
};

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null);

test('the built page carries a strict Content-Security-Policy', async ({ page }) => {
  await page.goto('./');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain('unsafe-eval');
  await expect(page.getByRole('region', { name: 'Shipments' }).locator('.bar').first()).toBeVisible();
});

test.describe('the policy is enforced', () => {
  test.use({ allowConsoleErrors: [/Content Security Policy|CSP violation/] });

  test('an injected inline script does not run and eval is refused', async ({ page }) => {
    // A same-origin script (allowed by script-src 'self') that tries eval, as injected code would.
    await page.route('**/csp-probe.js', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: "try { eval('1 + 1'); window.__evalResult = 'ran'; } catch (e) { window.__evalResult = e.name; }",
      }),
    );
    await page.goto('./');
    await expect(page.getByRole('region', { name: 'Shipments' }).locator('.bar').first()).toBeVisible();
    const outcome = await page.evaluate(async () => {
      const inline = document.createElement('script');
      inline.textContent = 'window.__pwned = 4';
      document.head.append(inline);
      const probe = document.createElement('script');
      probe.src = './csp-probe.js';
      await new Promise((resolve) => {
        probe.onload = resolve;
        document.head.append(probe);
      });
      const w = window as unknown as { __pwned?: number; __evalResult?: string };
      return { pwned: w.__pwned ?? null, evalResult: w.__evalResult ?? null };
    });
    expect(outcome).toEqual({ pwned: null, evalResult: 'EvalError' });
  });
});

test('markup inside the data is shown as text and never runs', async ({ page }) => {
  const data = bundled();
  data.sources[0].headline = HOSTILE.img;
  data.sources[0].summary = HOSTILE.script;
  data.metrics.find((m: { id: string }) => m.id === 'smartphone_shipments').label = HOSTILE.script;
  data.goals[0].title = HOSTILE.img;
  data.events[0].title = HOSTILE.link;
  await page.route('**/data/xiaomi.json', (route) => route.fulfill({ json: data }));
  await page.goto('./');
  const goals = page.getByRole('region', { name: 'Goal tracking' });
  await expect(goals.getByText(HOSTILE.img, { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Sources', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Sources' });
  await expect(dialog).toContainText(HOSTILE.img);
  await expect(dialog).toContainText(HOSTILE.script);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Timeline' })).toContainText(HOSTILE.link);
  expect(await page.locator('img[src="x"], a[href^="javascript:"]').count()).toBe(0);
  expect(await pwned(page)).toBeNull();
});

test('a source link in the data is kept only when it is http(s)', async ({ page }) => {
  const data = bundled();
  data.sources[0].url = 'https://example.org/xiaomi-q2-2017';
  data.sources[1].url = HOSTILE.link;
  await page.route('**/data/xiaomi.json', (route) => route.fulfill({ json: data }));
  await page.goto('./');
  // The record with the javascript: link is left out, and the page says where and why.
  const notice = page.getByRole('status').filter({ hasText: 'left out' });
  await expect(notice).toContainText('sources[1].url: must be an http or https address');
  await page.getByRole('button', { name: 'Sources', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Sources' });
  const link = dialog.getByRole('link', { name: /example\.org/ });
  await expect(link).toHaveAttribute('href', 'https://example.org/xiaomi-q2-2017');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(dialog.getByRole('link')).toHaveCount(1);
  expect(await pwned(page)).toBeNull();
});

test('a file the user opens is data only: its markup is shown as text', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('region', { name: 'Shipments' }).locator('.bar').first()).toBeVisible();
  const data = bundled();
  data.sources[0].headline = HOSTILE.img;
  await page.getByLabel('Load data').setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(data)) });
  await expect(page.getByText('Showing your data:')).toBeVisible();
  await page.getByRole('button', { name: 'Sources', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Sources' })).toContainText(HOSTILE.img);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await pwned(page)).toBeNull();
});

test.describe('framing', () => {
  // The host document replaces the dashboard's at the same address, and Chromium may then ask
  // for /favicon.ico at the server's root, which this sub-path site does not serve: a 404 that
  // says nothing about framing.
  test.use({ allowConsoleErrors: [/Refused to frame|frame-ancestors|Failed to load resource: the server responded with a status of 404/] });

  test('the server sends the headers a host should, and another page cannot frame the dashboard', async ({ page, baseURL }) => {
    const response = await page.goto('./');
    expect(response!.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response!.headers()['x-content-type-options']).toBe('nosniff');
    await page.setContent(`<iframe title="framed" src="${baseURL}"></iframe>`);
    const frame = page.frameLocator('iframe[title="framed"]');
    await expect(frame.getByRole('heading', { name: 'Xiaomi in figures' })).toHaveCount(0);
    await expect.poll(() => page.frames()[1]?.url()).toMatch(/^chrome-error:/);
  });
});

test('a pasted link gets a title and description, and no preview tag that points nowhere', async ({ page }) => {
  await page.goto('./');
  await expect(page).toHaveTitle('Xiaomi in figures: shipments, revenue, markets and goals');
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', 'Xiaomi in figures');
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', /each figure with its source/);
  // Built without SITE_URL: no absolute address is known, so none is written.
  await expect(page.locator('meta[property="og:url"], meta[property="og:image"]')).toHaveCount(0);
});
