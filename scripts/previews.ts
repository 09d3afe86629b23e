/**
 * npm run previews
 * Renders the 1200×630 images a chat or social site shows for a pasted link: the title slide
 * and each panel's slide in its default view, drawn by the real app in the system Chromium.
 * Writes public/previews/*.png and public/previews/previews.json, which records the dataset the
 * images show; validate-data fails when the dataset has changed since (run this again).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { PREVIEWS, PREVIEWS_DIR, PREVIEW_SIZE, sha256 } from './lib/previews.ts';

const OUT = '.previews-build';

/**
 * A chat shows a preview at about 600×315, half the size it is drawn: print a slide sets at
 * 13 to 18 px would shrink to 5 or 6 px there. The preview raises every line of small print
 * (sources, notes, axis labels, figure labels) to 21 px on its 1600 px screen, 8 px at that
 * size, and hides the slide controls, which a preview has no use for.
 */
const PREVIEW_STYLE = `
  .deck__controls { visibility: hidden; }
  .slide__figure dt, .slide__figure-detail, .slide__footer, .title-slide__figure dt, .title-slide__detail,
  .slide .tick, .slide .recharts-text, .slide .gap-label, .slide svg text:not(.event-flag__count) { font-size: 21px; }
  .slide .bar-label, .slide text.bar-label { font-size: 24px; }
  .slide__goal-list .status { font-size: 19px; }
`;
const datasetSha256 = sha256(readFileSync('public/data/xiaomi.json'));

await build({ logLevel: 'warn', build: { outDir: OUT, emptyOutDir: true } });
const server = await preview({ logLevel: 'warn', preview: { port: 4190, strictPort: true, host: '127.0.0.1' }, build: { outDir: OUT } });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  // Laid out as a 1600×840 screen, a common size for the slides, and written at 1200×630.
  const scale = PREVIEW_SIZE.width / 1600;
  const page = await browser.newPage({
    viewport: { width: 1600, height: Math.round(PREVIEW_SIZE.height / scale) },
    deviceScaleFactor: scale,
    colorScheme: 'light',
    serviceWorkers: 'block',
    // Only to add PREVIEW_STYLE, which the page's CSP would refuse as an inline style.
    bypassCSP: true,
  });
  mkdirSync(PREVIEWS_DIR, { recursive: true });
  for (const { name, slide } of PREVIEWS) {
    await page.goto(`http://127.0.0.1:4190/?slide=${slide}&theme=light`);
    const deck = page.getByRole('dialog', { name: 'Presentation' });
    await deck.getByText(`Slide ${slide} of`).waitFor();
    // A slide with a chart is ready when its marks are drawn and have stopped moving.
    if (slide > 1) await deck.locator('.bar, .rank-dot, .slide__goal-title').first().waitFor();
    await page.addStyleTag({ content: PREVIEW_STYLE });
    await page.evaluate(() => document.fonts.ready);
    await page.waitForFunction(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true)))));
    await page.screenshot({ path: `${PREVIEWS_DIR}/${name}.png` });
    console.log(`wrote ${PREVIEWS_DIR}/${name}.png`);
  }
  writeFileSync(`${PREVIEWS_DIR}/previews.json`, `${JSON.stringify({ datasetSha256, images: PREVIEWS.map((p) => `${p.name}.png`) }, null, 2)}\n`);
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  rmSync(OUT, { recursive: true, force: true });
}
