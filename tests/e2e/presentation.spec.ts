import { expect, saveAndPresent, saveView, test } from './fixtures.ts';
import { scrollsSideways, unreadableChartText } from './layout.ts';
import { slideLabelScale, slideTickSize } from '../../src/components/charts/bar-label.tsx';
import { SAVED_VIEWS_KEY, SAVED_VIEWS_VERSION } from '../../src/state/saved-views.ts';

test('present, move with keys, reload on slide 3 and stay there, leave with Escape', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('region', { name: 'Shipments' })).toBeVisible();
  await page.keyboard.press('p');
  const deck = page.getByRole('dialog', { name: 'Presentation' });
  await expect(deck).toBeVisible();
  await expect(deck.getByText('Slide 1 of 5')).toBeVisible();
  await expect(deck.getByRole('heading', { level: 2, name: 'Xiaomi in figures' })).toBeVisible();

  await page.keyboard.press('ArrowRight');
  await expect(deck.getByRole('heading', { level: 2, name: 'Smartphone shipments' })).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(deck.getByText('Slide 3 of 5')).toBeVisible();
  // The link names the panel's own page, whose preview in a chat is that panel's slide.
  await expect(page).toHaveURL(/\/revenue\.html\?.*slide=3/);
  expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe('Xiaomi in figures');

  await page.reload();
  await expect(deck.getByText('Slide 3 of 5')).toBeVisible();
  await expect(deck.getByRole('heading', { level: 2, name: /Revenue by segment/ })).toBeVisible();
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', 'Revenue segments: Xiaomi in figures');
  // The chart fills the slide: most of the viewport's height.
  const chart = deck.locator('svg.recharts-surface').first();
  const box = (await chart.boundingBox())!;
  expect(box.height).toBeGreaterThan(800 * 0.4);

  await page.keyboard.press('End');
  await expect(deck.getByText('Slide 5 of 5')).toBeVisible();
  await page.keyboard.press('Home');
  await expect(deck.getByText('Slide 1 of 5')).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(deck.getByText('Slide 1 of 5')).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(deck).toBeHidden();
  await expect(page.getByRole('region', { name: 'Shipments' })).toBeVisible();
  await expect(page).not.toHaveURL(/slide=/);
  await expect(page).not.toHaveURL(/\.html/);
  // Focus is back where presenting starts, not lost on the page's body.
  await expect(page.getByRole('button', { name: 'Present', exact: true })).toBeFocused();
});

test('leaving a deck returns focus to the button that opened it', async ({ page }) => {
  await page.goto('./');
  await saveAndPresent(page, 'China');
  const deck = page.getByRole('dialog', { name: 'Presentation' });
  await deck.getByRole('button', { name: 'Leave' }).click();
  await expect(deck).toBeHidden();
  await expect(page.getByRole('button', { name: 'Present saved views' })).toBeFocused();
});

test('leaving a deck comes back to the place on the page it was opened from', async ({ page }) => {
  await page.goto('./');
  const goals = page.getByRole('region', { name: 'Goal tracking' });
  await goals.getByRole('heading', { name: 'Goal tracking' }).scrollIntoViewIfNeeded();
  await expect(goals.locator('.chart__surface svg').first()).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
  // Where the reader sees the heading: what they would notice moved (the page above it may
  // still be settling its height on a busy machine, which scroll anchoring absorbs).
  const heading = goals.getByRole('heading', { name: 'Goal tracking' });
  const before = (await heading.boundingBox())!.y;
  await page.keyboard.press('p');
  const deck = page.getByRole('dialog', { name: 'Presentation' });
  await expect(deck.getByText('Slide 1 of 5')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(deck).toBeHidden();
  // Before, the page came back at its top, the reader's place lost.
  await expect(heading).toBeInViewport();
  await expect.poll(async () => Math.round((await heading.boundingBox())!.y - before)).toBe(0);
  // The key that opened it was pressed with nothing focused: the keyboard goes on from the chart
  // in view. Before, focus went to Present, 1,000 px above, and Tab went on from the page's top.
  await expect(goals.locator('figure.chart').first()).toBeFocused();
  await expect(page.locator(':focus')).toBeInViewport();
});

test('leaving a deck opened with a key at the page’s top puts focus on Present', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('region', { name: 'Shipments' }).locator('figure.chart')).toBeVisible();
  await page.keyboard.press('p');
  const deck = page.getByRole('dialog', { name: 'Presentation' });
  await expect(deck.getByText('Slide 1 of 5')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(deck).toBeHidden();
  await expect(page.getByRole('button', { name: 'Present', exact: true })).toBeFocused();
});

