import { readFileSync } from 'node:fs';
import { waitForDashboard } from './axe.ts';
import { expect, test } from './fixtures.ts';

declare global {
  interface Window {
    /** The page's controls in document order, and how each looked while it had keyboard focus. */
    keyboardWalk?: { controls: Element[]; focusedLook: Map<Element, string[]> };
  }
}

test('Tab reaches every control on the page, and each shows a visible focus ring', async ({ page }) => {
  // Tabbing through every section below the panels takes a while on two cores.
  test.setTimeout(90_000);
  await page.goto('./');
  await waitForDashboard(page);
  const controls = await page.evaluate(() => {
    const selector = 'a[href], button, input, select, textarea, summary, [tabindex]';
    const controls = [...document.querySelectorAll(selector)].filter((el) => {
      if ((el as HTMLButtonElement).disabled || (el as HTMLElement).tabIndex < 0) return false;
      // Hidden: in a closed dialog or menu, or not drawn.
      if (!el.checkVisibility()) return false;
      // A radio group is one Tab stop, on its checked option; the arrows move within it.
      if (el instanceof HTMLInputElement && el.type === 'radio') return el.checked;
      return true;
    });
    window.keyboardWalk = { controls, focusedLook: new Map() };
    return controls.map((el) => `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`);
  });
  // Header, filters, four panels with their charts, the sections below: a real page, not an empty one.
  expect(controls.length).toBeGreaterThan(40);

  const reached = new Set<number>();
  for (let press = 0; press < controls.length + 10; press++) {
    await page.keyboard.press('Tab');
    const index = await page.evaluate(() => {
      const el = document.activeElement;
      const walk = window.keyboardWalk!;
      if (!el || el === document.body) return -1;
      // The ring can be on the control, or for a visually hidden input on the label or the
      // span drawn for it (segmented controls, the file button).
      const look = [el, el.nextElementSibling, el.parentElement].map((e) => {
        if (!e) return '';
        const s = getComputedStyle(e);
        return `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} | ${s.boxShadow}`;
      });
      walk.focusedLook.set(el, look);
      return walk.controls.indexOf(el);
    });
    if (index >= 0 && reached.has(index)) break; // Round the page and back to the top.
    if (index >= 0) reached.add(index);
  }
  const missed = controls.filter((_, i) => !reached.has(i));
  expect(missed, 'controls Tab never reaches').toEqual([]);

  const withoutRing = await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    const walk = window.keyboardWalk!;
    return walk.controls.flatMap((el) => {
      const focused = walk.focusedLook.get(el)!;
      const unfocused = [el, el.nextElementSibling, el.parentElement].map((e) => {
        if (!e) return '';
        const s = getComputedStyle(e);
        return `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} | ${s.boxShadow}`;
      });
      // A ring: an outline at least 2 px wide or a shadow, that is not there without focus.
      const ring = focused.some((look, i) => {
        const [outline = '', shadow = ''] = look.split(' | ');
        const [style = 'none', width = '0px'] = outline.split(' ');
        const drawn = (style !== 'none' && parseFloat(width) >= 2) || (shadow !== 'none' && shadow !== '');
        return drawn && look !== unfocused[i];
      });
      return ring ? [] : [`${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`];
    });
  });
  expect(withoutRing, 'controls that show no focus ring').toEqual([]);
});

test('Home and End on a focused chart go to its first and last mark, and keep it on screen', async ({ page }) => {
  await page.goto('./');
  const shipments = page.getByRole('region', { name: 'Shipments' });
  const chart = shipments.locator('svg.recharts-surface').first();
  const status = shipments.locator('figure').first().getByRole('status');
  await chart.focus();
  await expect(chart).toBeInViewport();
  await page.keyboard.press('End');
  await expect(status).toHaveText(/^2023: Shipped, about 145\.6 million smartphones/);
  await expect(chart).toBeFocused();
  await expect(chart).toBeInViewport();
  await page.keyboard.press('Home');
  await expect(status).toHaveText(/^2012: Sold \(reported as sales\), 7\.2 million smartphones/);

  // In a chart of rows, the first is the top row.
  const segments = page.getByRole('region', { name: 'Revenue segments' });
  const rows = segments.locator('svg.recharts-surface').first();
  const said = segments.locator('figure').first().getByRole('status');
  await rows.focus();
  await page.keyboard.press('End');
  await expect(said).toHaveText(/^Other \(remainder\): /);
  await page.keyboard.press('Home');
  await expect(said).toHaveText(/^Smartphones: /);
});

