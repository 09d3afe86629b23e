/**
 * Named points in the loading timeline (visible in the browser's performance panel and used by
 * npm run bench). `startTime` places one in the past (a worker's step, on the page's clock); one
 * that would fall before the page's own start is left out rather than shown at 0.
 */
export function mark(name: string, detail?: unknown, startTime?: number) {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  if (startTime !== undefined && !(startTime >= 0)) return;
  performance.mark(name, { ...(detail === undefined ? {} : { detail }), ...(startTime === undefined ? {} : { startTime }) });
}