test('opening a saved view shows it from the top, as its link would', async ({ page }) => {
  await page.goto('./?from=2017&regions=india');
  await saveView(page, 'India since 2017');
  await page.goto('./');
  const saved = page.getByRole('region', { name: 'Saved views' });
  const open = saved.getByRole('button', { name: 'Open India since 2017' });
  await open.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/from=2017/);
  // Before, the page stayed scrolled as it was while the panels above shrank by some 1,700 px:
  // neither the view nor the list was on screen, and focus was on a button far above it.
  await expect(page.getByRole('region', { name: 'Filters' })).toBeInViewport();
  await expect(page.getByRole('region', { name: 'Shipments' }).getByRole('heading', { name: 'Shipments' })).toBeInViewport();
  await expect(page.getByRole('main')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toBeInViewport();
});

test('opening a saved view with settings it cannot use names them, as a link would', async ({ page }) => {
  const stored = {
    state: {
      views: [{ id: 'h1', name: 'India, edited', query: '?from=2016&regions=mars,india&currency=eur', savedAt: '2026-12-01T10:00:00.000Z', dataVersion: null }],
    },
    version: SAVED_VIEWS_VERSION,
  };
  await page.addInitScript(([key, value]) => window.localStorage.setItem(key!, value!), [SAVED_VIEWS_KEY, JSON.stringify(stored)]);
  await page.goto('./');
  const saved = page.getByRole('region', { name: 'Saved views' });
  await expect(saved).toContainText('2 settings not used as saved');
  await saved.getByRole('button', { name: 'Open India, edited' }).click();
  await expect(page).toHaveURL(/from=2016&regions=india/);
  // Before, the two settings were dropped without a word.
  const notice = page.getByRole('status').filter({ hasText: 'not used as given' });
  await expect(notice).toContainText('2 parts of the saved view “India, edited” were not used as given');
  await expect(notice).toContainText('unknown region "mars" left out');
  await expect(notice).toContainText('not one of RMB, USD');
});

test('a shared slide link opens the deck on that slide, with the view’s filters', async ({ page }) => {
  await page.goto('./?currency=USD&slide=3');
  const deck = page.getByRole('dialog', { name: 'Presentation' });
  await expect(deck.getByText('Slide 3 of 5')).toBeVisible();
  await expect(deck).toContainText('Converted at 1 RMB = 0.1468 USD');
  await expect(deck).toContainText('about USD 39.8 bn');
});

test('saved views survive a reload and can be presented in order', async ({ page }) => {
  await page.goto('./?focus=goals');
  const saved = page.getByRole('region', { name: 'Saved views' });
  await saveView(page, 'Goals');
  await page.goto('./?currency=USD&focus=revenue');
  await saveView(page, 'Revenue in USD');
  await saved.getByRole('button', { name: 'Move Revenue in USD up' }).click();
  await page.reload();
  await expect(saved.locator('.saved-view__name')).toHaveText(['Revenue in USD', 'Goals']);

  await saved.getByRole('button', { name: 'Present saved views' }).click();
  const deck = page.getByRole('dialog', { name: 'Presentation' });
  await expect(deck.getByText('Slide 1 of 2')).toBeVisible();
  await expect(deck).toContainText('Converted at 1 RMB = 0.1468 USD');
  await page.keyboard.press('ArrowRight');
  await expect(deck.getByRole('heading', { level: 2, name: 'Announced goals against what happened' })).toBeVisible();
  await page.reload();
  await expect(deck.getByText('Slide 2 of 2')).toBeVisible();
});

