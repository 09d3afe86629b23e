/** Named points in the loading timeline (visible in the browser's performance panel and used by npm run bench). */
export function mark(name: string, detail?: unknown, startTime?: number) {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  performance.mark(name, { ...(detail === undefined ? {} : { detail }), ...(startTime === undefined ? {} : { startTime: Math.max(0, startTime) }) });
}
