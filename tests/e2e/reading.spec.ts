/**
 * The page as a new user meets it: the first screen on a laptop and a phone, taps and quick
 * clicks that act on what is under the finger, filters that never mislead, menus that behave
 * like the platform's, and decks that show what they say.
 */
import type { Page } from '@playwright/test';
import { expect, saveAndPresent, test } from './fixtures.ts';
import { unreadableChartText } from './layout.ts';

const shipments = (page: Page) => page.getByRole('region', { name: 'Shipments' });

async function noSidewaysScroll(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll, 'the page scrolls sideways').toBeLessThanOrEqual(client);
}

for (const [width, height] of [
  [1280, 800],
  [1440, 900],
] as const) {
  test(`at ${width}×${height} the first panel's chart is on the first screen, whole`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('./');
    const chart = shipments(page).locator('svg.recharts-surface').first();
    await expect(chart).toBeVisible();
    const box = (await chart.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(height);
  });

  for (const [query, what, button] of [
    ['regions=china&currency=USD', 'a region filter in USD', 'Regions Mainland China'],
    // With room for it, the longest segment name is shown whole.
    ['segments=iot', 'a long segment name', 'Segments IoT and lifestyle products'],
    // Two long names share what the row has left, cut short on the buttons but named in full.
    ['regions=overseas&segments=iot', 'a long region and a long segment name', 'Regions Outside mainland China'],
    // Year selects as wide as their year, so Reset filters keeps to the line.
    ['from=2019&to=2023&regions=china,india&segments=iot&currency=USD', 'every filter set', 'Reset filters'],
  ] as const) {
    test(`at ${width}×${height} ${what} keeps the filters on one line and the chart's axis on screen`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto(`./?${query}`);
      const filters = page.getByRole('region', { name: 'Filters' });
      await expect(filters.getByRole('button', { name: button })).toBeVisible();
      // One line: every control sits on the same row as the first.
      const tops = await filters
        .locator('.filters__controls > *, .filters__share')
        .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
      expect(new Set(tops).size).toBe(1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), 'nothing scrolls sideways').toBeLessThanOrEqual(width);
      if (query === 'segments=iot') {
        const summary = filters.getByRole('button', { name: button }).locator('.multi-select__summary');
        expect(await summary.evaluate((e) => e.scrollWidth <= e.clientWidth), 'the whole name shows').toBe(true);
      }
      // The year axis below the bars, to the foot of its lowest label ("2022" under "2019–").
      const chart = shipments(page).locator('svg.recharts-surface').first();
      await expect(chart.locator('text.tick', { hasText: /^2023$/ })).toBeVisible();
      const axisFoot = await chart.locator('text.tick').evaluateAll((ticks) => Math.max(...ticks.map((t) => t.getBoundingClientRect().bottom)));
      expect(axisFoot).toBeLessThanOrEqual(height);
      // And the legend that says what the bars are.
      const legend = (await shipments(page).getByRole('list', { name: 'Legend' }).first().boundingBox())!;
      expect(legend.y + legend.height).toBeLessThanOrEqual(height);
    });
  }
}

test('at 1280 px, tables in a third of a panel become cards rather than cut their words off', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./?tables=revenue,regions');
  const wraps = page.locator('#revenue .table-wrap, #regions .table-wrap');
  await expect(wraps).toHaveCount(5);
  for (const wrap of await wraps.all()) {
    // Nothing is wider than its column, so nothing is cut off or scrolls.
    expect(await wrap.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
  }
  // A card still labels each value.
  await expect(page.locator('#revenue td[data-label="Value"]').first()).toBeVisible();
});

test('at 1200 px, the narrowest one-row filter bar, every filter set still fits, each button keeping its name', async ({ page }) => {
  await page.setViewportSize({ width: 1200, height: 800 });
  await page.goto('./?from=2019&to=2023&regions=overseas&segments=iot&currency=USD&derived=false');
  const filters = page.getByRole('region', { name: 'Filters' });
  await expect(filters.getByRole('button', { name: 'Reset filters' })).toBeVisible();
  const tops = await filters.locator('.filters__controls > *, .filters__share').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
  expect(new Set(tops).size).toBe(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1200);
  for (const name of ['Regions', 'Segments']) {
    const button = filters.getByRole('button', { name: new RegExp(`^${name} `) });
    const [label, box] = await Promise.all([button.locator('.field__label').boundingBox(), button.boundingBox()]);
    // The name, then room for the arrow at the button's right.
    expect(label!.x + label!.width).toBeLessThanOrEqual(box!.x + box!.width - 20);
  }
});

for (const [width, height] of [
  [1280, 800],
  [1920, 1080],
] as const) {
  test(`at ${width}×${height}, in RMB and in USD, no chart label runs into another`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    for (const currency of ['RMB', 'USD']) {
      await page.goto(`./?currency=${currency}`);
      for (const name of ['Shipments', 'Revenue segments', 'Regional performance', 'Goal tracking'])
        await expect(page.getByRole('region', { name }).locator('svg.recharts-surface').first()).toBeVisible();
      // The 2023 profit and R&D bars stand side by side: ≈2.8bn over each ran together at 1920.
      await expect(page.getByRole('region', { name: 'Revenue segments' }).locator('text.bar-label').first()).toBeVisible();
      await expect.poll(() => unreadableChartText(page), { message: currency }).toEqual([]);
    }
  });
}

test('at 1280×800 the goals fill their columns evenly, with no empty space beside the tall one', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./');
  const goals = page
    .getByRole('region', { name: 'Goal tracking' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3 }) });
  await expect(goals).toHaveCount(7);
  const boxes = await goals.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ x: Math.round(r.x), height: r.height })));
  const columns = new Map<number, number>();
  for (const b of boxes) columns.set(b.x, (columns.get(b.x) ?? 0) + b.height);
  expect(columns.size, 'goals side by side').toBeGreaterThan(1);
  // Rows of cards left the others short by more than the tallest card (the one with a chart).
  const tallest = Math.max(...boxes.map((b) => b.height));
  expect(Math.max(...columns.values()) - Math.min(...columns.values())).toBeLessThan(tallest);
});

for (const [width, height] of [
  [1440, 900],
  [1920, 1080],
] as const)
  test(`at ${width}×${height} the revenue charts side by side stand on one baseline`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('./');
    const panel = page.getByRole('region', { name: 'Revenue segments' });
    const axisOf = (title: string) => panel.locator('.subchart').filter({ hasText: title }).locator('.recharts-xAxis line.recharts-cartesian-axis-line');
    const [byYear, results] = [axisOf('Revenue by year'), axisOf('Adjusted net profit and R&D spending by year')];
    // A horizontal line has no height: Playwright calls it attached, never visible.
    await expect(byYear).toBeAttached();
    await expect(results).toBeAttached();
    const top = async (axis: typeof byYear) => (await axis.boundingBox())!.y;
    // Beside each other, not one above the other.
    expect(Math.abs((await byYear.boundingBox())!.x - (await results.boundingBox())!.x)).toBeGreaterThan(300);
    // Before, revenue's takeaway ran a line longer, and its axis stood 19 px lower. Within 3 px
    // now: its "2019–2022" tick takes two lines.
    expect(Math.abs((await top(byYear)) - (await top(results)))).toBeLessThanOrEqual(3);
    await expect.poll(() => unreadableChartText(page)).toEqual([]);
  });