for (const [width, height] of [
  [1280, 720],
  [1280, 800],
  [1920, 1080],
] as const) {
  test(`a saved view of the whole page presents four readable charts on a ${width}×${height} screen`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('./');
    await saveAndPresent(page, 'Everything');
    const deck = page.getByRole('dialog', { name: 'Presentation' });
    const charts = deck.locator('.slide__body svg.recharts-surface');
    // Shipments, revenue, ranks and goal progress.
    await expect(charts).toHaveCount(4);
    for (const chart of await charts.all()) {
      const box = (await chart.boundingBox())!;
      // Readable, and two of them fit one above the other: charts drawn to fit their own
      // drawing had grown to 820–894 px, a slide three screens tall.
      expect(box.height, `${await chart.getAttribute('aria-label')}`).toBeGreaterThanOrEqual(140);
      expect(box.height, `${await chart.getAttribute('aria-label')}`).toBeLessThanOrEqual(height / 2);
    }
    await expect.poll(() => unreadableChartText(page)).toEqual([]);
    const goalList = deck.locator('.slide__goal-list');
    if (height >= 1080) {
      // The goals' statuses, in the list's small type, keep to the 11 px floor.
      const statusSizes = await goalList.locator('.status').evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
      expect(statusSizes.length).toBeGreaterThan(0);
      expect(Math.min(...statusSizes)).toBeGreaterThanOrEqual(11);
      // The list names a goal set in USD ("Reach USD 32 billion…"): the slide says why it is not in RMB.
      await expect(deck.getByText("Goals announced in USD are judged in USD, not in the page's RMB.")).toBeVisible();
    } else {
      // On a laptop the list of goals gives way to the four charts; the takeaway still counts them.
      await expect(goalList).toBeHidden();
      await expect(deck.locator('.slide__subtitle').last()).toContainText('six cannot be judged');
    }
    expect(await scrollsSideways(page)).toBe(false);
    // All four fit without scrolling, down to a 1280×720 screen (a shorter one scrolls, with a fade).
    const slide = deck.locator('.deck__slide');
    await expect.poll(() => slide.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);
    await expect(deck.locator('.slide__sources').last()).toBeInViewport();
    // Among four, the takeaways name the gaps; the notes under the charts would say it twice.
    await expect(deck.locator('.slide__subtitle').first()).toContainText('the sources give no annual figures for 2015–2022');
    await expect(deck.getByText(/^No annual (figure|rank) in the sources/)).toHaveCount(0);
  });
}

test('on a short screen, the keyboard scrolls a slide taller than the screen to its foot before moving on', async ({ page }) => {
  // A 1280×720 screen less a browser's bars.
  await page.setViewportSize({ width: 1280, height: 620 });
  await page.goto('./');
  const saved = page.getByRole('region', { name: 'Saved views' });
  await saved.getByLabel('Name for this view').fill('Everything');
  await saved.getByRole('button', { name: 'Save view' }).click();
  await page.goto('./?focus=goals');
  await saveAndPresent(page, 'Goals');
  const deck = page.getByRole('dialog', { name: 'Presentation' });
  await expect(deck.getByText('Slide 1 of 2')).toBeVisible();
  const slide = deck.locator('.deck__slide');
  // Four charts are taller than 620 px: the goals' sources, at the foot, start out of sight.
  const foot = deck.locator('.slide__sources').last();
  await expect(foot).not.toBeInViewport({ ratio: 0.9 });

  const atFoot = () => slide.evaluate((el) => el.scrollTop >= el.scrollHeight - el.clientHeight - 1);
  for (let press = 0; press < 5 && !(await atFoot()); press++) await page.keyboard.press('PageDown');
  await expect(foot).toBeInViewport({ ratio: 0.9 });
  await expect(deck.getByText('Slide 1 of 2')).toBeVisible();
  // At its foot, the next press moves on.
  await page.keyboard.press('Space');
  await expect(deck.getByText('Slide 2 of 2')).toBeVisible();

  // Back on the long slide it opens at its top, and Up from there scrolls nothing and moves nowhere.
  await page.keyboard.press('ArrowLeft');
  await expect(deck.getByText('Slide 1 of 2')).toBeVisible();
  await expect.poll(() => slide.evaluate((el) => el.scrollTop)).toBe(0);
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => slide.evaluate((el) => el.scrollTop)).toBe(40);
  await page.keyboard.press('PageUp');
  await expect.poll(() => slide.evaluate((el) => el.scrollTop)).toBe(0);
});

test.describe('damaged saved views', () => {
  test('are reported and set aside; the page works', async ({ page }) => {
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('xiaomi-dashboard:saved-views', '{"version":2,"views":[{"id":"ok","name":"Kept"');
        sessionStorage.setItem('seeded', '1');
      }
    });
    await page.goto('./');
    await expect(page.getByRole('alert')).toContainText('The stored saved views are not valid JSON');
    const aside = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':set-aside:')));
    expect(aside).toHaveLength(1);
    await expect(page.getByRole('region', { name: 'Shipments' })).toBeVisible();
  });
});

