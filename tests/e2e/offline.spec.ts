/**
 * Opened once, the dashboard opens and presents again with the network off: the service worker
 * keeps the page, its chunks and the dataset, and a quiet line says the page is offline.
 */
import { expect, PANELS, test } from './fixtures.ts';

test.use({ serviceWorkers: 'allow' });

test('after one visit, a reload with the network off shows all four panels and presents', async ({ page, context }) => {
  await page.goto('./?from=2012');
  await expect(page.getByRole('region', { name: 'Shipments', exact: true }).locator('.bar').first()).toBeVisible();
  // The worker has installed and kept everything the page needs.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });

  await context.setOffline(true);
  await page.reload();
  for (const name of PANELS) await expect(page.getByRole('region', { name, exact: true }).locator('.bar, .rank-dot, .goal').first()).toBeVisible();
  await expect(page).toHaveURL(/from=2012/);
  // The connection comes and goes while the page is open: the page says so, with the dataset it shows.
  await context.setOffline(false);
  await context.setOffline(true);
  await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toContainText(/Offline: showing what this browser kept, dataset version \d+/);

  await page.getByRole('button', { name: 'Present', exact: true }).click();
  const deck = page.getByRole('dialog', { name: 'Presentation' });
  await expect(deck.getByText('Slide 1 of 5')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(deck.getByRole('heading', { level: 2, name: 'Smartphone shipments' })).toBeVisible();
  await expect(deck.locator('.bar').first()).toBeVisible();
  // The revenue slide's chart is a chunk of its own: kept too.
  await page.keyboard.press('ArrowRight');
  await expect(deck.getByRole('heading', { level: 2, name: /Revenue by segment/ })).toBeVisible();
  await expect(deck.locator('.bar').first()).toBeVisible();
});