for (const [width, height] of [
  [1440, 900],
  // The bars are 49 px, narrower than "≈16.0bn": it reaches past its bar, over the lower 2022 bar beside it.
  [1280, 800],
  // A phone: 44 px bars. 2023's two labels, as high as each other, stand outward from the pair
  // (before, three of the four were left out).
  [390, 844],
] as const)
  test(`at ${width}×${height}, where four bars share a third of a panel, each says its value`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('./');
    const chart = page
      .getByRole('region', { name: 'Revenue segments' })
      .locator('.subchart')
      .filter({ hasText: 'Adjusted net profit and R&D spending by year' });
    await expect(chart.locator('.bar rect:not(.hit-area)')).toHaveCount(4);
    // Adjusted net profit and R&D for 2022 (both derived) and 2023, over their bars, none over another.
    await expect(chart.locator('text.bar-label')).toHaveText(['≈8.5bn', '19.3bn', '≈16.0bn', '19.1bn']);
    // No label over another label, or over a bar.
    const boxesOf = (selector: string) => chart.locator(selector).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
    const labels = await boxesOf('text.bar-label');
    const bars = await boxesOf('.bar rect:not(.hit-area)');
    const apart = (a: DOMRect, b: DOMRect) => a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
    for (const [i, a] of labels.entries()) {
      for (const b of labels.slice(i + 1)) expect(apart(a, b)).toBe(true);
      for (const b of bars) expect(apart(a, b)).toBe(true);
    }
  });

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the first chart begins on the first screen, and nothing scrolls sideways or overlaps', async ({ page }) => {
    await page.goto('./');
    const chart = shipments(page).locator('svg.recharts-surface').first();
    await expect(chart).toBeVisible();
    expect((await chart.boundingBox())!.y).toBeLessThan(844);
    for (const name of ['Revenue segments', 'Regional performance', 'Goal tracking'])
      await expect(page.getByRole('region', { name }).locator('svg').first()).toBeVisible();
    await noSidewaysScroll(page);
    await expect.poll(() => unreadableChartText(page)).toEqual([]);
    // No chart text smaller than 11 px.
    const small = await page.evaluate(
      () =>
        [...document.querySelectorAll('.recharts-surface text')].filter((t) => t.textContent?.trim() && parseFloat(getComputedStyle(t).fontSize) < 11).length,
    );
    expect(small).toBe(0);
  });

  test('a value label wider than its year still shows where the column beside it stands clear: 7.2m over 2012', async ({ page }) => {
    await page.goto('./');
    const chart = shipments(page).locator('svg.recharts-surface').first();
    const label = chart.locator('text.bar-label', { hasText: /^7\.2m$/ });
    await expect(label).toBeVisible();
    const rect = (l: typeof label) => l.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
    const text = await rect(label);
    // Wider than its year's 30 px, it passes over the 2013 column's side, its halo (0.55em of
    // stroke, 3.3 px a side) clear of it.
    const slot = await rect(chart.locator('.period-column').first());
    expect(text.width).toBeGreaterThan(slot.width * 0.8);
    const next = await rect(chart.locator('.bar[data-row="2013"] rect:not(.hit-area)'));
    expect(text.right + 3.3).toBeLessThanOrEqual(next.left);
    await expect.poll(() => unreadableChartText(page)).toEqual([]);
  });

  test('a target is labelled over a neighbour whose bar and label stand below it: 2015’s 80–100m beside 2014’s 61m', async ({ page }) => {
    for (const width of [390, 360]) {
      await page.setViewportSize({ width, height: 844 });
      await page.goto('./');
      const chart = shipments(page).locator('svg.recharts-surface').first();
      // Before, 2014's bar kept the label to 2015's own 30 px, too narrow for it: no label at all.
      await expect(chart.locator('.target-mark[data-row="2015"] .target-label tspan')).toHaveText(['target', '80–100m']);
      await expect(chart.locator('text.bar-label', { hasText: /^61m$/ })).toBeVisible();
      await expect.poll(() => unreadableChartText(page)).toEqual([]);
    }
  });

  test('quarterly rank labels side by side stand a space apart, not run together', async ({ page }) => {
    await page.goto('./?ranks=quarter');
    const chart = page.getByRole('region', { name: 'Regional performance' }).locator('svg.recharts-surface').first();
    await expect(chart.locator('text.bar-label').first()).toBeVisible();
    const boxes = await chart.locator('text.bar-label').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
    // Before, India's two "No. 1" labels stood 2.6 px apart, their halos touching: "No. 1No. 1".
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) {
        const sameLine = a.top < b.bottom && b.top < a.bottom;
        if (sameLine) expect(Math.max(b.left - a.right, a.left - b.right)).toBeGreaterThanOrEqual(6);
      }
  });

  test('the whole page is under half the 33,000 px it once was, its long lists folded behind “Show all”', async ({ page }) => {
    await page.goto('./');
    for (const name of ['Shipments', 'Revenue segments', 'Regional performance', 'Goal tracking'])
      await expect(page.getByRole('region', { name }).locator('svg').first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'All figures' })).toBeVisible();
    await expect(shipments(page).getByRole('button', { name: /^Show all \d+$/ })).toBeVisible();
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(16_500);
    // Unfolding a list adds its figures back: the fold is what keeps the page short.
    await shipments(page)
      .getByRole('button', { name: /^Show all \d+$/ })
      .click();
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(height);
  });

  test('the five key figures fill their two columns, the last one across both', async ({ page }) => {
    await page.goto('./');
    const figures = page.locator('.headline__item');
    await expect(figures).toHaveCount(5);
    const boxes = await figures.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()));
    const list = (await page.locator('.headline__list').boundingBox())!;
    // Each row is filled edge to edge: no half-empty row beside the odd one out.
    for (const box of [boxes[1]!, boxes[3]!, boxes[4]!]) expect(box.right).toBeCloseTo(list.x + list.width, 0);
  });

  test('on a 360×740 phone the header keeps its actions on one row and the first chart begins on the first screen', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('./');
    const chart = shipments(page).locator('svg.recharts-surface').first();
    await expect(chart).toBeVisible();
    expect((await chart.boundingBox())!.y).toBeLessThan(740);
    const actions = page.locator('.app-header__actions > .button, .app-header__actions > * > .button');
    await expect(actions).toHaveCount(5);
    const tops = new Set<number>();
    for (const action of await actions.all()) tops.add(Math.round((await action.boundingBox())!.y));
    expect([...tops], 'the header actions share one row').toHaveLength(1);
    await noSidewaysScroll(page);
  });

  test('on a 360×740 phone two filters still leave the first chart starting on the first screen', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('./?regions=china&segments=iot');
    // What is set takes a line of its own, whole, in two lines at most.
    await expectFilterSummary(page, 'Regions: Mainland China · Segments: IoT and lifestyle products', 2);
    const chart = shipments(page).locator('svg.recharts-surface').first();
    await expect(chart).toBeVisible();
    expect((await chart.boundingBox())!.y).toBeLessThan(740);
  });

  test('on a 360×740 phone every filter of a shared link is named, none cut off', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('./?regions=china,india,overseas&segments=internet,iot&from=2019&to=2020&currency=USD&derived=false');
    // In its short words ("3 regions") the line keeps to three lines at 360 px; named in full it took six.
    await expectFilterSummary(page, 'Years: 2019–2020 · USD · 3 regions · Segments: IoT and lifestyle products, Internet services · Derived values hidden', 3);
    await page.getByRole('button', { name: 'Filters (5)' }).tap();
    // The regions counted in the summary are each a tap away.
    await page.getByRole('button', { name: 'Regions 3 of 8' }).tap();
    const regions = page.getByRole('group', { name: 'Regions' });
    for (const name of ['Mainland China', 'India', 'Outside mainland China']) await expect(regions.getByRole('checkbox', { name, exact: true })).toBeChecked();
  });

  test('on its side the key figures take one row and the filters fold into a button, so the first chart begins on screen', async ({ page }) => {
    await page.setViewportSize({ width: 844, height: 390 });
    await page.goto('./');
    const figures = page.locator('.headline__item');
    await expect(figures).toHaveCount(5);
    const tops = new Set<number>();
    for (const figure of await figures.all()) tops.add(Math.round((await figure.boundingBox())!.y));
    expect([...tops], 'the key figures share one row').toHaveLength(1);
    const filters = page.getByRole('region', { name: 'Filters' });
    await expect(filters.getByRole('button', { name: 'Filters' })).toBeVisible();
    await expect(filters.getByLabel('From')).toBeHidden();
    const chart = shipments(page).locator('svg.recharts-surface').first();
    await expect(chart).toBeVisible();
    expect((await chart.boundingBox())!.y).toBeLessThan(390);
    await noSidewaysScroll(page);
  });

  test('a tap shows what was tapped, with its source, and only then offers to filter to it', async ({ page }) => {
    await page.goto('./');
    const revenue = page.getByRole('region', { name: 'Revenue segments' });
    await revenue.locator('.bar[data-row="internet"] rect').last().tap();
    const details = page.getByRole('group', { name: 'Details: Internet services' });
    await expect(details).toContainText('RMB 30.1 bn');
    // The tap leaves no focus ring drawn round the plot.
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('none');
    await expect(details).toContainText('Source:');
    expect(new URL(page.url()).searchParams.get('segments')).toBeNull();
    await details.getByRole('button', { name: 'Filter the page to Internet services' }).tap();
    await expect(page).toHaveURL(/segments=internet/);
  });

  test('the years chosen run to the axis’s end, each stretch without figures shaded as such', async ({ page }) => {
    await page.goto('./?from=2014&to=2018');
    const revenue = page.getByRole('region', { name: 'Revenue segments' });
    await expect(revenue.locator('.chart__gaps').first()).toHaveText('No annual figure in the sources for 2014–2016, 2018.');
    const chart = revenue.locator('svg.recharts-surface').first();
    // One shaded band per stretch, the last one too, though it ends on the axis's last year.
    await expect(chart.locator('.recharts-reference-area')).toHaveCount(2);
    await expect(chart.locator('text.tick').last()).toHaveText('2018');
    await expect(chart.locator('text.bar-label', { hasText: '100bn' })).toBeVisible();
  });

  test('a target’s label says “target” however narrow the chart, never a bare number', async ({ page }) => {
    await page.goto('./');
    // On one line where it fits, "target" over "100m" where it does not; never "100m" alone.
    const label = shipments(page).locator('.target-mark[data-row="2018"] text');
    await expect(label).toHaveText(/^target ?100m$/);
    await page.setViewportSize({ width: 360, height: 740 });
    await expect(label).toHaveText(/^target ?100m$/);
  });

  test('a tap on a target shows it and offers its goal', async ({ page }) => {
    await page.goto('./');
    // A range is a band, a target in itself; a single value is a thin line, which a finger misses.
    for (const [row, goal] of [['2018', 'ship-100m-2018']] as const) {
      const mark = shipments(page).locator(`.target-mark[data-row="${row}"] > :is(line, rect):not(.target-mark__hit, .bar-label-plate)`);
      await mark.scrollIntoViewIfNeeded();
      const box = (await mark.boundingBox())!;
      // A finger lands near a thin line, not on it.
      await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2 - 8);
      await page.getByRole('button', { name: /^See the goal in Goal tracking/ }).click();
      await expect(page.locator(`#goal-${goal}`)).toBeFocused();
    }
  });

  test('a tap on a target’s label, where it spreads over a year of events, opens that target', async ({ page }) => {
    await page.goto('./');
    const label = shipments(page).locator('.target-mark[data-row="2018"] text');
    await label.scrollIntoViewIfNeeded();
    const box = (await label.boundingBox())!;
    // The label's left end (inside its halo) stands over 2017's column, which has events and no figure of its own.
    await page.touchscreen.tap(box.x + 10, box.y + box.height / 2);
    const details = page.getByRole('group', { name: 'Details: 2018' });
    await expect(details).toContainText('100 million smartphones');
    await expect(details).toContainText('Target');
  });

  test('a tap on a bar at the foot of the first screen brings what it shows into view', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('./');
    const bar = shipments(page).locator('.bar[data-row="2023"] rect').last();
    await expect(bar).toBeVisible();
    const box = (await bar.boundingBox())!;
    // The bar's top shows on the first screen; its details are drawn under the chart, below it.
    expect(box.y).toBeLessThan(740);
    await page.touchscreen.tap(box.x + box.width / 2, Math.max(box.y, 0) + 4);
    const details = page.getByRole('group', { name: 'Details: 2023' });
    await expect(details).toContainText('145.6 million');
    await expect(details).toBeInViewport({ ratio: 0.99 });
  });

  test('a tap on a bar’s value label is a tap on its bar', async ({ page }) => {
    await page.goto('./');
    const label = shipments(page).locator('text.bar-label', { hasText: '61m' });
    const box = (await label.boundingBox())!;
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await expect(page.getByRole('group', { name: 'Details: 2014' })).toContainText('61 million');
  });

  test('a value label that runs onto the grey of years without figures is haloed in that grey', async ({ page }) => {
    await page.goto('./');
    const label = shipments(page).locator('text.bar-label', { hasText: '≈145.6m' });
    await expect(label).toBeVisible();
    const seen = await label.evaluate((text: SVGTextElement) => {
      const svg = text.ownerSVGElement!;
      const band = (svg.querySelector('.recharts-reference-area-rect') as SVGGraphicsElement).getBBox();
      const gradient = svg.querySelector(
        text.getAttribute('stroke')?.match(/#([^)"]+)/)?.[1] ? `#${CSS.escape(text.getAttribute('stroke')!.match(/#([^)"]+)/)![1]!)}` : 'none',
      );
      const box = text.getBBox();
      if (!(gradient instanceof SVGLinearGradientElement)) return { overlaps: box.x < band.x + band.width, paint: null };
      const x1 = gradient.x1.baseVal.value;
      const x2 = gradient.x2.baseVal.value;
      const xAt = (stop: SVGStopElement) => x1 + Number(stop.getAttribute('offset')) * (x2 - x1);
      const stops = [...gradient.querySelectorAll('stop')];
      // The paint just inside the label's left edge: the last stop at or before it.
      const at = stops.filter((s) => xAt(s) <= box.x + 1).at(-1)!;
      const grey = stops.filter((s) => s.classList.contains('halo-stop--gap')).map(xAt);
      const colour = (s: SVGStopElement) => getComputedStyle(s).stopColor;
      return {
        overlaps: box.x < band.x + band.width,
        paint: at.classList.contains('halo-stop--gap') ? 'grey' : 'background',
        greySpan: [Math.min(...grey), Math.max(...grey)],
        band: [band.x, band.x + band.width],
        differ: colour(stops.find((s) => s.classList.contains('halo-stop--gap'))!) !== colour(stops[0]!),
      };
    });
    // On a phone the label is wider than its bar and reaches over the shaded years before 2023.
    expect(seen.overlaps).toBe(true);
    expect(seen.paint).toBe('grey');
    expect(seen.greySpan![0]).toBeCloseTo(seen.band![0]!, 0);
    expect(seen.greySpan![1]).toBeCloseTo(seen.band![1]!, 0);
    expect(seen.differ).toBe(true);
  });

  test('where only some years can be labelled, the years with figures are', async ({ page }) => {
    await page.goto('./');
    const ticks = shipments(page).locator('svg.recharts-surface').first().locator('text.tick');
    await expect(ticks.last()).toHaveText('2023');
    const shown = await ticks.allTextContents();
    expect(shown.length, 'the axis is thinned on a phone').toBeLessThan(12);
    for (const year of ['2012', '2014', '2023']) expect(shown).toContain(year);
  });

  test('a key figure’s source opens on a tap, with its full citation', async ({ page }) => {
    await page.goto('./');
    const strip = page.getByRole('region', { name: 'Key figures' });
    const source = strip.getByRole('button', { name: 'Revenue: source' });
    await source.tap();
    const citation = page.getByRole('group', { name: 'Source of Revenue' });
    await expect(citation).toBeVisible();
    await expect(citation).toContainText('2023 annual results');
    await page.keyboard.press('Escape');
    await expect(citation).toBeHidden();
  });

  test('a tap on a period with events and no bar shows those events', async ({ page }) => {
    await page.goto('./');
    // 2016 has one event and no shipment figure: its column is still there to tap.
    const slot = shipments(page).locator('.period-column[data-row="2016"]');
    await slot.scrollIntoViewIfNeeded();
    const column = (await slot.boundingBox())!;
    await page.touchscreen.tap(column.x + column.width / 2, column.y + column.height * 0.6);
    const details = page.getByRole('group', { name: 'Details: 2016' });
    await expect(details).toContainText('No figure in the sources for 2016.');
    await expect(details).toContainText('Events');
  });

  test('a tap that misses every mark shows the period under the finger, not the one before', async ({ page }) => {
    await page.goto('./');
    const url = page.url();
    const chart = shipments(page).locator('svg.recharts-surface').first();
    await chart.scrollIntoViewIfNeeded();
    const chartBox = (await chart.boundingBox())!;
    // Above the 2014 bar, in its column: that year, with the bar's figure.
    const bar = (await shipments(page).locator('.bar[data-row="2014"] rect').last().boundingBox())!;
    await page.touchscreen.tap(bar.x + bar.width / 2, chartBox.y + 8);
    await expect(page.getByRole('group', { name: 'Details: 2014' })).toContainText('61');
    // Then the slot of the years without figures, at the foot of the chart where its axis label
    // would be: its own details replace 2014's.
    await chart.scrollIntoViewIfNeeded();
    const slot = (await shipments(page).locator('.period-column[data-row="2019"]').boundingBox())!;
    await page.touchscreen.tap(slot.x + slot.width / 2, slot.y + slot.height - 12);
    const details = page.getByRole('group', { name: /^Details: 2019/ });
    await expect(details).toContainText('No figure in the sources');
    await expect(page.getByRole('group', { name: 'Details: 2014' })).toHaveCount(0);
    // Nothing was filtered by either tap.
    expect(page.url()).toBe(url);
  });

  test('what a tap shows closes on Escape and on a tap elsewhere', async ({ page }) => {
    await page.goto('./');
    const bar = shipments(page).locator('.bar[data-row="2014"] rect').last();
    const details = page.getByRole('group', { name: 'Details: 2014' });
    await bar.tap();
    await expect(details).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(details).toBeHidden();
    await bar.tap();
    await expect(details).toBeVisible();
    await page.getByRole('heading', { name: 'Xiaomi in figures' }).tap();
    await expect(details).toBeHidden();
  });

  test('a tap on a period lists its events too, as hovering does', async ({ page }) => {
    await page.goto('./?from=2015&to=2018');
    const revenue = page.getByRole('region', { name: 'Revenue segments' });
    await revenue.locator('.bar[data-row="2017"] rect').last().tap();
    const details = page.getByRole('group', { name: 'Details: 2017' });
    await expect(details).toContainText('Events');
    await expect(details.getByRole('listitem').first()).toContainText('2017');
    await expect(details).toContainText(/more events? in 2017: see the Timeline/);
  });

  test('filters open from one button that says what is set, beside Copy link', async ({ page }) => {
    await page.goto('./?from=2015&to=2017');
    const filters = page.getByRole('region', { name: 'Filters' });
    await expect(filters.getByText('Years: 2015–2017', { exact: true })).toBeVisible();
    await expect(filters.getByLabel('From')).toBeHidden();
    await filters.getByRole('button', { name: 'Filters (1)' }).tap();
    await expect(filters.getByLabel('From')).toBeVisible();
    await expect(filters.getByRole('button', { name: 'Copy link' })).toBeVisible();
  });

  test('on a slide, what a tap on a bar shows lies under the chart, leaving the chart to be seen', async ({ page }) => {
    await page.goto('./shipments.html?slide=2');
    const deck = page.getByRole('dialog', { name: 'Presentation' });
    await deck.locator('.bar[data-row="2014"] rect:not(.hit-area)').tap();
    const details = deck.getByRole('group', { name: 'Details: 2014' });
    await expect(details).toContainText('61 million');
    await expect(details).toBeInViewport();
    const chart = (await deck.locator('svg.recharts-surface').first().boundingBox())!;
    const card = (await details.boundingBox())!;
    expect(card.y).toBeGreaterThanOrEqual(chart.y + chart.height - 1);
    await expect(deck.locator('.bar[data-row="2023"] rect:not(.hit-area)')).toBeInViewport();
  });

  test('a swipe across a slide turns it, over its chart too', async ({ page }) => {
    await page.goto('./?slide=2');
    const deck = page.getByRole('dialog', { name: 'Presentation' });
    await expect(deck.getByText('Slide 2 of 5')).toBeVisible();
    const cdp = await page.context().newCDPSession(page);
    const stroke = async (from: [number, number], to: [number, number]) => {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from[0], y: from[1] }] });
      for (let i = 1; i <= 6; i++) {
        const at = { x: from[0] + ((to[0] - from[0]) * i) / 6, y: from[1] + ((to[1] - from[1]) * i) / 6 };
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [at] });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    const chart = (await deck.locator('svg.recharts-surface').first().boundingBox())!;
    const middle: [number, number] = [chart.x + chart.width / 2, chart.y + chart.height / 2];
    await stroke([middle[0] + 100, middle[1]], [middle[0] - 100, middle[1] + 10]);
    await expect(deck.getByText('Slide 3 of 5')).toBeVisible();
    await stroke([60, 300], [330, 290]);
    await expect(deck.getByText('Slide 2 of 5')).toBeVisible();
    // On its side the slide's words scroll in a column of their own: a stroke across them turns it too.
    await page.setViewportSize({ width: 844, height: 390 });
    const words = (await deck.locator('.slide__header').boundingBox())!;
    const y = words.y + words.height / 2;
    await stroke([words.x + words.width - 20, y], [words.x + 20, y]);
    await expect(deck.getByText('Slide 3 of 5')).toBeVisible();
  });

  test('on its side, the open filters stand side by side, each label at its box', async ({ page }) => {
    await page.setViewportSize({ width: 844, height: 390 });
    await page.goto('./');
    const filters = page.getByRole('region', { name: 'Filters' });
    await filters.getByRole('button', { name: 'Filters' }).tap();
    for (const name of ['From', 'To']) {
      const select = (await filters.getByLabel(name).boundingBox())!;
      const label = (await filters.locator('label', { hasText: new RegExp(`^${name}$`) }).boundingBox())!;
      expect(select.x - (label.x + label.width)).toBeLessThan(24);
      expect(Math.abs(select.y + select.height / 2 - (label.y + label.height / 2))).toBeLessThan(12);
    }
    await noSidewaysScroll(page);
  });

  test('an open list is a sheet on the screen, closed by a tap outside it', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('region', { name: 'Filters' }).getByRole('button', { name: 'Filters' }).tap();
    await page.getByRole('button', { name: 'Regions All' }).tap();
    const list = page.getByRole('group', { name: 'Regions' });
    await expect(list).toBeVisible();
    const box = (await list.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    // The tap beside the sheet lands on Present: it only closes the sheet, as a native list's does.
    const present = (await page.getByRole('button', { name: 'Present', exact: true }).boundingBox())!;
    expect(present.y + present.height).toBeLessThan(box.y);
    await page.touchscreen.tap(present.x + present.width / 2, present.y + present.height / 2);
    await expect(list).toBeHidden();
    await expect(page.getByRole('dialog', { name: 'Presentation' })).toHaveCount(0);
    await expect(page).not.toHaveURL(/slide=/);
    // Covering its button, the sheet names what it lists, and Done puts it away.
    await page.getByRole('button', { name: 'Regions All' }).tap();
    await expect(list.getByText('Regions', { exact: true })).toBeVisible();
    await list.getByRole('checkbox', { name: 'India' }).tap();
    await list.getByRole('button', { name: 'Done' }).tap();
    await expect(list).toBeHidden();
    await expect(page).toHaveURL(/regions=/);
  });

  test('a target’s period keeps its axis label where the labels thin out, not read as the run of empty quarters beside it', async ({ page }) => {
    await page.goto('./?ranks=quarter');
    const chart = page.getByRole('region', { name: 'Regional performance' }).locator('.subchart').filter({ hasText: 'Smartphone vendor rank (quarterly)' });
    const ticks = chart.locator('text.tick');
    await expect(ticks.last()).toHaveText('Q2 2020');
    await expect(ticks.filter({ hasText: 'Q2 2018–' })).toHaveCount(0);
  });

  test('on its side, an open list is a sheet too, every choice on the screen', async ({ page }) => {
    await page.setViewportSize({ width: 844, height: 390 });
    await page.goto('./');
    await page.getByRole('region', { name: 'Filters' }).getByRole('button', { name: 'Filters' }).tap();
    await page.getByRole('button', { name: 'Regions All' }).tap();
    const list = page.getByRole('group', { name: 'Regions' });
    // Hung under its button, six of its eight regions were past the foot of the screen.
    for (const box of await list.getByRole('checkbox').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.bottom).toBeLessThanOrEqual(390);
      expect(box.top).toBeGreaterThanOrEqual(0);
    }
    await expect(list.getByRole('checkbox')).toHaveCount(8);
    await list.getByRole('button', { name: 'Done' }).tap();
    await expect(list).toBeHidden();
  });

  for (const [w, h] of [
    [390, 844],
    [844, 390],
    [740, 360],
  ] as const) {
    test(`every slide fits a ${w}×${h} phone held ${w > h ? 'on its side' : 'upright'}: no sideways scrolling, Leave in reach`, async ({ page }) => {
      await page.setViewportSize({ width: w, height: h });
      await page.goto('./?slide=1');
      const deck = page.getByRole('dialog', { name: 'Presentation' });
      for (let slide = 1; slide <= 5; slide++) {
        await expect(deck.getByText(`Slide ${slide} of 5`)).toBeVisible();
        await noSidewaysScroll(page);
        // A key figure keeps within its card ("about 145.6 million" ran 36 px into the next at 740×360).
        await expect
          .poll(() =>
            deck
              .locator('.title-slide__value, .slide__figure-value')
              .evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent)),
          )
          .toEqual([]);
        const leave = deck.getByRole('button', { name: 'Leave' });
        const box = (await leave.boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(w);
        expect(box.y + box.height).toBeLessThanOrEqual(h);
        if (slide < 5) await deck.getByRole('button', { name: 'Next slide' }).tap();
      }
    });

    // On its side the chart is whole above the slide controls, beside the words (which scroll).
    test(`every slide's chart text can be read on a ${w}×${h} phone held ${w > h ? 'on its side' : 'upright'}`, async ({ page }) => {
      await page.setViewportSize({ width: w, height: h });
      await page.goto('./?slide=1');
      const deck = page.getByRole('dialog', { name: 'Presentation' });
      for (let slide = 1; slide <= 5; slide++) {
        await expect(deck.getByText(`Slide ${slide} of 5`)).toBeVisible();
        if (slide > 1) await expect(deck.locator('.bar, .rank-dot').first()).toBeVisible();
        await expect.poll(() => unreadableChartText(page), { message: `slide ${slide}` }).toEqual([]);
        if (slide > 1 && w > h) {
          const chart = (await deck.locator('.slide__body svg.recharts-surface').first().boundingBox())!;
          const controls = (await deck.getByRole('navigation', { name: 'Slides' }).boundingBox())!;
          expect(chart.y, `slide ${slide}`).toBeGreaterThanOrEqual(0);
          expect(chart.y + chart.height, `slide ${slide}`).toBeLessThanOrEqual(controls.y);
        }
        if (slide < 5) await deck.getByRole('button', { name: 'Next slide' }).tap();
      }
    });
  }

  test('a slide on a phone labels the years it has room for at the type it draws, those with figures first', async ({ page }) => {
    await page.goto('./?slide=2');
    const deck = page.getByRole('dialog', { name: 'Presentation' });
    const years = deck.locator('.slide__body svg.recharts-surface').first().locator('text.tick');
    // Thinned for the 14 px a phone draws, not the 22 px of a big screen: 2012 and 2014 both have room.
    await expect(years).toHaveText(['2012', '2014', '2016', '2018', '2023']);
    await deck.getByRole('button', { name: 'Next slide' }).tap();
    await deck.getByRole('button', { name: 'Next slide' }).tap();
    await expect(deck.getByText('Slide 4 of 5')).toBeVisible();
    // The rank No. 1 in Mainland China stands at 2014: that year is named.
    await expect(deck.locator('.slide__body svg.recharts-surface').first().locator('text.tick').first()).toHaveText('2014');
    await expect.poll(() => unreadableChartText(page)).toEqual([]);
  });

  test('the sections below the panels keep the panels’ inner margin', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('./');
    const left = async (name: string) => (await page.getByRole('heading', { level: 2, name, exact: true }).boundingBox())!.x;
    const panel = await left('Shipments');
    // Saved views' text started 12 px further in than the panels' above it.
    for (const section of ['Saved views', 'All figures', 'Sources']) expect(await left(section), section).toBeCloseTo(panel, 0);
  });

  test('every control on the page is at least 24 px each way, for a finger', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('./');
    await expect(shipments(page).locator('svg.recharts-surface').first()).toBeVisible();
    const small = await page.locator('button, summary, select, input:not(.visually-hidden)').evaluateAll((els) =>
      els.flatMap((e) => {
        const box = e.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) return [];
        return box.width < 24 || box.height < 24
          ? [`${(e.textContent || e.getAttribute('aria-label') || e.tagName).trim()}: ${Math.round(box.width)}×${Math.round(box.height)}`]
          : [];
      }),
    );
    // The key figures' "source" buttons were 17 px tall, the sources' "Contributes" lines 20.
    expect(small).toEqual([]);
  });

  test('a tap on a slide’s bar shows its details over the chart, in sight, as on the page', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('./?slide=2');
    const deck = page.getByRole('dialog', { name: 'Presentation' });
    // Named as on the page, for a screen reader reaching it.
    const chart = deck.getByRole('application', { name: 'Smartphone volumes, annual' });
    await chart.scrollIntoViewIfNeeded();
    const bar = (await chart.locator('.bar[data-row="2023"] rect').last().boundingBox())!;
    await page.touchscreen.tap(bar.x + bar.width / 2, bar.y + bar.height - 4);
    const details = deck.getByRole('group', { name: 'Details: 2023' });
    await expect(details).toContainText('145.6 million');
    await expect(details).toContainText('Source:');
    // Whole, above the slide controls; no tooltip drawn over it and past them.
    const box = (await details.boundingBox())!;
    const controls = (await deck.getByRole('navigation', { name: 'Slides' }).boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(controls.y);
    await expect(deck.locator('.chart-tooltip')).toBeHidden();
    // A slide filters nothing; Close puts the chart back.
    await expect(page).toHaveURL(/slide=2/);
    await details.getByRole('button', { name: 'Close' }).tap();
    await expect(details).toBeHidden();
  });

  test('on a phone’s rank slide, the markers of neighbouring years stand apart', async ({ page }) => {
    await page.goto('./?slide=4');
    const deck = page.getByRole('dialog', { name: 'Presentation' });
    const markers = deck.locator('.rank-dot[data-series="global"] .series-marker');
    await expect(markers.first()).toBeVisible();
    const boxes = await markers.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((b) => ({ left: b.left, right: b.right })));
    expect(boxes.length).toBeGreaterThanOrEqual(3);
    // 2021, 2022 and 2023, all No. 3, ran together into one blob.
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.left - boxes[i - 1]!.right).toBeGreaterThanOrEqual(2);
  });

  test('on a 360 px phone the slide controls keep to one row', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('./?slide=2');
    const nav = page.getByRole('dialog', { name: 'Presentation' }).getByRole('navigation', { name: 'Slides' });
    await expect(nav.getByRole('button', { name: 'Leave' })).toBeVisible();
    const bottoms = await nav.getByRole('button').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().bottom)));
    expect(new Set(bottoms).size).toBe(1);
  });

  test('on its side each chart slide shows its key figures whole, then its takeaway, before the words scroll', async ({ page }) => {
    await page.setViewportSize({ width: 844, height: 390 });
    await page.goto('./?slide=2');
    const deck = page.getByRole('dialog', { name: 'Presentation' });
    for (let slide = 2; slide <= 5; slide++) {
      await expect(deck.getByText(`Slide ${slide} of 5`)).toBeVisible();
      const { figuresOut, shown, whole } = await deck.locator('.slide__header').evaluate((header) => {
        const column = header.getBoundingClientRect();
        const figures = header.querySelector('.slide__figures')!.getBoundingClientRect();
        const words = header.querySelector('.slide__subtitle')!;
        const line = parseFloat(getComputedStyle(words).lineHeight);
        const box = words.getBoundingClientRect();
        return { figuresOut: figures.bottom - column.bottom, shown: (Math.min(box.bottom, column.bottom) - box.top) / line, whole: box.height / line };
      });
      // The figures are never cut by the column's edge or its fade (one slide's ended 186 px out of sight).
      expect(figuresOut, `slide ${slide}`).toBeLessThanOrEqual(0);
      expect(shown, `slide ${slide}`).toBeGreaterThanOrEqual(Math.min(1.5, whole - 0.1));
      if (slide < 5) await deck.getByRole('button', { name: 'Next slide' }).tap();
    }
  });

  test('on its side Down scrolls the words beside the chart to the end of the takeaway before it moves on', async ({ page }) => {
    await page.setViewportSize({ width: 844, height: 390 });
    await page.goto('./?slide=5');
    const deck = page.getByRole('dialog', { name: 'Presentation' });
    const takeaway = deck.locator('.slide__subtitle');
    const words = deck.locator('.slide__header');
    const hidden = () => takeaway.evaluate((el) => el.getBoundingClientRect().bottom > el.closest('.slide__header')!.getBoundingClientRect().bottom + 1);
    expect(await hidden()).toBe(true);
    await deck.focus();
    for (let press = 0; press < 20 && (await hidden()); press++) await page.keyboard.press('ArrowDown');
    expect(await hidden()).toBe(false);
    await expect(deck.getByText('Slide 5 of 5')).toBeVisible();
    expect(await words.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    // Back up to the top, then on to the slide before.
    for (let press = 0; press < 20 && (await words.evaluate((el) => el.scrollTop)) > 0; press++) await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(deck.getByText('Slide 4 of 5')).toBeVisible();
  });
});

