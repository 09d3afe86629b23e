/** The IndexedDB database that keeps a loaded file (loaded-file-store.ts), named apart so the page can ask cheaply whether it exists. */
export const KEPT_FILE_DATABASE = 'xiaomi-dashboard';

/**
 * Whether this browser may hold a kept file: false only when it can say for sure there is no
 * such database, so the code that restores one need not load. Where the browser cannot list
 * its databases, the answer is yes and the store itself is asked.
 */
export async function mayHaveKeptFile(): Promise<boolean> {
  if (typeof indexedDB === 'undefined') return false;
  if (typeof indexedDB.databases !== 'function') return true;
  try {
    return (await indexedDB.databases()).some((d) => d.name === KEPT_FILE_DATABASE);
  } catch {
    return true;
  }
}
