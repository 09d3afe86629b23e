import { waitForDashboard } from './axe.ts';
import { PANELS, expect, test } from './fixtures.ts';
import { overlappingBoxes, scrollsSideways, unreadableChartText } from './layout.ts';

/** From a small phone to a large monitor. */
const WIDTHS = [360, 768, 1280, 1920, 2560] as const;

for (const width of WIDTHS) {
  test(`the dashboard fits ${width} px: no sideways scrolling, nothing drawn over anything else`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('./');
    await waitForDashboard(page);
    expect(await scrollsSideways(page), 'the page scrolls sideways').toBe(false);

    const header = page.locator('.app-header');
    expect(await overlappingBoxes([header.locator('h1, .app-header__tagline'), header.locator('.app-header__actions > *')])).toEqual([]);
    const filters = page.getByRole('region', { name: 'Filters' });
    expect(await overlappingBoxes([filters.locator('.filters__controls > :not(.filters__buttons), .filters__buttons > *')])).toEqual([]);

    for (const name of PANELS) {
      const panel = page.getByRole('region', { name, exact: true });
      const box = (await panel.boundingBox())!;
      expect(box.x, `${name} starts on screen`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `${name} ends on screen`).toBeLessThanOrEqual(width);
      expect(
        await overlappingBoxes([
          panel.getByRole('heading', { level: 2 }),
          panel.locator('.panel__subtitle'),
          panel.locator('.panel__actions > *'),
          panel.locator('.chart-legend li'),
        ]),
        `${name}: heading, controls and legend`,
      ).toEqual([]);
    }
    await expect.poll(() => unreadableChartText(page)).toEqual([]);
  });
}

test('on a 360 px phone each chart fits its panel: every label on screen, every figure read', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('./');
  await waitForDashboard(page);
  const shipments = page.getByRole('region', { name: 'Shipments' });
  const chart = shipments.locator('svg.recharts-surface').first();
  const panel = (await shipments.boundingBox())!;
  const box = (await chart.boundingBox())!;
  // Twelve years fit the panel's width: nothing to scroll to, the 2023 bar and its value in view.
  expect(box.x).toBeGreaterThanOrEqual(panel.x);
  expect(box.x + box.width).toBeLessThanOrEqual(panel.x + panel.width);
  await chart.scrollIntoViewIfNeeded();
  await expect(shipments.getByText('≈145.6m')).toBeInViewport();
  await expect.poll(() => unreadableChartText(page)).toEqual([]);
  expect(await scrollsSideways(page)).toBe(false);

  // Read by keyboard, every period's tooltip is shorter than the screen: a period with more
  // events than a tooltip lists (2015 has five) points to the timeline for the rest.
  await chart.focus();
  const tooltip = shipments.locator('.chart-tooltip');
  const read: { height: number; text: string }[] = [];
  for (let i = 0; i < 11; i++) {
    await page.keyboard.press('ArrowRight');
    if (await tooltip.isVisible()) read.push({ height: (await tooltip.boundingBox())!.height, text: (await tooltip.textContent()) ?? '' });
  }
  expect(read.length).toBeGreaterThan(3);
  expect(Math.max(...read.map((r) => r.height))).toBeLessThan(800 * 0.7);
  expect(read.map((r) => r.text).join(' ')).toMatch(/\d more events? in 2015: see the Timeline/);
  await expect(tooltip).toContainText('about 145.6 million smartphones');
  const tip = (await tooltip.boundingBox())!;
  expect(tip.x).toBeGreaterThanOrEqual(0);
  expect(tip.x + tip.width).toBeLessThanOrEqual(360);
  expect(tip.y + tip.height).toBeLessThanOrEqual(800);
  expect(await scrollsSideways(page)).toBe(false);
});

test('on a 360 px phone the tables and the timeline read across the width, not a word per line', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('./');
  await waitForDashboard(page);
  for (const name of ['Every figure in the dataset', 'Consistency checks between figures and sources']) {
    const table = page.getByRole('table', { name });
    const caption = table.locator('caption');
    await caption.scrollIntoViewIfNeeded();
    const [tableBox, captionBox] = [(await table.boundingBox())!, (await caption.boundingBox())!];
    expect(captionBox.width, `${name}: caption width`).toBeGreaterThan(tableBox.width * 0.8);
    expect(captionBox.height, `${name}: caption on at most two lines`).toBeLessThan(50);
  }
  const event = page.getByRole('region', { name: 'Timeline' }).locator('.timeline__item').first();
  const [itemBox, titleBox] = [(await event.boundingBox())!, (await event.locator('.timeline__title').boundingBox())!];
  expect(titleBox.width, "the first event's words").toBeGreaterThan(itemBox.width * 0.8);
  expect(await scrollsSideways(page)).toBe(false);
});

test('on a 768 px tablet the figures table gives its sources room: a value wraps before a source runs to four lines', async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.goto('./');
  const table = page.getByRole('table', { name: 'Every figure in the dataset' });
  const source = table.locator('tbody tr').first().locator('td').last();
  await source.scrollIntoViewIfNeeded();
  await expect(source).toHaveText('H1 2015 sales report, Jul 2015');
  const lines = await source.evaluate((td) => td.getBoundingClientRect().height / parseFloat(getComputedStyle(td).lineHeight));
  // "H1 2015 / sales / report, Jul / 2015" before, beside a value kept on one line.
  expect(lines).toBeLessThan(4);
  expect(await scrollsSideways(page)).toBe(false);
});