test('a quick click with no hover before it filters to the bar under the pointer', async ({ page }) => {
  await page.goto('./');
  const bar = shipments(page).locator('.bar[data-row="2013"] rect').last();
  const box = (await bar.boundingBox())!;
  // Straight to the bar and down: no mouse movement over the chart first.
  await page.mouse.click(box.x + box.width / 2, box.y + box.height - 2);
  await expect(page).toHaveURL(/from=2013&to=2013/);
});

test('after a click filters the page, the old tooltip and hover band are gone until the pointer moves', async ({ page }) => {
  await page.goto('./');
  const bar = shipments(page).locator('.bar[data-row="2014"] rect').last();
  const box = (await bar.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const tooltip = shipments(page).locator('.chart-tooltip').filter({ visible: true });
  await expect(tooltip).toHaveAttribute('data-row', '2014');
  await page.mouse.down();
  await page.mouse.up();
  await expect(page).toHaveURL(/from=2014&to=2014/);
  // Drawn for the chart before it changed, they would cover its one bar and run out of the panel.
  await expect(shipments(page).locator('.bar[data-row="2014"]')).toHaveCount(1);
  await expect(tooltip).toHaveCount(0);
  await expect(shipments(page).locator('.recharts-tooltip-cursor').filter({ visible: true })).toHaveCount(0);
  // Moving on the chart shows the tooltip of what is under the pointer now.
  const now = (await shipments(page).locator('.bar[data-row="2014"] rect').last().boundingBox())!;
  await page.mouse.move(now.x + now.width / 2, now.y + now.height / 2);
  await expect(tooltip).toHaveAttribute('data-row', '2014');
});

test('on a narrow screen a click just beside a thin bar, in its period, is a click on it', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('./');
  const bar = shipments(page).locator('.bar[data-row="2014"] > rect:not(.hit-area)');
  await bar.scrollIntoViewIfNeeded();
  const box = (await bar.boundingBox())!;
  expect(box.width).toBeLessThan(24);
  await page.mouse.click(box.x + box.width + 1.5, box.y + box.height / 2);
  await expect(page).toHaveURL(/from=2014&to=2014/);
});

