import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { PANELS, expect } from './fixtures.ts';

/** WCAG 2.0 and 2.1, levels A and AA: what the issue asks the dashboard to meet. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe on what is on screen and fails with one readable line per offending node (rule id,
 * CSS target, axe's own summary of what is wrong), so a failure says what to fix without a trace.
 */
export async function expectNoAxeViolations(page: Page, what: string, include?: string) {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  const lines = violations.flatMap((v) => v.nodes.map((n) => `[${v.id}] ${n.target.join(' ')}\n    ${(n.failureSummary ?? v.help).replace(/\n/g, '\n    ')}`));
  // Soft: one run reports every view that fails, not only the first.
  expect
    .soft(
      violations.map((v) => `${v.id} (${v.nodes.length})`),
      `axe violations on ${what}:\n${lines.join('\n')}`,
    )
    .toEqual([]);
}

/** Waits until the four panels have drawn marks and the sections below them have loaded. */
export async function waitForDashboard(page: Page) {
  for (const name of PANELS) {
    const panel = page.getByRole('region', { name, exact: true });
    await expect(panel.locator('.bar, .rank-dot').first()).toBeVisible();
  }
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Sources' })).toBeVisible();
}