test('Enter on a chart far down the page filters to its mark and keeps that chart on screen', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('./');
  const chart = page.getByRole('region', { name: 'Regional performance' }).locator('svg[role="application"]').first();
  await chart.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/from=2014&to=2014/);
  // The panels above shrank to one year; the chart the keyboard is on is still in sight.
  await expect(chart).toBeFocused();
  await expect(chart).toBeInViewport();
});

test('Tab into a chart says the mark it lands on', async ({ page }) => {
  await page.goto('./');
  const shipments = page.getByRole('region', { name: 'Shipments' });
  await shipments.getByRole('button', { name: 'Download' }).focus();
  await page.keyboard.press('Tab');
  await expect(shipments.locator('svg[role="application"]').first()).toBeFocused();
  await expect(shipments.locator('figure').first().getByRole('status')).toHaveText(/^2012: Sold \(reported as sales\), 7\.2 million smartphones\./);
});

test('the arrow keys on a chart say which mark they reached, and Enter filters to it', async ({ page }) => {
  await page.goto('./');
  const panel = page.getByRole('region', { name: 'Revenue segments' });
  const chart = panel.locator('svg.recharts-surface').first();
  await chart.focus();
  await page.keyboard.press('ArrowRight');
  const status = panel.locator('figure').first().getByRole('status');
  await expect(status).toHaveText(/^[A-Z][^:]+: .+\. Enter: Filter the page to (.+)\.$/);
  const named = (await status.textContent())?.match(/Filter the page to (.+)\.$/)?.[1] ?? '';
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]segments=/);
  await expect(page.getByRole('button', { name: /^Segments/ })).toContainText(named);
});

test('on a slide, the arrow keys name the mark reached and Enter shows its details', async ({ page }) => {
  await page.goto('./?slide=2');
  const deck = page.getByRole('dialog', { name: 'Presentation' });
  const chart = deck.getByRole('application', { name: 'Smartphone volumes, annual' });
  // Described, as on the page, by its takeaway: here the slide's subtitle.
  await expect(chart).toHaveAccessibleDescription(await deck.locator('.slide__subtitle').innerText());
  await chart.focus();
  // Focus is on the first year; the first press moves to the second.
  await page.keyboard.press('ArrowRight');
  await expect(deck.getByRole('status').filter({ hasText: /^2013: Sold \(reported as sales\), 18\.7 million/ })).toBeAttached();
  await page.keyboard.press('ArrowRight');
  await expect(deck.getByRole('status').filter({ hasText: /^2014: / })).toBeAttached();
  await page.keyboard.press('Enter');
  const details = deck.getByRole('group', { name: 'Details: 2014' });
  await expect(details).toContainText('61 million');
  // The slide stays put: a slide filters nothing.
  await expect(deck.getByText('Slide 2 of 5')).toBeVisible();
  await expect(page).toHaveURL(/slide=2/);
  // Escape puts the details away and stays in the deck; the next Escape leaves it.
  await page.keyboard.press('Escape');
  await expect(details).toBeHidden();
  await expect(deck.getByText('Slide 2 of 5')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(deck).toBeHidden();
});

test('loading a file or saving a view from the keyboard leaves focus where the reader can go on', async ({ page }) => {
  await page.goto('./');
  const load = page.getByLabel('Load data');
  await load.focus();
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  await (await chooser).setFiles({ name: 'mine.json', mimeType: 'application/json', buffer: readFileSync('public/data/xiaomi.json') });
  await expect(page.getByText('Showing your data:')).toBeVisible();
  await expect(load).toBeFocused();

  const saved = page.getByRole('region', { name: 'Saved views' });
  await saved.getByLabel('Name for this view').fill('Mine');
  await saved.getByRole('button', { name: 'Save view' }).focus();
  await page.keyboard.press('Enter');
  await expect(saved.getByRole('status')).toContainText('Saved “Mine”');
  // Ready for the next name, rather than on the page's body.
  await expect(saved.getByLabel('Name for this view')).toBeFocused();
});

test('a button that a press disables or relabels keeps keyboard focus', async ({ page }) => {
  await page.goto('./?from=2015&to=2018');
  const filters = page.getByRole('region', { name: 'Filters' });

  // The revenue panel's offer to convert targets becomes the offer to undo it, on the same button.
  const convert = page.getByRole('region', { name: 'Revenue segments' }).getByRole('button', { name: 'Convert them to RMB' });
  await convert.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/convert=1/);
  await expect(page.getByRole('button', { name: 'Show targets as stated' })).toBeFocused();

  // None in the Regions list, then Reset filters: each leaves nothing more to do, and keeps focus.
  await filters.getByRole('button', { name: /^Regions/ }).click();
  const none = filters.getByRole('group', { name: 'Regions' }).getByRole('button', { name: 'None' });
  await none.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/regions=(&|$)/);
  await expect(none).toHaveAttribute('aria-disabled', 'true');
  await expect(none).toBeFocused();
  await page.keyboard.press('Escape');
  const reset = filters.getByRole('button', { name: 'Reset filters' });
  await reset.focus();
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(/from=/);
  await expect(reset).toHaveAttribute('aria-disabled', 'true');
  await expect(reset).toBeFocused();

  // The last slide's Next button.
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  const deck = page.getByRole('dialog', { name: 'Presentation' });
  await expect(deck).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await expect(deck).toContainText('Slide 4 of 5');
  const next = deck.getByRole('button', { name: 'Next slide' });
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(deck).toContainText('Slide 5 of 5');
  await expect(next).toHaveAttribute('aria-disabled', 'true');
  await expect(next).toBeFocused();
});