test('a period with events and no figure lists them on hover, and its flag opens that period', async ({ page }) => {
  await page.goto('./');
  const chart = shipments(page).locator('svg.recharts-surface').first();
  const tick = (await chart.locator('text.tick', { hasText: /^2017$/ }).boundingBox())!;
  const plot = (await chart.boundingBox())!;
  await page.mouse.move(tick.x + tick.width / 2, plot.y + plot.height / 2);
  const tooltip = shipments(page).locator('.chart-tooltip').filter({ visible: true });
  await expect(tooltip).toHaveAttribute('data-row', '2017');
  await expect(tooltip).toContainText('Events');
  // The diamond above the plot: its period's details, and no tooltip of another period.
  const flags = await Promise.all((await chart.locator('.event-flag path').all()).map((f) => f.boundingBox()));
  const flag = flags.find((f) => f && Math.abs(f.x + f.width / 2 - (tick.x + tick.width / 2)) < 4)!;
  await page.mouse.click(flag.x + flag.width / 2, flag.y + flag.height / 2);
  await expect(page.getByRole('group', { name: 'Details: 2017' })).toContainText('Events');
  await expect(shipments(page).locator('.chart-tooltip:not([data-row="2017"])').filter({ visible: true })).toHaveCount(0);
});

test('a click off the marks shows that period’s details and filters nothing', async ({ page }) => {
  await page.goto('./');
  const url = page.url();
  const chart = shipments(page).locator('svg.recharts-surface').first();
  const chartBox = (await chart.boundingBox())!;
  const bar = (await shipments(page).locator('.bar[data-row="2014"] rect').last().boundingBox())!;
  await page.mouse.click(bar.x + bar.width / 2, chartBox.y + 8);
  await expect(page.getByRole('group', { name: 'Details: 2014' })).toContainText('61');
  await expect(page.getByRole('group', { name: 'Details: 2014' }).getByRole('button', { name: /Filter/ })).toBeVisible();
  expect(page.url()).toBe(url);
});