test('a presentation link with a bad part says so on the slides, not only after leaving', async ({ page }) => {
  await page.goto('./?slide=2&from=soon&v=%3Cb%3E');
  const deck = page.getByRole('dialog', { name: 'Presentation' });
  await expect(deck.getByText('Slide 2 of 5')).toBeVisible();
  const notice = deck.getByRole('status').filter({ hasText: 'not used as given' });
  await expect(notice).toContainText('from=soon');
  await expect(notice).toContainText('v=<b>: not a dataset version');
  // Dismissed, it leaves the keyboard on the deck, whose keys still move the slides.
  await notice.getByRole('button', { name: 'Dismiss' }).focus();
  await page.keyboard.press('Enter');
  await expect(notice).toBeHidden();
  await expect(deck).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(deck.getByText('Slide 3 of 5')).toBeVisible();
});

test('each chart slide says what its colours, shapes and hatching mean', async ({ page }) => {
  const deck = page.getByRole('dialog', { name: 'Presentation' });
  const legend = deck.getByRole('list', { name: 'Legend' });
  await page.goto('./?slide=2');
  for (const entry of ['Shipped', 'Sold (reported as sales)', 'Target (dashed)', 'Event']) await expect(legend).toContainText(entry);
  // With room to spare, the years without figures are also said under the chart.
  await expect(deck.getByText('No annual figure in the sources for 2015–2022.')).toBeVisible();
  await page.goto('./?slide=3');
  await expect(deck.getByRole('heading', { level: 2, name: /Revenue by segment/ })).toBeVisible();
  await expect(legend).toHaveText(/^Derived \(hatched or hollow\)/);
  await page.goto('./?slide=4');
  for (const entry of ['Worldwide', 'Mainland China']) await expect(legend).toContainText(entry);
});

test('a region whose ranks are one lone point gets its market-share chart on the Regional slide, its rank as a key figure', async ({ page }) => {
  const deck = page.getByRole('dialog', { name: 'Presentation' });
  await page.goto('./?regions=china&slide=4');
  await expect(deck.getByRole('heading', { level: 2 })).toHaveText('Market share, Mainland China, Q1 2017');
  await expect(deck.locator('.slide__figure').first()).toContainText('Annual rank in Mainland China, 2014No. 1');
  for (const maker of ['Huawei', 'Xiaomi']) await expect(deck.locator('svg.recharts-surface').getByText(maker, { exact: true })).toBeVisible();
  await expect(deck.locator('.slide__sources')).toContainText('CNBC on Q2 2017 shipments');
  // With ranks over several years the slide stays a rank chart.
  await page.goto('./?slide=4');
  await expect(deck.getByRole('heading', { level: 2 })).toHaveText('Where Xiaomi ranks');
});

