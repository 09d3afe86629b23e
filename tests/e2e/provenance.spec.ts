import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { changedPixels } from './layout.ts';

test('hovering a bar shows its value, period, kind and source; a shared figure says the sources agree', async ({ page }) => {
  await page.goto('./?shipments=quarter');
  const shipments = page.getByRole('region', { name: 'Shipments' });
  await shipments.locator('.bar[data-kind="reported"]').hover();
  const tooltip = shipments.locator('.chart-tooltip');
  await expect(tooltip).toContainText('Q2 2017');
  await expect(tooltip).toContainText('23.16 million smartphones');
  await expect(tooltip).toContainText('Reported');
  // The source by its short name: the tooltip lies over the chart and keeps to what a glance needs.
  await expect(tooltip).toContainText('Source: CNBC on Q2 2017 shipments, Jul 2017');
  await expect(tooltip).toContainText('Agrees with Q2 2017 shipments report, Jul 2017 (23.16 million)');
  await expect(shipments.getByRole('list', { name: 'Figures given by more than one source' })).toContainText('Sources agree');
});

test('a tooltip sits beside the mark it describes, not over it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./');
  const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  for (const [panel, keys, row] of [
    // 2014, whose 61m label stands beside the bar's top.
    ['Shipments', ['ArrowRight', 'ArrowRight'], '2014'],
    // The derived remainder, whose tooltip carries a formula.
    ['Revenue segments', ['ArrowDown', 'ArrowDown', 'ArrowDown'], 'other'],
  ] as const) {
    const region = page.getByRole('region', { name: panel });
    await region.locator('svg[role="application"]').first().focus();
    for (const key of keys) await page.keyboard.press(key);
    const tooltip = region.locator(`.chart-tooltip[data-row="${row}"]`);
    await expect(tooltip).toBeVisible();
    const [tip, bar] = await Promise.all([tooltip.boundingBox(), region.locator(`.bar[data-row="${row}"] rect`).last().boundingBox()]);
    expect(overlap(tip!, bar!), `${panel}: the tooltip leaves the ${row} bar in view`).toBe(false);
    await page.keyboard.press('Escape');
  }
});

test('a chart can be read with the keyboard: Tab to it, see the focus ring, move with the arrows', async ({ page }) => {
  await page.goto('./');
  const shipments = page.getByRole('region', { name: 'Shipments' });
  await expect(shipments.locator('.bar').first()).toBeVisible();
  // The chart is the next Tab stop after the panel's controls.
  await shipments.getByRole('button', { name: 'Download' }).focus();
  await page.keyboard.press('Tab');
  const chart = shipments.locator('.recharts-wrapper svg[tabindex="0"]').first();
  await expect(chart).toBeFocused();
  const ring = await chart.evaluate((el) => getComputedStyle(el));
  expect(ring.outlineStyle).toBe('solid');
  expect(parseFloat(ring.outlineWidth)).toBeGreaterThanOrEqual(2);

  // Focus reads the first period; the arrows move from there.
  const tooltip = shipments.locator('.chart-tooltip');
  await expect(tooltip).toContainText('2012');
  await expect(tooltip).toContainText('7.2 million smartphones');
  await expect(tooltip).toContainText('Source:');
  await page.keyboard.press('ArrowRight');
  await expect(tooltip).toContainText('2013');
  await expect(tooltip).toContainText('18.7 million smartphones');
  await page.keyboard.press('ArrowLeft');
  await expect(tooltip).toContainText('7.2 million smartphones');
});

test('the Sources dialog lists every source and what it contributes; Escape closes it', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Sources' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sources' });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('ol.sources > li')).toHaveCount(5);
  await dialog.getByText('Contributes 16 figures, 2 goals, 3 events').click();
  await expect(dialog).toContainText('Smartphone shipments: Q2 2017');
  await expect(dialog).toContainText('Publisher not named (author: Frank Hersey)');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // A press on the dimmed page around it closes it too, as on a phone a tap there would.
  await page.getByRole('button', { name: 'Sources' }).click();
  await expect(dialog).toBeVisible();
  const box = (await dialog.boundingBox())!;
  await page.mouse.click(box.x / 2, box.y + 10);
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Sources' })).toBeFocused();
});