test('Enter on the focused mark filters to it; the arrow keys move between marks', async ({ page }) => {
  await page.goto('./');
  const surface = shipments(page).locator('svg.recharts-surface').first();
  await surface.focus();
  await page.keyboard.press('ArrowRight');
  await expect(shipments(page).locator('.chart-tooltip')).toContainText('2013');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/from=2013&to=2013/);
});

test('a click on a target, in a stretch without figures, leads to its goal, not to a year without figures', async ({ page }) => {
  await page.goto('./');
  // A real click just beside the 3 px line, over the shading of the years without figures.
  const line = shipments(page).locator('.target-mark[data-row="2018"] line');
  const box = (await line.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2 + 7);
  await expect(page.locator('#goal-ship-100m-2018')).toBeFocused();
  expect(new URL(page.url()).searchParams.get('from')).toBeNull();
});

test('a target tapped before Goal tracking has loaded still leads to its goal', async ({ page }) => {
  // Hold Goal tracking's code (one chunk with the other later panels, vite.config.ts) back until the button has been pressed.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/panels-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./');
  const target = shipments(page).locator('.target-mark[data-row="2018"]');
  await target.dispatchEvent('pointerdown', { pointerType: 'touch' });
  await target.dispatchEvent('click');
  await page.getByRole('button', { name: /^See the goal in Goal tracking/ }).click();
  await expect(page.locator('#goal-ship-100m-2018')).toHaveCount(0);
  release();
  await expect(page.locator('#goal-ship-100m-2018')).toBeFocused();
});