test('Back from a deck returns to the filtered view it was opened on', async ({ page }) => {
  await page.goto('./?regions=china');
  await expect(page.getByRole('region', { name: 'Shipments' })).toBeVisible();
  await page.keyboard.press('p');
  const deck = page.getByRole('dialog', { name: 'Presentation' });
  await expect(deck.getByText('Slide 1 of 5')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(deck.getByText('Slide 2 of 5')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(deck.getByText('Slide 3 of 5')).toBeVisible();
  await page.goBack();
  await expect(deck).toBeHidden();
  await expect(page.getByRole('region', { name: 'Filters' })).toContainText('Mainland China');
  await expect(page).toHaveURL(/regions=china/);
  await expect(page).not.toHaveURL(/slide=/);
});

test('on a slide, arrows on a focused chart move between its marks, not between slides', async ({ page }) => {
  await page.goto('./?slide=2');
  const deck = page.getByRole('dialog', { name: 'Presentation' });
  await expect(deck.getByText('Slide 2 of 5')).toBeVisible();
  await deck.locator('svg.recharts-surface').first().focus();
  const shown = deck.locator('.chart-tooltip[data-row]').filter({ visible: true });
  await expect(shown).toHaveCount(1);
  const first = await shown.getAttribute('data-row');
  // Step on until the tooltip names another period.
  for (let step = 0; step < 4 && (await shown.getAttribute('data-row').catch(() => first)) === first; step++) {
    await page.keyboard.press('ArrowRight');
    await expect(deck.getByText('Slide 2 of 5')).toBeVisible();
  }
  await expect(shown).toHaveCount(1);
  await expect(shown).not.toHaveAttribute('data-row', first!);
  await page.keyboard.press('End');
  await expect(deck.getByText('Slide 2 of 5')).toBeVisible();
  // Off the chart, the same keys move the deck again.
  await deck.getByRole('heading', { level: 2 }).click();
  await page.keyboard.press('ArrowRight');
  await expect(deck.getByText('Slide 3 of 5')).toBeVisible();
});

test('on a 1920×1080 slide the event flags and rank markers grow with the type, read from across a room', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const deck = page.getByRole('dialog', { name: 'Presentation' });
  for (const [slide, marks] of [
    [2, '.event-flag path'],
    [4, '.event-flag path, .rank-dot .series-marker'],
  ] as const) {
    await page.goto(`./?slide=${slide}`);
    await expect(deck.locator('.event-flag path').first()).toBeVisible();
    const tick = await deck
      .locator('text.tick')
      .first()
      .evaluate((t) => parseFloat(getComputedStyle(t).fontSize));
    const heights = await deck.locator(marks).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    expect(heights.length).toBeGreaterThan(0);
    // Each mark at least seven tenths the height of the axis labels’ type (22 px here).
    for (const h of heights) expect(h, `slide ${slide}`).toBeGreaterThanOrEqual(0.7 * tick);
  }
});

test('a slide thins its axis and value labels for the type sizes its stylesheet draws them at', async ({ page }) => {
  for (const [width, height] of [
    [360, 740],
    [390, 844],
    [1280, 800],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.goto('./?slide=2');
    const chart = page.getByRole('dialog', { name: 'Presentation' }).locator('.chart-surface--large');
    const tick = chart.locator('text.tick').first();
    await expect(tick).toBeVisible();
    const drawn = await tick.evaluate((t) => parseFloat(getComputedStyle(t).fontSize));
    expect(drawn, `at ${width} px`).toBeCloseTo(slideTickSize(width), 0);
    const label = await chart
      .locator('text.bar-label')
      .first()
      .evaluate((t) => parseFloat(getComputedStyle(t).fontSize));
    expect(label, `at ${width} px`).toBeCloseTo((slideLabelScale(width) * 24) / 2.1, 0);
    // Even on the narrowest phone, the first year and the 2014 figure keep their labels.
    await expect(chart.locator('text.tick').first()).toHaveText('2012');
    await expect(chart.locator('text.bar-label').filter({ hasText: /^61m$/ })).toBeVisible();
  }
});

test('leaving the saved views comes back to the view they were presented from', async ({ page }) => {
  await page.goto('./?segments=iot&from=2023');
  const saved = page.getByRole('region', { name: 'Saved views' });
  await saved.getByLabel('Name for this view').fill('IoT 2023');
  await saved.getByRole('button', { name: 'Save view' }).click();
  await page.goto('./?from=2014&to=2017&regions=china');
  await saved.getByRole('button', { name: 'Present saved views' }).click();
  const deck = page.getByRole('dialog', { name: 'Presentation' });
  await expect(deck.getByRole('group', { name: 'IoT 2023' })).toBeVisible();
  await expect(page).toHaveURL(/segments=iot/);
  await deck.getByRole('button', { name: 'Leave' }).click();
  await expect(deck).toHaveCount(0);
  const params = new URL(page.url()).searchParams;
  expect([params.get('from'), params.get('to'), params.get('regions'), params.get('segments')]).toEqual(['2014', '2017', 'china', null]);
  await expect(page.getByRole('button', { name: /^Regions/ })).toContainText('Mainland China');
});

test('a click on a slide’s bar shows its details, with no tooltip beside them saying the same', async ({ page }) => {
  await page.goto('./?slide=2');
  const deck = page.getByRole('dialog', { name: 'Presentation' });
  const bar = deck.locator('.bar[data-row="2023"] rect').last();
  const box = (await bar.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height - 6);
  await expect(deck.locator('.chart-tooltip')).toBeVisible();
  await page.mouse.down();
  await page.mouse.up();
  await expect(deck.getByRole('group', { name: 'Details: 2023' })).toContainText('145.6 million');
  await expect(deck.locator('.chart-tooltip')).toBeHidden();
});

test('a slide drawn under a resting pointer shows no tooltip until the pointer moves', async ({ page }) => {
  // Where the slide's first chart is drawn, seen in another tab of the same browser.
  const other = await page.context().newPage();
  await other.goto('./');
  await saveAndPresent(other, 'Everything');
  const chart = (await other.getByRole('dialog', { name: 'Presentation' }).locator('svg.recharts-surface').first().boundingBox())!;
  await other.close();
  // Here the pointer rests there while the keyboard opens the deck.
  await page.goto('./');
  const deck = page.getByRole('dialog', { name: 'Presentation' });
  const present = page.getByRole('region', { name: 'Saved views' }).getByRole('button', { name: 'Present saved views' });
  await present.focus();
  const [x, y] = [chart.x + chart.width * 0.15, chart.y + chart.height * 0.5];
  await page.mouse.move(x, y);
  await page.keyboard.press('Enter');
  // The browser has the chart entered by the resting pointer; its tooltip is drawn but not shown.
  const tooltip = deck.locator('.recharts-tooltip-wrapper').filter({ has: page.locator('.chart-tooltip') });
  await expect(tooltip).toHaveCount(1);
  await expect(tooltip).toHaveCSS('opacity', '0');
  // Pointing shows it.
  await page.mouse.move(x + 4, y + 4);
  await expect(tooltip).toHaveCSS('opacity', '1');
});

test('leaving the deck leaves full screen too', async ({ page }) => {
  await page.goto('./?slide=1');
  const deck = page.getByRole('dialog', { name: 'Presentation' });
  await deck.getByRole('button', { name: /^Full screen/ }).click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await deck.getByRole('button', { name: /^Leave/ }).click();
  await expect(deck).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
});

test('a slide’s details count the events they leave out, pointing to no Timeline the slide lacks', async ({ page }) => {
  await page.goto('./?slide=2');
  const deck = page.getByRole('dialog', { name: 'Presentation' });
  await deck.getByRole('application', { name: 'Smartphone volumes, annual' }).focus();
  // 2012, 2013, 2014, then 2015 and its events.
  for (let press = 0; press < 3; press++) await page.keyboard.press('ArrowRight');
  await expect(deck.getByRole('status').filter({ hasText: /^2015: / })).toBeAttached();
  await page.keyboard.press('Enter');
  const details = deck.getByRole('group', { name: 'Details: 2015' });
  await expect(details).toContainText(/\d+ more events? in 2015\./);
  await expect(details).not.toContainText('Timeline');
  // The page itself has the Timeline, and says where the rest are.
  await page.goto('./');
  const shipments = page.getByRole('region', { name: 'Shipments' });
  await shipments.locator('svg[role="application"]').first().focus();
  for (let press = 0; press < 3; press++) await page.keyboard.press('ArrowRight');
  await expect(shipments.locator('.chart-tooltip')).toContainText(/more events? in 2015: see the Timeline below the panels\./);
});

test('an empty slide whose figures exist at another period length shows them in one press, and arrows still turn slides', async ({ page }) => {
  await page.goto('./?regions=india&slide=4');
  const deck = page.getByRole('dialog', { name: 'Presentation' });
  await expect(deck.getByText(/^No annual ranks for India: the sources give quarterly ranks/)).toBeVisible();
  await deck.getByRole('button', { name: 'Show quarterly ranks' }).click();
  await expect(deck.getByRole('application', { name: "Xiaomi's smartphone vendor rank, quarterly" })).toBeVisible();
  await expect(deck.getByText('Slide 4 of 5')).toBeVisible();
  await expect(page).toHaveURL(/ranks=quarter/);
  // The pressed button is gone: the keyboard is back on the deck, not lost on the page's body.
  await expect(deck).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(deck.getByText('Slide 5 of 5')).toBeVisible();
});

test('on the title slide, what the filters do not narrow reads at the size of the line above it', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('./?slide=1&regions=india');
  const revenue = page.getByRole('dialog', { name: 'Presentation' }).locator('.title-slide__figure[data-figure="revenue"]');
  const note = revenue.locator('.headline__unfiltered');
  await expect(note).toHaveText('Worldwide total');
  const size = (l: typeof note) => l.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  // Before, 12 px under a 17 px source line and a 58 px figure: unreadable across a room.
  expect(await size(note)).toBe(await size(revenue.locator('.title-slide__detail')));
  expect(await size(note)).toBeGreaterThanOrEqual(17);
});
