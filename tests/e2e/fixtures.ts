import { test as base, expect } from '@playwright/test';

/**
 * Every end-to-end test fails on a console error or an uncaught exception, unless the test
 * declares the exact message it expects (e.g. a deliberately broken dataset).
 */
export const test = base.extend<{ allowConsoleErrors: RegExp[]; consoleGuard: void }>({
  allowConsoleErrors: [[], { option: true }],
  consoleGuard: [
    async ({ page, allowConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' && !allowConsoleErrors.some((re) => re.test(m.text()))) errors.push(`console: ${m.text()}`);
      });
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      await use();
      expect(errors, 'console errors during the test').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export const PANELS = ['Shipments', 'Revenue segments', 'Regional performance', 'Goal tracking'] as const;