test('a worldwide target under a region filter leads to its goal, bringing every region back', async ({ page }) => {
  await page.goto('./?regions=india');
  await expect(page.getByRole('region', { name: 'Goal tracking' })).toContainText('No announced goal concerns');
  await shipments(page).locator('.target-mark[data-row="2018"]').click();
  await expect(page).not.toHaveURL(/regions=/);
  await expect(page.locator('#goal-ship-100m-2018')).toBeFocused();
});

test('with a region chosen, worldwide figures say they are worldwide, on the page and on slides', async ({ page }) => {
  await page.goto('./?regions=china');
  const strip = page.getByRole('region', { name: 'Key figures' });
  await expect(strip.locator('[data-figure="units"]')).toContainText('Worldwide total');
  await expect(strip.locator('[data-figure="revenue"]')).toContainText('Worldwide');
  await expect(shipments(page).locator('.chart__takeaway')).toContainText(/^Worldwide smartphone volumes; the sources give none by region/);
  const deck = page.getByRole('dialog', { name: 'Presentation' });
  await page.goto('./?regions=china&slide=1');
  for (const id of ['units', 'revenue', 'profit', 'countries']) await expect(deck.locator(`[data-figure="${id}"]`)).toContainText('Worldwide');
  await page.goto('./?regions=china&slide=2');
  await expect(deck.locator('.slide__subtitle')).toContainText(/^Worldwide/);
});

