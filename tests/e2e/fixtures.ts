import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every end-to-end test fails on a console error, an uncaught exception or a Content-Security-
 * Policy violation, unless the test declares the exact message it expects (e.g. a deliberately
 * broken dataset). Violations are caught from the page's own `securitypolicyviolation` events,
 * not only from the console, so a policy the browser enforces silently still fails the test.
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
      await page.exposeFunction('__reportCspViolation', (text: string) => {
        if (!allowConsoleErrors.some((re) => re.test(text))) errors.push(text);
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation;
          report(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`);
        });
      });
      await use();
      expect(errors, 'console errors during the test').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export const PANELS = ['Shipments', 'Revenue segments', 'Regional performance', 'Goal tracking'] as const;

/** Chooses a theme as a user does: the Theme button in the header, then the option. */
export async function chooseTheme(page: Page, theme: 'System' | 'Light' | 'Dark') {
  await page.getByRole('button', { name: /^Theme/ }).click();
  await page.getByRole('radio', { name: theme, exact: true }).check();
  await page.keyboard.press('Escape');
}

/** Saves the view on screen under `name` with the Saved views form, then presents the saved views. */
/** Saves the view on screen under `name`, as a user does in the Saved views section. */
export async function saveView(page: Page, name: string) {
  const saved = page.getByRole('region', { name: 'Saved views' });
  await saved.getByLabel('Name for this view').fill(name);
  await saved.getByRole('button', { name: 'Save view' }).click();
}

export async function saveAndPresent(page: Page, name: string) {
  await saveView(page, name);
  await page.getByRole('region', { name: 'Saved views' }).getByRole('button', { name: 'Present saved views' }).click();
}
