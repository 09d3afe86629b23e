import type { Page } from '@playwright/test';
import { expectNoAxeViolations, waitForDashboard } from './axe.ts';
import { lowContrastChartText } from './chart-contrast.ts';
import { PANELS, chooseTheme, expect, test } from './fixtures.ts';

/** The page really is in the theme under test: axe checks colours, so a wrong theme would pass unnoticed. */
async function expectPageBackground(page: Page, theme: 'light' | 'dark') {
  const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(background).toBe(theme === 'dark' ? 'rgb(15, 17, 21)' : 'rgb(245, 246, 248)');
}

/**
 * Every view a user can reach is checked against WCAG 2.1 A/AA by axe: the dashboard, the
 * tables, the presentation and the Sources dialog, in the light theme, the dark theme and a
 * system set to dark.
 */
async function checkEveryView(page: Page, query: string, theme: 'light' | 'dark') {
  await page.goto(`./${query}`);
  await waitForDashboard(page);
  await expectPageBackground(page, theme);
  await expectNoAxeViolations(page, `the dashboard (${theme})`);

  for (const name of PANELS) {
    const panel = page.getByRole('region', { name, exact: true });
    await panel.getByRole('button', { name: 'Show table' }).click();
    await expect(panel.getByRole('table').first()).toBeVisible();
  }
  await expectNoAxeViolations(page, `the four panels as tables (${theme})`);
  for (const name of PANELS) await page.getByRole('region', { name, exact: true }).getByRole('button', { name: 'Show table' }).click();

  await page.getByRole('button', { name: 'Sources' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sources' });
  await expect(dialog.locator('ol.sources > li').first()).toBeVisible();
  await expectNoAxeViolations(page, `the Sources dialog (${theme})`);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'Present', exact: true }).click();
  const deck = page.getByRole('dialog', { name: 'Presentation' });
  for (let slide = 1; slide <= 5; slide++) {
    await expect(deck.getByText(`Slide ${slide} of 5`)).toBeVisible();
    if (slide > 1) await expect(deck.locator('.bar, .rank-dot').first()).toBeVisible();
    await expectNoAxeViolations(page, `presentation slide ${slide} (${theme})`);
    await page.keyboard.press('ArrowRight');
  }
}

test.describe('no WCAG 2.1 A/AA violations', () => {
  // Four full passes of axe over a large page: slower than the default budget on two cores.
  test.describe.configure({ timeout: 120_000 });

  test('light theme', async ({ page }) => {
    await checkEveryView(page, '?theme=light', 'light');
  });

  test('dark theme from the link', async ({ page }) => {
    await checkEveryView(page, '?theme=dark', 'dark');
  });

  test.describe('a system set to dark', () => {
    test.use({ colorScheme: 'dark' });
    test('follows it with theme=system', async ({ page }) => {
      await checkEveryView(page, '?theme=system', 'dark');
    });
  });

  test('a phone-sized screen, where wide charts and tables scroll in their frames', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    for (const theme of ['light', 'dark'] as const) {
      await page.goto(`./?theme=${theme}`);
      await waitForDashboard(page);
      await expectPageBackground(page, theme);
      await expectNoAxeViolations(page, `the dashboard at 360 px (${theme})`);
    }
  });

  test('dark theme chosen with the Theme control', async ({ page }) => {
    await page.goto('./?theme=light');
    await waitForDashboard(page);
    await chooseTheme(page, 'Dark');
    await expect(page).toHaveURL(/theme=dark/);
    await expectPageBackground(page, 'dark');
    await expectNoAxeViolations(page, 'the dashboard after choosing Dark');
  });
});

test.describe('chart text, which axe does not check', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`has 4.5:1 contrast against what is behind it (${theme})`, async ({ page }) => {
      await page.goto(`./?theme=${theme}`);
      await waitForDashboard(page);
      // Labels drawn inside bars are the risky ones; the test must see some to mean anything.
      await expect(page.locator('text.bar-label--inside').first()).toBeVisible();
      expect(await lowContrastChartText(page)).toEqual([]);
      // The revenue slide: its labels are drawn larger, some inside bars.
      await page.goto(`./?theme=${theme}&slide=3`);
      await expect(page.getByRole('dialog', { name: 'Presentation' }).getByText('Slide 3 of 5')).toBeVisible();
      await expect(page.locator('.deck .bar').first()).toBeVisible();
      expect(await lowContrastChartText(page)).toEqual([]);
    });
  }
});

