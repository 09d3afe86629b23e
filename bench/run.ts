/**
 * npm run bench [-- --quick] [--runs 5] [--changes 10] [--rows 100000]
 *
 * Builds the app, serves the production build, and drives headless Chromium with the CPU
 * throttled 4x (CDP Emulation.setCPUThrottlingRate) to measure what users feel: initial
 * JavaScript bytes, time to the first chart and to all four panels, filter-change latency
 * (Event Timing, INP-style) with the bundled data and with a generated 100,000-row dataset,
 * and the JS heap after loading it. Prints a table, writes bench/results.json, and exits
 * non-zero when a budget is missed. --quick runs once with fewer changes (for CI, so the bench
 * cannot rot); it enforces the byte budget, which does not depend on the machine, and reports
 * the timings without failing on them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import react from '@vitejs/plugin-react';
import { build as viteBuild } from 'vite';
import { validateDataset } from '../src/data/validate-dataset.ts';
import { generateDataset } from '../scripts/lib/generate-dataset.ts';
import { DATASET_READ_MARK } from '../src/data/loader/load-dataset.ts';
import { PROBE_SCRIPT, type BenchDone, type PageBench } from './page-probes.ts';
import { serve } from './server.ts';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    runs: { type: 'string' },
    changes: { type: 'string' },
    rows: { type: 'string', default: '100000' },
    'skip-build': { type: 'boolean', default: false },
  },
});
const QUICK = args.quick;
// Nine loads, not the minimum five: at 4x throttling single loads here vary by ±25%.
const RUNS = Number(args.runs ?? (QUICK ? 1 : 9));
const CHANGES = Number(args.changes ?? (QUICK ? 3 : 10));
const ROWS = Number(args.rows);
const THROTTLE = 4;
const KIB = 1024;

const BUDGETS = {
  // Moved from 215 KiB (docs/performance.md, "A budget that moved"): the first screen now also
  // requests the dataset worker and the three other panels' chunks before its chart is drawn.
  initialJsGzipKiB: 260,
  firstChartMs: 1300,
  allPanelsMs: 1800,
  filterP75Ms: 100,
  filterP75LargeMs: 200,
  // "Load, validate and first render": the first chart drawn from the large file. All four
  // panels drawn is reported beside it.
  largeLoadMs: 2000,
  largeHeapMB: 150,
  // A file the user opens is read in the dataset worker; the page only rebuilds its records,
  // a slice per task. No task while it is read may hold the page longer than this.
  fileReadTaskMs: 200,
};

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
/** The issue's yardstick, bench/reference: a bare page with one recharts chart and the same libraries. */
const referenceDist = join(root, 'bench', '.cache', 'reference-dist');
/** What the issue says the reference page takes on the machine its budgets were set on. */
const REFERENCE_EXPECTED_MS = 1000;

async function build() {
  if (args['skip-build'] && existsSync(join(dist, 'index.html')) && existsSync(join(referenceDist, 'index.html'))) return;
  console.log('building…');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  await viteBuild({
    configFile: false,
    root: join(root, 'bench', 'reference'),
    base: './',
    plugins: [react()],
    logLevel: 'warn',
    build: { outDir: referenceDist, emptyOutDir: true },
  });
}

function largeDatasetFile(): string {
  const cache = join(root, 'bench', '.cache');
  const file = join(cache, `large-${ROWS}.json`);
  if (existsSync(file)) return file;
  console.log(`generating ${ROWS} synthetic rows…`);
  const base = validateDataset(JSON.parse(readFileSync(join(root, 'public/data/xiaomi.json'), 'utf8')));
  if (!base.ok) throw new Error('bundled dataset invalid');
  mkdirSync(cache, { recursive: true });
  writeFileSync(file, JSON.stringify(generateDataset({ rows: ROWS, base: base.dataset })));
  return file;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2 : NaN;
};
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]! : NaN;
};

async function throttledPage(browser: Browser): Promise<{ page: Page; close: () => Promise<void>; heapMB: () => Promise<number> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await page.addInitScript(PROBE_SCRIPT);
  return {
    page,
    close: () => context.close(),
    heapMB: async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      return usedSize / 1e6;
    },
  };
}

/** Waits, without polling the page, until the probe says `what` is drawn; then reads its figures. */
async function waitFor(page: Page, what: keyof BenchDone): Promise<PageBench> {
  return page.evaluate(
    (key) =>
      Promise.race([
        (window as unknown as { __benchDone: BenchDone }).__benchDone[key],
        new Promise((_, fail) => setTimeout(() => fail(new Error(`the page did not finish drawing (${key}) within 60 s`)), 60_000)),
      ]).then(() => (window as unknown as { __bench: PageBench }).__bench),
    what,
  );
}

