/**
 * npm run bench:records   (ROWS=… RUNS=… to change the size)
 * A/B for decision 0002 (records packed as columns): how long the page's thread is held while
 * it receives the dataset worker's 100,000 observations and rebuilds them, sent as plain objects
 * (A) or packed as columns (B), alternating, at 4x CPU throttling in the system Chromium. Both
 * sides use the app's own pack-records.ts; the page code and the records are the same.
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { transformWithOxc } from 'vite';
import { generateDataset } from '../scripts/lib/generate-dataset.ts';

const ROWS = Number(process.env.ROWS ?? 100_000);
const RUNS = Number(process.env.RUNS ?? 5);
const THROTTLE = 4;

const packing = (await transformWithOxc(readFileSync('src/data/loader/pack-records.ts', 'utf8'), 'pack-records.ts', { lang: 'ts' })).code.replace(
  /^export /gm,
  '',
);
const base = JSON.parse(readFileSync('public/data/xiaomi.json', 'utf8'));
const observations = JSON.stringify(generateDataset({ rows: ROWS, base }).observations);

/** Worker: holds the records, and posts them plain or packed when asked. */
const workerSource = `${packing}
let records = null;
self.onmessage = (e) => {
  if (e.data.records) { records = e.data.records; self.postMessage('ready'); return; }
  if (e.data.mode === 'plain') self.postMessage({ mode: 'plain', observations: records });
  else { const packed = packRecords(records); self.postMessage({ mode: 'packed', observations: packed }, transferables(packed)); }
};`;

/** Page: receives one reply and rebuilds the records as the app does; reports the longest task and the total. */
const pageSource = `${packing}
window.measure = (workerUrl, json, mode) => new Promise((resolve) => {
  const records = JSON.parse(json);
  const worker = new Worker(workerUrl);
  const tasks = [];
  worker.onmessage = (e) => {
    if (e.data === 'ready') {
      tasks.length = 0;
      new PerformanceObserver((list) => { for (const t of list.getEntries()) tasks.push(t.duration); }).observe({ type: 'longtask' });
      window.__start = performance.now();
      worker.postMessage({ mode });
      return;
    }
    const reply = e.data;
    const rows = reply.mode === 'plain' ? reply.observations : recordReader(reply.observations)(0, reply.observations.length);
    const handled = performance.now();
    // Let the long-task entries arrive.
    setTimeout(() => {
      worker.terminate();
      resolve({ rows: rows.length, total: handled - window.__start, longest: Math.max(0, ...tasks), blocked: tasks.reduce((a, b) => a + b, 0) });
    }, 300);
  };
  worker.postMessage({ records });
});`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
interface Measure {
  total: number;
  longest: number;
  blocked: number;
}
const results: Record<'plain' | 'packed', Measure[]> = { plain: [], packed: [] };
try {
  for (let run = 0; run < RUNS; run++) {
    for (const mode of ['plain', 'packed'] as const) {
      const page = await browser.newPage();
      await page.setContent('<!doctype html><title>records</title>');
      await page.addScriptTag({ content: pageSource });
      const workerUrl = await page.evaluate((src) => URL.createObjectURL(new Blob([src], { type: 'text/javascript' })), workerSource);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
      // The time from asking for the records to holding them all as objects on the page.
      const { rows, ...measure } = await page.evaluate(
        ([url, json, m]) => (window as unknown as { measure: (u: string, j: string, m: string) => Promise<Measure & { rows: number }> }).measure(url, json, m),
        [workerUrl, observations, mode] as const,
      );
      if (rows !== ROWS) throw new Error(`${mode}: ${rows} rows back`);
      results[mode].push(measure);
      await page.close();
    }
  }
} finally {
  await browser.close();
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const of = (mode: 'plain' | 'packed', key: keyof Measure) => median(results[mode].map((m) => m[key]));
console.log(`${ROWS} observations, ${RUNS} alternating runs each, ${THROTTLE}x CPU throttling; medians in ms`);
console.log('                      plain   packed   change');
for (const [key, label] of [
  ['total', 'asked to rebuilt'],
  ['blocked', 'page long tasks'],
  ['longest', 'longest page task'],
] as const) {
  const a = of('plain', key);
  const b = of('packed', key);
  console.log(`  ${label.padEnd(18)} ${a.toFixed(0).padStart(6)}   ${b.toFixed(0).padStart(6)}   ${a ? `${(((b - a) / a) * 100).toFixed(0)}%` : 'n/a'}`);
}