test('every chart tells its series apart without colour: marker shapes that match the legend, or line styles', async ({ page }) => {
  await page.goto('./');
  await waitForDashboard(page);
  await expect(page.locator('.goal__trajectory .recharts-line-curve').first()).toBeVisible();
  const charts = await page.evaluate(() => {
    const shapeOf = (marker: Element | null) => marker?.getAttribute('data-shape') ?? 'none';
    return [...document.querySelectorAll('figure.chart')].map((figure) => {
      const title = figure.closest('.subchart, .panel')?.querySelector('h3, h2')?.textContent ?? '';
      const shapes: Record<string, string[]> = {};
      for (const mark of figure.querySelectorAll('.bar[data-series], .rank-dot[data-series]')) {
        // A bar too short to hold a marker inside it goes without: above it, it would read as another point.
        const drawn = mark.querySelector('rect:not(.hit-area)');
        if (drawn && drawn.getBoundingClientRect().height <= 22) continue;
        const series = mark.getAttribute('data-series')!;
        (shapes[series] ??= []).push(shapeOf(mark.querySelector('.series-marker')));
      }
      const legendShapes = [...figure.querySelectorAll('.chart-legend .swatch')].flatMap((s) => [...s.classList].map((c) => c.replace('swatch--', '')));
      const dashes = [...figure.querySelectorAll('.recharts-line-curve')].map((l) => getComputedStyle(l).strokeDasharray);
      return { title, shapes, legendShapes, dashes };
    });
  });
  let multiSeries = 0;
  for (const { title, shapes, legendShapes, dashes } of charts) {
    const series = Object.keys(shapes);
    if (series.length > 1) {
      multiSeries++;
      const perSeries = series.map((s) => [...new Set(shapes[s])]);
      for (const [i, found] of perSeries.entries()) {
        expect(found, `${title}: every mark of ${series[i]} has the same marker`).toHaveLength(1);
        expect(found[0], `${title}: ${series[i]} has a marker`).not.toBe('none');
        expect(legendShapes, `${title}: the legend shows the ${found[0]} marker`).toContain(found[0]);
      }
      expect(new Set(perSeries.flat()).size, `${title}: each series has its own marker shape`).toBe(series.length);
    }
    // Charts of lines alone (a goal's trajectory) tell them apart by dash pattern.
    else if (dashes.length > 1) expect(new Set(dashes).size, `${title}: each line has its own dash pattern`).toBe(dashes.length);
  }
  // Shipped vs sold, adjusted net profit vs R&D, worldwide vs China ranks: the test must see them.
  expect(multiSeries).toBeGreaterThanOrEqual(3);
});

test.describe('chart tooltips, read with the keyboard', () => {
  // An axe pass per chart, eight charts or more: slower than the default budget on two busy cores.
  test.describe.configure({ timeout: 120_000 });
  for (const theme of ['light', 'dark'] as const) {
    test(`have no WCAG 2.1 A/AA violations (${theme})`, async ({ page }) => {
      await page.goto(`./?theme=${theme}`);
      await waitForDashboard(page);
      await expect(page.locator('.goal__trajectory svg.recharts-surface')).toBeVisible();
      const charts = page.locator('.panel .recharts-wrapper svg[tabindex="0"]');
      const count = await charts.count();
      expect(count).toBeGreaterThanOrEqual(8);
      for (let i = 0; i < count; i++) {
        const chart = charts.nth(i);
        await chart.focus();
        const tooltip = page.locator('.recharts-tooltip-wrapper').filter({ visible: true }).filter({ hasText: /\S/ });
        // A step with no value on a trajectory shows no tooltip; move on until one does.
        for (let step = 0; step < 4 && (await tooltip.count()) === 0; step++) await page.keyboard.press('ArrowRight');
        await expect(tooltip, `chart ${i + 1} shows a tooltip`).toHaveCount(1);
        await expectNoAxeViolations(page, `the tooltip of chart ${i + 1} (${theme})`, '.recharts-tooltip-wrapper');
      }
    });
  }
});
