import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4321);
/** Served from a sub-path on purpose: the build must work wherever it is hosted. */
export const BASE_PATH = '/xiaomi/dashboard/';

export default defineConfig({
  testDir: 'tests/e2e',
  // Limits, not waits: a test ends as soon as what it waits for is on screen. They are set for
  // the suite on two busy cores (CI, and node ../shared/tools/busy.mjs 2 -- npm test), where a
  // journey of a dozen steps can take half a minute.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    // Each test starts from the network; the offline tests allow the service worker themselves.
    serviceWorkers: 'block',
    // The machine's own Chromium: Playwright never downloads a browser here.
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: `npx vite build && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort --base ${BASE_PATH}`,
    url: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    // Always build and serve fresh: a reused server would test a stale dist/.
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
  },
});
