/** Named points in the loading timeline (visible in the browser's performance panel and used by npm run bench). */
export function mark(name: string, detail?: unknown) {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name, detail === undefined ? undefined : { detail });
}