test('the cross-checks say what agrees, what differs and what cannot be checked', async ({ page }) => {
  await page.goto('./');
  const section = page.getByRole('region', { name: 'Cross-checks' });
  await expect(section).toContainText('0 differ');
  await expect(section.getByRole('row', { name: /Share of the segment's revenue/ })).toContainText('27.9%');
  // The first checks are shown; the rest are one click away.
  const more = section.getByRole('button', { name: /^Show all \d+ checks$/ });
  const before = await section.locator('tbody tr').count();
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(section.getByRole('row', { name: /Adjusted net profit growth/ })).toContainText('Cannot be checked');
  // Reading goes on from the first check the list gained, on screen; the button now stands below them all.
  const gained = section.locator('tbody tr').nth(before);
  await expect(gained).toBeFocused();
  await expect(gained).toBeInViewport();
  // Tab reaches the same button, which now folds the list again, keeps focus and stays on screen.
  await page.keyboard.press('Tab');
  const fewer = section.getByRole('button', { name: 'Show fewer checks' });
  await expect(fewer).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(section.getByRole('row', { name: /Adjusted net profit growth/ })).toHaveCount(0);
  await expect(more).toBeFocused();
  await expect(more).toBeInViewport();
});

test('events appear on the time charts and in the timeline', async ({ page }) => {
  await page.goto('./?shipments=quarter');
  const shipments = page.getByRole('region', { name: 'Shipments' });
  await expect(shipments.locator('.event-flag')).toHaveCount(1);
  await shipments.locator('.bar[data-kind="derived"]').hover();
  await expect(shipments.locator('.chart-tooltip')).toContainText('Hugo Barra, head of international business, leaves Xiaomi');
  await page.getByRole('region', { name: 'Filters' }).getByRole('checkbox', { name: 'Events' }).uncheck();
  await expect(shipments.locator('.event-flag')).toHaveCount(0);
  await expect(page).toHaveURL(/events=0/);
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await timeline.getByRole('button', { name: 'Show all 16 events' }).click();
  // A plan is called one: the article announced these openings, it did not report them.
  await expect(timeline).toContainText('14 more Mi Home stores due to open in China (planned)');
  await expect(timeline).toContainText('is expected some time in 2018 (expected, not reported as happened)');
});

test.describe('loading your own data', () => {
  /** Loads a CSV file through the page's Load data control. The figures in these files are synthetic, not Xiaomi's. */
  const loadCsv = (page: Page, name: string, csv: string) =>
    page.getByLabel('Load data').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });

  test('a bad file lists its problems and the current figures stay', async ({ page }) => {
    await page.goto('./');
    const shipments = page.getByRole('region', { name: 'Shipments' });
    await expect(shipments.locator('.bar')).toHaveCount(4);
    await loadCsv(
      page,
      'broken.csv',
      'metric,period,value,unit,kind,source\nsmartphone_shipments,2019,lots,million,reported,Synthetic\nsmartphone_shipments,2019-Q9,1,million,reported,Synthetic\n',
    );
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('broken.csv has 2 problems');
    await expect(alert).toContainText('row 2, column value: "lots" is not a number');
    await expect(alert).toContainText('row 3, column period');
    await expect(shipments.locator('.bar')).toHaveCount(4);
    await page
      .getByLabel('Load data')
      .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"schemaVersion": 1, "version": "x"') });
    await expect(alert).toContainText('bad.json is not valid JSON');
    // Dismissed from the keyboard, the notice goes and the keyboard goes back to Load data.
    await alert.getByRole('button', { name: 'Dismiss' }).focus();
    await page.keyboard.press('Enter');
    await expect(alert).toBeHidden();
    await expect(page.getByLabel('Load data')).toBeFocused();
  });

  test('a good file is drawn, and the bundled data is one click away', async ({ page }) => {
    await page.goto('./');
    await loadCsv(
      page,
      'mine.csv',
      'metric,period,value,unit,kind,source\nsmartphone_shipments,2019,10,million,reported,Synthetic\nsmartphone_shipments,2020,20,million,reported,Synthetic\nsmartphone_shipments,2021,30,million,reported,Synthetic\n',
    );
    await expect(page.getByText('Showing your data:')).toContainText('3 figures from mine.csv');
    const shipments = page.getByRole('region', { name: 'Shipments' });
    await expect(shipments.locator('.bar[data-series="shipped"]')).toHaveCount(3);
    await expect(shipments.getByText('30m')).toBeVisible();
    // A link to this view would open the bundled figures, and the page says so.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByText('Link copied. It opens the bundled figures: your loaded data stays in this browser.')).toBeVisible();

    // The loaded data survives a reload, checked again on the way in.
    await page.reload();
    await expect(page.getByText('Showing your data:')).toContainText('3 figures from mine.csv');
    await expect(shipments.locator('.bar[data-series="shipped"]')).toHaveCount(3);

    await page.getByRole('button', { name: 'Switch back to the bundled dataset' }).click();
    await expect(shipments.locator('.bar[data-series="sold"]')).toHaveCount(3);
    // Going back is remembered too: a reload shows the bundled data.
    await page.reload();
    await expect(shipments.locator('.bar[data-series="sold"]')).toHaveCount(3);
    await expect(page.getByText('Showing your data:')).toHaveCount(0);
  });

  test('filters a loaded file cannot take come back with the bundled data, with no word of a sender', async ({ page }) => {
    await page.goto('./?from=2015&to=2020&regions=india,china&currency=USD');
    await loadCsv(page, 'mine.csv', 'metric,period,value,unit,kind,source,region\nsmartphone_shipments,2019,10,million,reported,Synthetic,india\n');
    await expect(page.getByText('Showing your data:')).toContainText('1 figure from mine.csv');
    await expect(page).not.toHaveURL(/china/);
    // Nor does the link name a version of the data that only this browser has.
    await expect(page).toHaveURL(/currency=USD/);
    await expect(page).not.toHaveURL(/v=/);
    await page.getByRole('button', { name: 'Switch back to the bundled dataset' }).click();
    await expect(page.getByText('Showing your data:')).toHaveCount(0);
    await expect(page).toHaveURL(/from=2015&to=2020&currency=USD&regions=china,india/);
    await expect(page.getByText(/^None for Mainland China and India in 2015–2020/).first()).toBeVisible();
    await expect(page.getByText(/sender/)).toHaveCount(0);
  });

  test('kept data that no longer passes is refused by name, and the bundled figures show', async ({ page }) => {
    await page.goto('./');
    await loadCsv(page, 'mine.csv', 'metric,period,value,unit,kind,source\nsmartphone_shipments,2019,10,million,reported,Synthetic\n');
    await expect(page.getByText('Showing your data:')).toContainText('1 figure from mine.csv');
    // What the browser kept is damaged (as another tool or a full disk might leave it).
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('xiaomi-dashboard');
          open.onsuccess = () => {
            const tx = open.result.transaction('loaded-data', 'readwrite');
            tx.objectStore('loaded-data').put({ file: 'not a file', label: 42 }, 'loaded-file');
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
          open.onerror = () => reject(open.error);
        }),
    );
    await page.reload();
    await expect(page.getByRole('alert')).toContainText('The data kept from your last visit could not be read');
    await expect(page.getByRole('region', { name: 'Shipments' }).locator('.bar[data-series="sold"]')).toHaveCount(3);
    await expect(page.getByText('Showing your data:')).toHaveCount(0);
  });

  test('a kept-data store this page cannot read is named once, then cleared, not met on every visit', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('region', { name: 'Shipments' }).locator('.bar').first()).toBeVisible();
    // A newer database of the same name, without the store this page keeps its file in.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('xiaomi-dashboard', 99);
          open.onupgradeneeded = () => open.result.createObjectStore('something-else');
          open.onsuccess = () => {
            open.result.close();
            resolve();
          };
          open.onerror = () => reject(open.error);
        }),
    );
    await page.reload();
    await expect(page.getByRole('alert')).toContainText('The data kept from your last visit could not be read');
    await expect(page.getByRole('region', { name: 'Shipments' }).locator('.bar[data-series="sold"]')).toHaveCount(3);
    await expect.poll(() => page.evaluate(async () => (await indexedDB.databases()).some((d) => d.name === 'xiaomi-dashboard'))).toBe(false);
    await page.reload();
    await expect(page.getByRole('region', { name: 'Shipments' }).locator('.bar[data-series="sold"]')).toHaveCount(3);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});

