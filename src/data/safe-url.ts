/**
 * The address as a link target, or null unless it is an absolute http(s) URL. Links built from
 * data go through here, so a `javascript:` or `data:` address in a file can never become one.
 */
export function safeHttpUrl(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string' || raw.length > 2000) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
}