test('arrow keys over a year without figures say so, with its events, and offer nothing to filter', async ({ page }) => {
  await page.goto('./');
  const panel = page.getByRole('region', { name: 'Shipments' });
  const chart = panel.locator('svg.recharts-surface').first();
  await chart.focus();
  const status = panel.locator('figure').first().getByRole('status');
  // Focus shows 2012; five presses pass 2013, 2014, 2015 (a target) and 2016 to reach 2017.
  for (let press = 0; press < 5; press++) await page.keyboard.press('ArrowRight');
  await expect(status).toHaveText(/^2017: no figure in the sources\. \d+ events, the first: .+\.$/);
  await expect(panel.locator('.chart-tooltip')).toContainText('No figure in the sources');
});

test('Tab out of an open list closes it; Shift+Tab back to its button keeps it open', async ({ page }) => {
  await page.goto('./');
  const filters = page.getByRole('region', { name: 'Filters' });
  // Its name is what it says, without the arrow drawn beside it.
  const button = filters.getByRole('button', { name: 'Regions All', exact: true });
  await button.focus();
  await page.keyboard.press('Enter');
  const regions = filters.getByRole('group', { name: 'Regions' });
  await expect(regions).toBeVisible();
  // Into the list, and back to its button: still open.
  await page.keyboard.press('Tab');
  await expect(regions.locator(':focus')).toHaveCount(1);
  await page.keyboard.press('Shift+Tab');
  await expect(button).toBeFocused();
  await expect(regions).toBeVisible();
  // Back past its button: closed.
  await page.keyboard.press('Shift+Tab');
  await expect(regions).toBeHidden();
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(regions).toBeVisible();
  // Through every control in it and on: the list closes rather than stay over the page.
  const controls = await regions.locator('button:visible, input:visible').count();
  for (let i = 0; i <= controls; i++) await page.keyboard.press('Tab');
  await expect(regions).toBeHidden();
  await expect(filters.getByRole('button', { name: /^Segments/ })).toBeFocused();

  // A click on a choice's words, which take no focus, chooses it and leaves the list open.
  await button.click();
  await regions.getByText('India', { exact: true }).click();
  await expect(page).toHaveURL(/regions=/);
  await expect(regions).toBeVisible();
  await regions.getByText('India', { exact: true }).click();
  await expect(page).not.toHaveURL(/regions=/);
});