const waitForPanels = (page: Page) => waitFor(page, 'panels');

interface LoadResult {
  firstChart: number;
  allPanels: number;
  scripts: string[];
}

async function load(browser: Browser, url: string): Promise<LoadResult & { heapMB: number }> {
  const { page, close, heapMB } = await throttledPage(browser);
  await page.goto(url);
  const bench = await waitForPanels(page);
  // Initial JavaScript: every script whose request started before the first chart was drawn.
  const scripts = await page.evaluate(
    (before) =>
      performance
        .getEntriesByType('resource')
        .filter((e) => (e as PerformanceResourceTiming).initiatorType === 'script' || /\.js$/.test(new URL(e.name).pathname))
        .filter((e) => e.startTime < before)
        .map((e) => new URL(e.name).pathname),
    bench.firstChart ?? Infinity,
  );
  const heap = await heapMB();
  await close();
  return { firstChart: bench.firstChart ?? NaN, allPanels: bench.allPanels ?? NaN, scripts, heapMB: heap };
}

/** The reference page: navigation to its chart drawn, by the same probe and throttle as the app's loads. */
async function referenceFirstChart(browser: Browser, url: string): Promise<number> {
  const { page, close } = await throttledPage(browser);
  await page.goto(url);
  const bench = await waitFor(page, 'first');
  await close();
  return bench.firstChart ?? NaN;
}

/** The reference page with the dashboard's eight charts in its four panels: navigation to all drawn. */
async function referenceAllPanels(browser: Browser, url: string): Promise<number> {
  const { page, close } = await throttledPage(browser);
  await page.goto(`${url}?panels`);
  const bench = await waitForPanels(page);
  await close();
  return bench.allPanels ?? NaN;
}

interface Action {
  kind: string;
  prepare?: (page: Page) => Promise<void>;
  run: (page: Page, i: number) => Promise<void>;
}

/** Trusted input only (real clicks and key presses): Event Timing ignores synthetic events. */
const ACTIONS: Action[] = [
  {
    kind: 'year range',
    run: async (page, i) => {
      await page.getByLabel('From', { exact: true }).focus();
      await page.keyboard.press(i % 2 === 0 ? 'ArrowDown' : 'ArrowUp');
    },
  },
  {
    kind: 'currency',
    run: (page, i) =>
      page
        .getByRole('region', { name: 'Filters' })
        .getByRole('radio', { name: i % 2 === 0 ? 'USD' : 'RMB', exact: true })
        .click(),
  },
  {
    kind: 'region',
    prepare: (page) => page.getByRole('button', { name: 'Regions All' }).click(),
    run: (page) => page.getByRole('group', { name: 'Regions' }).getByText('India', { exact: true }).click(),
  },
  { kind: 'derived values', run: (page) => page.getByRole('checkbox', { name: 'Derived', exact: true }).click() },
  { kind: 'granularity', run: (page, i) => page.locator('#shipments label.segmented__option', { hasText: i % 2 === 0 ? 'Quarterly' : 'Annual' }).click() },
];

async function filterLatency(browser: Browser, url: string): Promise<Record<string, { p50: number; p75: number; n: number }>> {
  const { page, close } = await throttledPage(browser);
  await page.goto(url);
  // Changes are timed on the settled page, with every chart drawn.
  await waitForPanels(page);
  const results: Record<string, { p50: number; p75: number; n: number }> = {};
  for (const action of ACTIONS) {
    await action.prepare?.(page);
    const durations: number[] = [];
    for (let i = 0; i < CHANGES; i++) {
      const before = await page.evaluate(() => (window as unknown as { __bench: PageBench }).__bench.events.length);
      await action.run(page, i);
      await page.waitForTimeout(400);
      const entries = await page.evaluate((from) => (window as unknown as { __bench: PageBench }).__bench.events.slice(from), before);
      const byInteraction = new Map<number, number>();
      for (const e of entries) byInteraction.set(e.id, Math.max(byInteraction.get(e.id) ?? 0, e.duration));
      // Interactions under the 16 ms reporting threshold produce no entry: count them at the threshold.
      durations.push(byInteraction.size ? Math.max(...byInteraction.values()) : 16);
    }
    results[action.kind] = { p50: percentile(durations, 50), p75: percentile(durations, 75), n: durations.length };
  }
  await close();
  return results;
}