test('Cite gives the view pinned to its version and the articles behind its figures, to copy or download', async ({ page }) => {
  await page.goto('./?from=2012&to=2014');
  await page.getByRole('button', { name: 'Cite', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Cite this view' });
  const plain = dialog.getByLabel('Plain text citation');
  await expect(plain).toContainText(/v=[\w.-]+/);
  await expect(plain).toContainText('Xiaomi has sold 34.7 million smartphones');
  await expect(plain).not.toContainText('2023 annual results');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download BibTeX' }).click();
  expect((await download).suggestedFilename()).toMatch(/^xiaomi-dashboard-[\w.-]+-citations\.bib$/);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('Cite names the articles behind worldwide figures a region filter leaves on screen', async ({ page }) => {
  await page.goto('./?regions=china&focus=shipments');
  // Shipments draws worldwide figures under a region filter, and lists its three sources.
  await expect(page.getByRole('region', { name: 'Shipments' }).locator('.chart__takeaway').first()).toContainText(/^Worldwide/);
  await page.getByRole('button', { name: 'Cite', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Cite this view' });
  // Its three, and over it the key figures' (the countries Xiaomi sells in: Lei Jun's letter).
  await expect(dialog).toContainText('This view (4 articles behind its figures)');
  const plain = dialog.getByLabel('Plain text citation');
  for (const words of ['Flagging Chinese smartphone maker Xiaomi', 'Xiaomi has sold 34.7 million smartphones', "Lei Jun's new-year letter"]) {
    await expect(plain).toContainText(words);
  }
  await page.keyboard.press('Escape');

  // A focused panel with nothing in view still has the key figures over it, and cites them.
  await page.goto('./?regions=india&focus=goals');
  await expect(page.getByRole('region', { name: 'Goal tracking' })).toContainText('No announced goal concerns the selected regions');
  await page.getByRole('button', { name: 'Cite', exact: true }).click();
  await expect(dialog).toContainText('This view (2 articles behind its figures)');
});

test('a target the figure reached shows its dashes past the sides of the bar', async ({ page }) => {
  await page.goto('./');
  const chart = page.getByRole('region', { name: 'Revenue segments' }).getByRole('application', { name: /Revenue by year/ });
  // A line, which has no height without its stroke: attached, not "visible".
  const dashes = chart.locator('.target-mark[data-row="2017"] line');
  await expect(dashes).toBeAttached();
  const [line, bar] = await Promise.all([dashes.boundingBox(), chart.locator('.bar[data-row="2017"] rect').last().boundingBox()]);
  // More than RMB 100 bn against a target of RMB 100 bn: the dashes lie along the bar's top edge.
  expect(line!.x).toBeLessThan(bar!.x);
  expect(line!.x + line!.width).toBeGreaterThan(bar!.x + bar!.width);
});

test('an event’s line passes under a target and its label, never through the words', async ({ page }) => {
  await page.goto('./');
  const chart = page.getByRole('region', { name: 'Shipments' }).locator('svg.recharts-surface').first();
  // 2015 has five events and a target of 80–100 million sold: the event’s line runs down the middle of the label.
  const label = chart.locator('.target-mark[data-row="2015"] .target-label');
  await expect(label).toContainText('target');
  const box = (await label.boundingBox())!;
  const line = chart.locator('.event-line').first();
  const across = (await line.boundingBox())!;
  expect(across.x).toBeGreaterThan(box.x);
  expect(across.x).toBeLessThan(box.x + box.width);
  // SVG paints in document order: the label, after the line, is drawn over it.
  const labelAfterLine = await line.evaluate(
    (l, text) => Boolean(l.compareDocumentPosition(text!) & Node.DOCUMENT_POSITION_FOLLOWING),
    await label.elementHandle(),
  );
  expect(labelAfterLine).toBe(true);
});

test('a target’s label on two lines reads whole: the second line’s halo clips no letter of the first', async ({ page }) => {
  // At 390 px, 2015's target is "target" over "80–100m"; the "g" of "target" hangs towards the figure.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./');
  const label = page.getByRole('region', { name: 'Shipments' }).locator('.target-mark[data-row="2015"] .target-label');
  await expect(label.locator('tspan')).toHaveText(['target', '80–100m']);
  const first = (await label.locator('tspan').first().boundingBox())!;
  const shot = () => page.screenshot({ clip: first, animations: 'disabled' });
  const whole = await shot();
  await label
    .locator('tspan')
    .last()
    .evaluate((line) => ((line as SVGElement).style.visibility = 'hidden'));
  // The first line, drawn with the second and without it: the same pixels, within anti-aliasing.
  expect(await changedPixels(page, whole, await shot())).toBe(0);
});

test('a target’s label never wipes out its own dashes', async ({ page }) => {
  // In USD the 2015 revenue target's label ("target 32bn") stands just over its dashes.
  await page.goto('./?currency=USD');
  const mark = page.getByRole('region', { name: 'Revenue segments' }).locator('.target-mark[data-row="2015"]');
  await expect(mark.locator('.target-label')).toHaveText(/^target ?32bn$/);
  await mark.scrollIntoViewIfNeeded();
  const dashes = (await mark.locator('line').boundingBox())!;
  const clip = { x: dashes.x, y: dashes.y - 2, width: dashes.width, height: dashes.height + 4 };
  const shot = () => page.screenshot({ clip, animations: 'disabled' });
  const withLabel = await shot();
  await mark.locator('.target-label').evaluate((text) => ((text as SVGElement).style.visibility = 'hidden'));
  // Before, the label's halo covered most of the dashes: 2015's target showed as an orange sliver.
  expect(await changedPixels(page, withLabel, await shot())).toBe(0);
});

test('a goal’s target label reads whole: no gridline runs through it', async ({ page }) => {
  await page.goto('./');
  const chart = page.getByRole('region', { name: 'Goal tracking' }).locator('.goal__trajectory');
  const label = chart.locator('.band-label').filter({ hasText: 'Target 80m' });
  await label.scrollIntoViewIfNeeded();
  const box = (await label.boundingBox())!;
  // The words from the stem of their "T", not the line's ends that meet them.
  const clip = { x: box.x + 6, y: box.y, width: box.width - 9, height: box.height };
  const shot = () => page.screenshot({ clip, animations: 'disabled' });
  const withGrid = await shot();
  await chart.locator('.recharts-cartesian-grid').evaluate((grid) => ((grid as SVGElement).style.visibility = 'hidden'));
  // Before, the 75m gridline struck through "Target 80m". It is faint: a change
  // past anti-aliasing's counts.
  expect(await changedPixels(page, withGrid, await shot(), 8)).toBe(0);
});

test('no event line shows through a label: not over a full stop, nor between a target’s two lines', async ({ page }) => {
  const cases = [
    { width: 1280, panel: 'Revenue segments', label: 'text.bar-label:not(.target-label)', text: /^271\.0bn$/ },
    { width: 390, panel: 'Shipments', label: '.target-mark[data-row="2015"] .target-label', text: /^target ?80–100m$/ },
  ];
  for (const { width, panel, label: selector, text } of cases) {
    await page.setViewportSize({ width, height: 844 });
    await page.goto('./');
    const label = page.getByRole('region', { name: panel }).locator(selector).filter({ hasText: text });
    await label.scrollIntoViewIfNeeded();
    // The middle of the box of its characters, where its period's line runs: the page's box of
    // an SVG text takes in its halo, past which the line runs on to the column, as it should; a
    // neighbouring period's line may pass beside a shorter first line, at the box's edge.
    const halo = await label.evaluate((text) => parseFloat(getComputedStyle(text).strokeWidth));
    const outer = (await label.boundingBox())!;
    const inner = outer.width - 2 * halo;
    const box = { x: outer.x + halo + inner / 4, y: outer.y + halo, width: inner / 2, height: outer.height - 2 * halo };
    const shot = () => page.screenshot({ clip: box, animations: 'disabled' });
    const withEvents = await shot();
    const lines = page.getByRole('region', { name: panel }).locator('.event-line');
    expect(await lines.count()).toBeGreaterThan(0);
    await lines.evaluateAll((all) => all.forEach((line) => ((line as SVGElement).style.visibility = 'hidden')));
    // Before, the 2023 event line showed in the space over the full stop of "271.0bn", and the
    // 2015 line between "target" and "80–100m".
    expect(await changedPixels(page, withEvents, await shot()), `${panel} at ${width}`).toBe(0);
  }
});

test('the path to a goal reads like every other chart: each line named with its value', async ({ page }) => {
  await page.goto('./');
  const chart = page.getByRole('application', { name: 'Path to the goal: Sell 80 to 100 million phones in 2015' });
  await chart.focus();
  await page.keyboard.press('ArrowRight');
  const tooltip = page.getByRole('region', { name: 'Goal tracking' }).locator('.chart-tooltip');
  await expect(tooltip.locator('.chart-tooltip__title')).toHaveText('End of H1 2015');
  await expect(tooltip.locator('.point-details__head')).toHaveText(['Reported so far 34.7m', 'Path to the target 40m', 'At the pace so far 34.7m']);
  // A screen reader hears the same lines, which the tooltip only shows.
  await expect(page.getByRole('region', { name: 'Goal tracking' }).locator('.trajectory').getByRole('status')).toHaveText(
    'End of H1 2015. Reported so far 34.7m. Path to the target 40m. At the pace so far 34.7m.',
  );
  // Home and End go to the path's first and last point, as in every chart, and leave the page where it was.
  const scroll = await page.evaluate(() => window.scrollY);
  await page.keyboard.press('End');
  await expect(tooltip.locator('.chart-tooltip__title')).toHaveText('End of 2015');
  await page.keyboard.press('Home');
  await expect(tooltip.locator('.chart-tooltip__title')).toHaveText('Start of 2015');
  expect(await page.evaluate(() => window.scrollY)).toBe(scroll);
});