test('Escape leaves a panel shown on its own, once no list or dialog is open over it', async ({ page }) => {
  await page.goto('./');
  await waitForDashboard(page);
  await page.getByRole('region', { name: 'Goal tracking' }).getByRole('button', { name: 'Focus' }).click();
  await expect(page).toHaveURL(/focus=goals/);
  await expect(page.getByRole('region', { name: 'Shipments' })).toHaveCount(0);

  // An open list takes the first Escape; the panel stays on its own.
  const filters = page.getByRole('region', { name: 'Filters' });
  await filters.getByRole('button', { name: /^Regions/ }).click();
  const regions = filters.getByRole('group', { name: 'Regions' });
  await expect(regions).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(regions).toBeHidden();
  await expect(page).toHaveURL(/focus=goals/);

  // While a dialog is open, the page's keys wait: P does not start presenting behind it.
  await page.getByRole('button', { name: 'Sources', exact: true }).click();
  const sources = page.getByRole('dialog', { name: 'Sources' });
  await expect(sources).toBeVisible();
  await page.keyboard.press('p');
  await page.keyboard.press('Escape');
  await expect(sources).toBeHidden();
  await expect(page.getByRole('dialog', { name: 'Presentation' })).toHaveCount(0);
  await expect(page).toHaveURL(/focus=goals/);

  await expect(page.getByRole('button', { name: 'Show all panels' })).toHaveAttribute('aria-keyshortcuts', 'Escape');
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/focus=/);
  await expect(page.getByRole('region', { name: 'Shipments' })).toBeVisible();
});

test('leaving a panel shown on its own returns to that panel, not to the top of the page', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./');
  await waitForDashboard(page);
  const goals = page.getByRole('region', { name: 'Goal tracking' });
  const onScreen = async () => {
    const box = (await goals.getByRole('heading', { level: 2 }).boundingBox())!;
    return box.y >= 0 && box.y + box.height <= 800;
  };
  const focusButton = goals.getByRole('button', { name: 'Focus' });

  // Escape, with the Focus button still holding the keyboard: it is on screen, and so is its panel.
  await focusButton.click();
  await expect(page).toHaveURL(/focus=goals/);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Shipments' })).toBeVisible();
  await expect(focusButton).toBeFocused();
  await expect(focusButton).toBeInViewport();
  expect(await onScreen()).toBe(true);

  // Show all panels leaves with its button: the keyboard goes to the panel's Focus button, not the page.
  await focusButton.click();
  await page.getByRole('button', { name: 'Show all panels' }).click();
  await expect(page.getByRole('region', { name: 'Shipments' })).toBeVisible();
  await expect(focusButton).toBeFocused();
  await expect(focusButton).toBeInViewport();
  expect(await onScreen()).toBe(true);

  // A click on the panel's words moves the keyboard off the button to the page; Escape still
  // leaves it on the panel's Focus button rather than at the page's top.
  await focusButton.click();
  await page.getByText('Showing').click();
  await expect(focusButton).not.toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: 'Shipments' })).toBeVisible();
  await expect(focusButton).toBeFocused();
  expect(await onScreen()).toBe(true);
});

test('in a chart of rows, Down and Right step down the rows, Up and Left back up', async ({ page }) => {
  await page.goto('./');
  const panel = page.getByRole('region', { name: 'Revenue segments' });
  const chart = panel.locator('svg.recharts-surface').first();
  const status = panel.locator('figure').first().getByRole('status');
  // Focus is on the top row, Smartphones.
  await chart.focus();
  const scroll = await page.evaluate(() => window.scrollY);
  for (const [key, row] of [
    ['ArrowDown', 'IoT and lifestyle products'],
    ['ArrowDown', 'Internet services'],
    ['ArrowUp', 'IoT and lifestyle products'],
    ['ArrowRight', 'Internet services'],
    ['ArrowLeft', 'IoT and lifestyle products'],
    ['ArrowUp', 'Smartphones'],
  ] as const) {
    await page.keyboard.press(key);
    await expect(status, `${key} reaches ${row}`).toHaveText(new RegExp(`^${row}: `));
  }
  // The keys moved the chart's focus, not the page.
  expect(await page.evaluate(() => window.scrollY)).toBe(scroll);
});