/** Where the bundled server also serves the large file, for the page to open as a user's file. */
const LARGE_FILE_PATH = '/bench-large.json';

interface FileOpen {
  /** From choosing the file until the page holds its records (the DATASET_READ_MARK). */
  readMs: number;
  /** The longest page task while it was read: the budgeted figure. */
  longestReadTaskMs: number;
  /** From choosing the file until its figures are on screen, and the longest task of that drawing (reported). */
  shownMs: number;
  longestDrawTaskMs: number;
}

/**
 * The large file opened with Load data, as a user would. The page fetches it and builds the
 * File before the clock starts, so only the app's own reading and drawing are timed.
 */
async function openLargeFile(browser: Browser, url: string): Promise<FileOpen> {
  const { page, close } = await throttledPage(browser);
  await page.goto(url);
  await waitForPanels(page);
  const result = await page.evaluate(
    async ({ path, mark }) => {
      const blob = await (await fetch(path)).blob();
      const file = new File([blob], 'bench-large.json', { type: 'application/json' });
      const input = document.querySelector<HTMLInputElement>('input[type="file"][accept*="csv"]');
      if (!input) throw new Error('no Load data input on the page');
      const transfer = new DataTransfer();
      transfer.items.add(file);
      const read = new Promise<number>((resolve) =>
        new PerformanceObserver((list, observer) => {
          const entry = list.getEntriesByName(mark)[0];
          if (!entry) return;
          observer.disconnect();
          resolve(entry.startTime);
        }).observe({ type: 'mark' }),
      );
      // Shown: the page names the file it now draws, and has painted.
      const shown = new Promise<number>((resolve) => {
        const observer = new MutationObserver(() => {
          if (!document.body.textContent?.includes('from bench-large.json')) return;
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      });
      const start = performance.now();
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      const [readAt, shownAt] = await Promise.all([read, shown]);
      // The longest task that ended before the records were on the page (reading), and of those
      // after (drawing). The task that hands them over goes on to draw: it counts as drawing.
      // (No named function in here: tsx would wrap it in a helper the page does not have.)
      let longestRead = 0;
      let longestDraw = 0;
      for (const t of (window as unknown as { __bench: PageBench }).__bench.longTasks) {
        if (t.start < start || t.start >= shownAt) continue;
        if (t.start + t.duration <= readAt) longestRead = Math.max(longestRead, t.duration);
        else longestDraw = Math.max(longestDraw, t.duration);
      }
      return { readMs: readAt - start, longestReadTaskMs: longestRead, shownMs: shownAt - start, longestDrawTaskMs: longestDraw };
    },
    { path: LARGE_FILE_PATH, mark: DATASET_READ_MARK },
  );
  await close();
  return result;
}

function compressedSizes(scripts: string[]): { raw: number; gzip: number; brotli: number; files: string[] } {
  const files = [...new Set(scripts)].filter((s) => s.endsWith('.js'));
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const file of files) {
    const body = readFileSync(join(dist, file));
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
    brotli += brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return { raw, gzip, brotli, files };
}

async function main() {
  await build();
  const large = largeDatasetFile();
  const bundledServer = await serve(dist, { [LARGE_FILE_PATH]: large }, 4601);
  const largeServer = await serve(dist, { '/data/xiaomi.json': large }, 4602);
  const referenceServer = await serve(referenceDist, {}, 4603);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    console.log(`measuring at ${THROTTLE}x CPU throttle: ${RUNS} load(s), ${CHANGES} change(s) of each filter kind`);
    // The reference page's loads alternate with the app's, so both meet the machine as it is.
    const loads: LoadResult[] = [];
    const referenceLoads: number[] = [];
    const referencePanels: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      referenceLoads.push(await referenceFirstChart(browser, 'http://127.0.0.1:4603/'));
      referencePanels.push(await referenceAllPanels(browser, 'http://127.0.0.1:4603/'));
      loads.push(await load(browser, 'http://127.0.0.1:4601/'));
    }
    console.log(`  reference page (one chart): ${referenceLoads.map((t) => t.toFixed(0)).join(', ')} ms`);
    console.log(`  reference page (eight charts): ${referencePanels.map((t) => t.toFixed(0)).join(', ')} ms`);
    console.log(`  bundled loads: first chart ${loads.map((l) => l.firstChart.toFixed(0)).join(', ')} ms`);
    console.log(`                 all panels  ${loads.map((l) => l.allPanels.toFixed(0)).join(', ')} ms`);
    const bytes = compressedSizes(loads[0]!.scripts);
    const bundledLatency = await filterLatency(browser, 'http://127.0.0.1:4601/');
    console.log('  bundled filter changes measured');
    const largeLoads: (LoadResult & { heapMB: number })[] = [];
    const referenceDuringLarge: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      referenceDuringLarge.push(await referenceFirstChart(browser, 'http://127.0.0.1:4603/'));
      largeLoads.push(await load(browser, 'http://127.0.0.1:4602/'));
    }
    console.log(`  reference page (one chart): ${referenceDuringLarge.map((t) => t.toFixed(0)).join(', ')} ms`);
    console.log(`  ${ROWS}-row loads: first chart ${largeLoads.map((l) => l.firstChart.toFixed(0)).join(', ')} ms`);
    console.log(`                   all panels  ${largeLoads.map((l) => l.allPanels.toFixed(0)).join(', ')} ms`);
    const largeLatency = await filterLatency(browser, 'http://127.0.0.1:4602/');
    const fileOpens: FileOpen[] = [];
    for (let i = 0; i < Math.min(RUNS, 3); i++) fileOpens.push(await openLargeFile(browser, 'http://127.0.0.1:4601/'));
    console.log(`  ${ROWS}-row file opened: longest task while read ${fileOpens.map((f) => f.longestReadTaskMs.toFixed(0)).join(', ')} ms`);

    const worst = (r: Record<string, { p75: number }>) => Math.max(...Object.values(r).map((x) => x.p75));
    const results = {
      date: new Date().toISOString(),
      mode: QUICK ? 'quick' : 'full',
      cpuThrottle: THROTTLE,
      runs: RUNS,
      changesPerKind: CHANGES,
      rows: ROWS,
      initialJs: { files: bytes.files, rawBytes: bytes.raw, gzipBytes: bytes.gzip, brotliBytes: bytes.brotli },
      // The issue's yardstick (about 1.0 s where its budgets were set): how fast this machine ran.
      // Measured beside each kind of load, since the machine's pace can change within a run.
      reference: {
        firstChartMs: median([...referenceLoads, ...referenceDuringLarge]),
        duringBundledMs: median(referenceLoads),
        duringLargeMs: median(referenceDuringLarge),
        expectedMs: REFERENCE_EXPECTED_MS,
        // The same page drawing the dashboard's eight charts in its four panels, nothing else.
        eightChartsMs: median(referencePanels),
      },
      bundled: {
        firstChartMs: median(loads.map((l) => l.firstChart)),
        allPanelsMs: median(loads.map((l) => l.allPanels)),
        filterLatencyMs: bundledLatency,
      },
      large: {
        // The budgeted measure: load, validate and the first chart drawn from the large file.
        loadToFirstChartMs: median(largeLoads.map((l) => l.firstChart)),
        // Reported beside it: every panel drawn.
        loadToAllPanelsMs: median(largeLoads.map((l) => l.allPanels)),
        heapMB: median(largeLoads.map((l) => l.heapMB)),
        filterLatencyMs: largeLatency,
      },
      // The same rows opened as a user's file (Load data), on the page with the bundled data.
      fileOpen: {
        readMs: median(fileOpens.map((f) => f.readMs)),
        longestReadTaskMs: Math.max(...fileOpens.map((f) => f.longestReadTaskMs)),
        shownMs: median(fileOpens.map((f) => f.shownMs)),
        longestDrawTaskMs: Math.max(...fileOpens.map((f) => f.longestDrawTaskMs)),
      },
      budgets: BUDGETS,
    };
    const checks: [string, number, number, string, boolean][] = [
      ['initial JS (gzip)', bytes.gzip / KIB, BUDGETS.initialJsGzipKiB, 'KiB', true],
      ['first chart, bundled data', results.bundled.firstChartMs, BUDGETS.firstChartMs, 'ms', false],
      ['all four panels, bundled data', results.bundled.allPanelsMs, BUDGETS.allPanelsMs, 'ms', false],
      ['filter change p75, bundled (worst kind)', worst(bundledLatency), BUDGETS.filterP75Ms, 'ms', false],
      [`load + validate + first chart, ${ROWS} rows`, results.large.loadToFirstChartMs, BUDGETS.largeLoadMs, 'ms', false],
      [`filter change p75, ${ROWS} rows (worst kind)`, worst(largeLatency), BUDGETS.filterP75LargeMs, 'ms', false],
      [`JS heap after ${ROWS} rows`, results.large.heapMB, BUDGETS.largeHeapMB, 'MB', false],
      [`longest task, ${ROWS}-row file read`, results.fileOpen.longestReadTaskMs, BUDGETS.fileReadTaskMs, 'ms', false],
    ];
    console.log(
      `\ninitial JS: ${bytes.files.length} files, ${(bytes.raw / KIB).toFixed(1)} KiB raw, ${(bytes.gzip / KIB).toFixed(1)} KiB gzip, ${(bytes.brotli / KIB).toFixed(1)} KiB brotli`,
    );
    console.log('\nfilter-change latency (ms)      bundled p50/p75     large p50/p75');
    for (const kind of Object.keys(bundledLatency)) {
      const b = bundledLatency[kind]!;
      const l = largeLatency[kind]!;
      console.log(
        `  ${kind.padEnd(28)} ${`${b.p50.toFixed(0)} / ${b.p75.toFixed(0)}`.padStart(12)}      ${`${l.p50.toFixed(0)} / ${l.p75.toFixed(0)}`.padStart(12)}`,
      );
    }
    console.log(`\n${ROWS}-row load, median ms after navigation:`);
    console.log(`  ${'first chart drawn'.padEnd(34)} ${results.large.loadToFirstChartMs.toFixed(0).padStart(6)}`);
    console.log(`  ${'all four panels drawn (reported)'.padEnd(34)} ${results.large.loadToAllPanelsMs.toFixed(0).padStart(6)}`);
    const { fileOpen } = results;
    console.log(`\n${ROWS}-row file opened with Load data, ms after choosing it (longest task: the worst of the runs):`);
    console.log(`  ${'records on the page'.padEnd(34)} ${fileOpen.readMs.toFixed(0).padStart(6)}   longest task ${fileOpen.longestReadTaskMs.toFixed(0)}`);
    console.log(
      `  ${'figures on screen (reported)'.padEnd(34)} ${fileOpen.shownMs.toFixed(0).padStart(6)}   longest task ${fileOpen.longestDrawTaskMs.toFixed(0)}`,
    );
    // CDP throttles the page's main thread only: the dataset worker's share of a load runs unthrottled.
    const { duringBundledMs, duringLargeMs } = results.reference;
    console.log(
      `\nreference page, one recharts chart and the same libraries (the issue: about ${REFERENCE_EXPECTED_MS} ms): first chart in ` +
        `${duringBundledMs.toFixed(0)} ms beside the bundled loads and ${duringLargeMs.toFixed(0)} ms beside the ${ROWS}-row ones, so this ` +
        `machine took ${(duringBundledMs / REFERENCE_EXPECTED_MS).toFixed(2)}x and ${(duringLargeMs / REFERENCE_EXPECTED_MS).toFixed(2)}x the time of the one the budgets were set on.`,
    );
    // The floor under "all four panels": recharts alone, drawing as many charts as the panels have.
    console.log(
      `the same page drawing the panels' eight charts and nothing else: all drawn in ${results.reference.eightChartsMs.toFixed(0)} ms ` +
        `(budget for the app's four panels: ${BUDGETS.allPanelsMs} ms).`,
    );
    console.log('\nmeasure                                       value      budget   result');
    let failed = 0;
    for (const [name, value, budget, unit, enforcedInQuick] of checks) {
      const ok = value <= budget;
      const enforced = !QUICK || enforcedInQuick;
      if (!ok && enforced) failed += 1;
      const verdict = ok ? 'ok' : enforced ? 'OVER BUDGET' : 'over (not enforced in quick mode)';
      console.log(`  ${name.padEnd(42)} ${`${value.toFixed(unit === 'ms' ? 0 : 1)} ${unit}`.padStart(10)} ${`${budget} ${unit}`.padStart(10)}   ${verdict}`);
    }
    mkdirSync(join(root, 'bench'), { recursive: true });
    writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    console.log('\nwrote bench/results.json');
    if (checks.some(([, v]) => !Number.isFinite(v))) {
      console.error('a measurement is missing');
      process.exitCode = 1;
    } else if (failed) {
      console.error(`${failed} budget(s) missed`);
      process.exitCode = 1;
    }
  } finally {
    await browser.close();
    bundledServer.close();
    largeServer.close();
    referenceServer.close();
  }
}

await main();