test('on a 390 px phone a long search that finds nothing wraps in its message, not across the page', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const typed = `https://example.com/${'x'.repeat(120)}`;
  await page.goto(`./?q=${encodeURIComponent(typed)}`);
  await expect(page.getByText(`No figure under the filters matches “${typed}”.`)).toBeVisible();
  expect(await scrollsSideways(page)).toBe(false);
});

test('at 1440 px the four figures folded under "Show all" fill one row of a wide panel', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('./');
  const figures = page.getByRole('region', { name: 'Revenue segments' }).locator('.facts__list > li');
  await expect(figures).toHaveCount(4);
  const boxes = await figures.evaluateAll((items) => items.map((li) => li.getBoundingClientRect()).map((b) => ({ top: b.top, left: b.left })));
  expect(new Set(boxes.map((b) => Math.round(b.top))).size).toBe(1);
  expect(new Set(boxes.map((b) => Math.round(b.left))).size).toBe(4);
});

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
] as const) {
  test(`every slide fits a ${width}×${height} screen without overlaps`, async ({ page }) => {
    // Five slides, each measured part by part: slower than the default limit on busy cores.
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height });
    await page.goto('./?slide=1');
    const deck = page.getByRole('dialog', { name: 'Presentation' });
    for (let slide = 1; slide <= 5; slide++) {
      await expect(deck.getByText(`Slide ${slide} of 5`)).toBeVisible();
      if (slide > 1) await expect(deck.locator('.bar, .rank-dot').first()).toBeVisible();
      // A chart's size settles: one that grows with each resize of its frame would creep off the slide.
      const sizes = () =>
        deck.locator('.slide__body svg.recharts-surface').evaluateAll((svgs) => svgs.map((svg) => Math.round(svg.getBoundingClientRect().height)));
      const before = await sizes();
      await page.evaluate(
        () =>
          new Promise<void>((done) => {
            let frames = 10;
            const next = () => (--frames ? requestAnimationFrame(next) : done());
            requestAnimationFrame(next);
          }),
      );
      expect(await sizes(), `slide ${slide}: chart height is stable`).toEqual(before);
      const parts = [
        deck.locator('.slide__kicker, .slide__title, .slide__subtitle, .slide__figure, .title-slide__figure'),
        deck.locator('.slide__body svg.recharts-surface, .slide__goal-list li'),
        deck.locator('.slide__footer'),
        deck.locator('.deck__controls'),
      ];
      expect(await overlappingBoxes(parts), `slide ${slide}`).toEqual([]);
      for (const part of parts) {
        for (const element of await part.all()) {
          const box = (await element.boundingBox())!;
          expect(box.y + box.height, `slide ${slide}: "${(await element.textContent())?.slice(0, 40)}" is below the screen`).toBeLessThanOrEqual(height + 1);
        }
      }
      expect(await scrollsSideways(page), `slide ${slide} scrolls sideways`).toBe(false);
      await expect.poll(() => unreadableChartText(page), { message: `slide ${slide}` }).toEqual([]);
      // The title opens the slide at the top of the screen, with no empty band above it.
      const title = (await deck.locator('.slide__title').boundingBox())!;
      expect(title.y, `slide ${slide}: space above the title`).toBeLessThanOrEqual(80);
      await page.keyboard.press('ArrowRight');
    }
  });
}

test('a slide opened from a link with mistakes keeps its chart whole and readable under the notice', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./?slide=2&from=zzz&to=qq&currency=EUR');
  const deck = page.getByRole('dialog', { name: 'Presentation' });
  await expect(deck.getByRole('status').filter({ hasText: '3 parts of the link were not used as given' })).toBeVisible();
  await expect(deck.locator('.bar').first()).toBeVisible();
  const chart = (await deck.locator('.slide__body svg.recharts-surface').boundingBox())!;
  expect(chart.height).toBeGreaterThanOrEqual(200);
  await expect.poll(() => unreadableChartText(page)).toEqual([]);
});

test('years the sources say nothing about share one slot, so the bars that have figures keep their width', async ({ page }) => {
  await page.goto('./?from=2012');
  await waitForDashboard(page);
  const revenue = page.getByRole('region', { name: 'Revenue segments', exact: true });
  // Profit and R&D: figures for 2022 and 2023 only. Ten slots of their own left these bars 3–6 px wide.
  const results = revenue.locator('.recharts-wrapper').filter({ has: page.locator('[aria-label*="net profit"]') });
  const bars = results.locator('.bar > rect:not(.hit-area)');
  await expect(bars).toHaveCount(4);
  for (const bar of await bars.all()) expect((await bar.boundingBox())!.width).toBeGreaterThanOrEqual(20);
  await expect(results.locator('.tick--empty')).toHaveText('2012–2021');
  await expect(revenue.getByText('No annual figure in the sources for 2012–2021.')).toBeVisible();

  // Pointed at, the slot reads as the years it stands for.
  await results.scrollIntoViewIfNeeded();
  const slot = (await results.locator('.tick--empty').boundingBox())!;
  await page.mouse.move(slot.x + slot.width / 2, slot.y - 60);
  await expect(results.locator('.chart-tooltip')).toContainText('2012–2021No figure in the sources');
});