test('quarterly ranks keep their event flags clear of the markers and labels', async ({ page }) => {
  await page.goto('./?ranks=quarter');
  await expect(page.getByRole('region', { name: 'Regional performance' }).locator('.event-flag').first()).toBeVisible();
  await expect.poll(() => unreadableChartText(page)).toEqual([]);
});

test('an empty chart names its real reason', async ({ page }) => {
  await page.goto('./?from=2019&to=2020');
  await expect(shipments(page).getByRole('note')).toHaveText('No shipment or sales figures in 2019–2020: the sources give none for those years.');
  // A year with only a target says so and where it is judged; nothing is cited under the empty panel.
  await page.goto('./?from=2018&to=2018');
  await expect(shipments(page).getByRole('note')).toContainText('Goal tracking sets the target of 100 million shipped for 2018 against what happened');
  await expect(shipments(page).locator('footer')).toBeHidden();
  await page.goto('./?regions=spain');
  await expect(page.getByRole('region', { name: 'Goal tracking' }).getByRole('note')).toContainText('No announced goal concerns the selected regions');
  await expect(page.getByRole('region', { name: 'Goal tracking' })).not.toContainText('0 of 0');
  await page.goto('./?regions=spain&slide=5');
  const deck = page.getByRole('dialog', { name: 'Presentation' });
  await expect(deck.getByText('Slide 5 of 5')).toBeVisible();
  await expect(deck).toContainText('No announced goal concerns the selected regions');
  await expect(deck).not.toContainText('0 of 0');
  await expect(deck).not.toContainText('Sources:');
});

