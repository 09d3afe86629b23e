/**
 * Scripts the bench injects into the page. They record, on the page's own clock (0 =
 * navigation start), when the first chart has marks, and when all four panels do, and collect
 * Event Timing entries for interactions (INP-style latency).
 */
export const PROBE_SCRIPT = `
(() => {
  const bench = (window.__bench = { firstChart: null, allPanels: null, events: [], longTasks: [] });
  // The bench awaits these once rather than polling: a poll runs on the page's main thread
  // (and the first one compiles Playwright's helper script), which would be timed as the app's.
  const settled = {};
  window.__benchDone = {
    first: new Promise((resolve) => (settled.first = resolve)),
    panels: new Promise((resolve) => (settled.panels = resolve)),
  };
  const PANELS = ['shipments', 'revenue', 'regions', 'goals'];
  const marks = (root) => root && root.querySelector('svg.recharts-surface .bar, svg.recharts-surface .rank-dot');
  // A panel is done when it has drawn marks, or says it has nothing to draw (an honest empty state).
  const done = (root) => root && (marks(root) || root.querySelector('.empty-state'));
  const afterPaint = (cb) => requestAnimationFrame(() => setTimeout(cb, 0));
  const check = () => {
    if (bench.firstChart === null && marks(document)) afterPaint(() => { if (bench.firstChart === null) { bench.firstChart = performance.now(); settled.first(); } });
    if (bench.allPanels === null && PANELS.every((id) => done(document.getElementById(id)))) afterPaint(() => { if (bench.allPanels === null) { bench.allPanels = performance.now(); settled.panels(); } });
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.interactionId) bench.events.push({ id: e.interactionId, name: e.name, duration: e.duration });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
})();
`;

export interface PageBench {
  firstChart: number | null;
  allPanels: number | null;
  events: { id: number; name: string; duration: number }[];
  /** Tasks of 50 ms or more on the page's thread (Long Tasks API), on the page's clock. */
  longTasks: { start: number; duration: number }[];
}

/** Promises the probe resolves when the first chart and all four panels are drawn. */
export interface BenchDone {
  first: Promise<void>;
  panels: Promise<void>;
}
