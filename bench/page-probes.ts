/**
 * Scripts the bench injects into the page. They record, on the page's own clock (0 =
 * navigation start), when the first chart has marks, when all four panels do, and when no
 * chart is still waiting to be drawn, and collect
 * Event Timing entries for interactions (INP-style latency).
 */
export const PROBE_SCRIPT = `
(() => {
  const bench = (window.__bench = { firstChart: null, allPanels: null, allCharts: null, events: [] });
  // The bench awaits these once rather than polling: a poll runs on the page's main thread
  // (and the first one compiles Playwright's helper script), which would be timed as the app's.
  const settled = {};
  window.__benchDone = {
    first: new Promise((resolve) => (settled.first = resolve)),
    panels: new Promise((resolve) => (settled.panels = resolve)),
    charts: new Promise((resolve) => (settled.charts = resolve)),
  };
  const PANELS = ['shipments', 'revenue', 'regions', 'goals'];
  const marks = (root) => root && root.querySelector('svg.recharts-surface .bar, svg.recharts-surface .rank-dot');
  // A panel is done when it has drawn marks, or says it has nothing to draw (an honest empty state).
  const done = (root) => root && (marks(root) || root.querySelector('.empty-state'));
  const afterPaint = (cb) => requestAnimationFrame(() => setTimeout(cb, 0));
  const check = () => {
    if (bench.firstChart === null && marks(document)) afterPaint(() => { if (bench.firstChart === null) { bench.firstChart = performance.now(); settled.first(); } });
    if (bench.allPanels === null && PANELS.every((id) => done(document.getElementById(id)))) afterPaint(() => { if (bench.allPanels === null) { bench.allPanels = performance.now(); settled.panels(); check(); } });
    // Every chart, including those further down a panel that wait for the screen or an idle moment.
    if (bench.allPanels !== null && bench.allCharts === null && !document.querySelector('.chart-placeholder')) afterPaint(() => { if (bench.allCharts === null) { bench.allCharts = performance.now(); settled.charts(); } });
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.interactionId) bench.events.push({ id: e.interactionId, name: e.name, duration: e.duration });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
})();
`;

export interface PageBench {
  firstChart: number | null;
  allPanels: number | null;
  allCharts: number | null;
  events: { id: number; name: string; duration: number }[];
}

/** Promises the probe resolves when the first chart, all four panels, and then every chart are drawn. */
export interface BenchDone {
  first: Promise<void>;
  panels: Promise<void>;
  charts: Promise<void>;
}