test.describe('menus and lists behave like the platform’s', () => {
  test('Escape, a click outside and choosing a download close them, and they stay under a dialog', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('button', { name: 'Regions All' }).click();
    const regions = page.getByRole('group', { name: 'Regions' });
    await expect(regions).toBeVisible();
    // The button promises no menu keys: the list is a group of controls (the browser reports it open).
    await expect(page.getByRole('button', { name: 'Regions All' })).not.toHaveAttribute('aria-haspopup');
    await page.keyboard.press('Escape');
    await expect(regions).toBeHidden();

    const download = shipments(page).getByRole('button', { name: 'Download', exact: true });
    await download.click();
    const menu = page.getByRole('group', { name: 'Download Shipments' });
    await expect(menu).toBeVisible();
    const box = (await menu.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    // Near the right edge it opens leftwards, clear of the edge, each choice on one line.
    const button = (await download.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(button.x + button.width + 1);
    const heights = new Set<number>();
    for (const item of await menu.getByRole('button').all()) heights.add(Math.round((await item.boundingBox())!.height));
    expect([...heights]).toHaveLength(1);
    await page.getByRole('heading', { level: 1 }).click();
    await expect(menu).toBeHidden();

    await download.click();
    const file = page.waitForEvent('download');
    await menu.getByRole('button', { name: 'Download CSV' }).click();
    await file;
    await expect(menu).toBeHidden();

    // A modal dialog opened over an open list closes it: nothing sits above the dialog.
    await download.click();
    await expect(menu).toBeVisible();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Sources' }).click();
    await expect(page.getByRole('dialog', { name: 'Sources' })).toBeVisible();
    await expect(menu).toBeHidden();
  });
});

test('a target stated by two sources is called a target, not a figure a source gives', async ({ page }) => {
  await page.goto('./');
  const agree = shipments(page).locator('.agreement');
  await expect(agree.first()).toContainText('states a target of 100 million');
  await expect(agree.first()).not.toContainText('gives 100 million');
});

test('a saved view of the whole page presents all four charts, and its slide link says so in another browser', async ({ page, browser }) => {
  await page.goto('./?currency=USD');
  await saveAndPresent(page, 'All in USD');
  const slide = page.getByRole('group', { name: 'All in USD' });
  await expect(slide.locator('svg.recharts-surface')).toHaveCount(4);
  const link = page.url();
  expect(link).toMatch(/sv=/);

  // Here, the slide shows the view as it was saved, whatever filters a link carries beside it.
  await page.goto(link.replace('currency=USD', 'currency=RMB'));
  await expect(slide.locator('svg.recharts-surface')).toHaveCount(4);
  await expect(page).toHaveURL(/currency=USD/);
  // Leaving the deck leaves no saved view named in the link.
  await page.getByRole('dialog', { name: 'Presentation' }).getByRole('button', { name: 'Leave' }).click();
  await expect(page.getByRole('dialog', { name: 'Presentation' })).toHaveCount(0);
  await expect(page).not.toHaveURL(/sv=|deck=/);

  // Another browser has no such saved view: it says so and opens the view the slide was made from.
  const other = await browser.newContext();
  const elsewhere = await other.newPage();
  await elsewhere.goto(link);
  await expect(elsewhere.getByRole('status').filter({ hasText: 'saved in another browser, or removed' })).toBeVisible();
  await expect(elsewhere.getByRole('dialog', { name: 'Presentation' })).toHaveCount(0);
  await expect(elsewhere.getByRole('radio', { name: 'USD' })).toBeChecked();
  await other.close();
});

test('a deck file opens the same deck in another browser', async ({ page, browser }) => {
  await page.goto('./?from=2017');
  const saved = page.getByRole('region', { name: 'Saved views' });
  await saved.getByLabel('Name for this view').fill('Since 2017');
  await saved.getByRole('button', { name: 'Save view' }).click();
  const download = page.waitForEvent('download');
  await saved.getByRole('button', { name: 'Download deck' }).click();
  const file = await (await download).path();

  const other = await browser.newContext();
  const elsewhere = await other.newPage();
  await elsewhere.goto('./');
  const section = elsewhere.getByRole('region', { name: 'Saved views' });
  await section.getByLabel('Open deck file').setInputFiles(file!);
  await expect(section.getByRole('status').filter({ hasText: '1 view added to your saved views' })).toBeVisible();
  // Opened twice, the deck's view is not doubled.
  await section.getByLabel('Open deck file').setInputFiles(file!);
  await expect(section.getByRole('status').filter({ hasText: '0 views added to your saved views (1 already here).' })).toBeVisible();
  await section.getByRole('button', { name: 'Present saved views' }).click();
  await expect(elsewhere.getByRole('dialog', { name: 'Presentation' })).toBeVisible();
  await expect(elsewhere).toHaveURL(/from=2017/);
  await other.close();
});

test('a deck file whose view names a frame presents it as a slide, with the deck’s controls', async ({ page }) => {
  await page.goto('./');
  const deck = {
    format: 'xiaomi-dashboard-deck',
    version: 1,
    views: [
      { id: 'd1', name: 'First', query: '?currency=USD', savedAt: '2026-12-05T10:00:00.000Z', dataVersion: null },
      { id: 'd2', name: 'Edited by hand', query: '?embed=goals', savedAt: '2026-12-05T10:00:00.000Z', dataVersion: null },
    ],
  };
  const section = page.getByRole('region', { name: 'Saved views' });
  await section.getByLabel('Open deck file').setInputFiles({ name: 'deck.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(deck)) });
  await expect(section.locator('[data-view="d2"]')).toContainText('1 setting not used as saved');
  await section.getByRole('button', { name: 'Present saved views' }).click();
  const presentation = page.getByRole('dialog', { name: 'Presentation' });
  await expect(presentation.getByText('Slide 1 of 2')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(presentation.getByText('Slide 2 of 2')).toBeVisible();
  await expect(page).not.toHaveURL(/embed=/);
  await page.keyboard.press('Escape');
  await expect(presentation).toBeHidden();
  await expect(page.getByRole('region', { name: 'Shipments' })).toBeVisible();
});

test('the Goal tracking image carries every goal with its status, and its takeaway', async ({ page }) => {
  const goalsSvg = async () => {
    const goals = page.getByRole('region', { name: 'Goal tracking' });
    await goals.getByRole('button', { name: 'Download' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('group', { name: 'Download Goal tracking' }).getByRole('button', { name: 'Download SVG' }).click();
    return (await download).createReadStream().then(async (stream) => {
      let text = '';
      for await (const chunk of stream) text += String(chunk);
      return text;
    });
  };
  await page.goto('./');
  const svg = await goalsSvg();
  for (const line of [
    'Met: Revenue of RMB 100 billion in 2017',
    'Unknown: Sell 80 to 100 million phones in 2015',
    'Unknown: Become a leader in cutting-edge technology by 2030',
  ])
    expect(svg).toContain(line);

  // One goal with no figure to chart: its takeaway stands alone on the page, and in the image.
  await page.goto('./?regions=china');
  await expect(page.getByRole('region', { name: 'Goal tracking' }).locator('.chart__takeaway--alone')).toContainText('The one announced goal in view');
  const alone = await goalsSvg();
  expect(alone).toContain('The one announced goal in view');
});

/** The phone's line of what is set reads `text`, whole, in at most `lines` lines. */
async function expectFilterSummary(page: Page, text: string, lines: number) {
  const summary = page.locator('.filters__summary');
  await expect(summary).toHaveText(text);
  const lineHeight = await summary.evaluate((e) => parseFloat(getComputedStyle(e).lineHeight));
  expect((await summary.boundingBox())!.height).toBeLessThanOrEqual(lines * lineHeight + 1);
}

test('a rival whose share is not stated still shows its rank, on the keyboard and on a tap', async ({ page }) => {
  await page.goto('./');
  const regions = page.getByRole('region', { name: 'Regional performance' });
  const chart = regions.getByRole('application', { name: 'Market share, Mainland China, Q1 2017' });
  // Huawei first, then OPPO, whose share the source does not give.
  await chart.focus();
  await page.keyboard.press('ArrowDown');
  const tooltip = regions.locator('.chart-tooltip[data-row]');
  await expect(tooltip).toContainText('OPPO');
  await expect(tooltip).toContainText('No. 2–4');
  await expect(tooltip).not.toContainText('No figure in the sources');
  await page.keyboard.press('Escape');
  const row = chart.locator('.row-hit').first();
  await row.dispatchEvent('pointerdown', { pointerType: 'touch' });
  await row.dispatchEvent('click');
  const details = regions.getByRole('group', { name: /^Details: / });
  await expect(details).toContainText('No. 2–4');
});
