/**
 * The file a user loaded, kept in this browser (IndexedDB, through idb-keyval) so a reload
 * shows the same data. The file itself is kept, not the parsed figures: restoring it runs the
 * same checks as opening it, so a stored file that no longer passes is refused, not trusted.
 */
import { del, get, promisifyRequest, set, type UseStore } from 'idb-keyval';
import { KEPT_FILE_DATABASE } from './kept-file-database.ts';

const KEY = 'loaded-file';

export interface StoredFile {
  file: File;
  /** What the banner calls it ("1,204 figures from sales.csv"). */
  label: string;
}

const STORE = 'loaded-data';

// One database of its own, opened on first use, so a page that never loads a file never opens
// it. idb-keyval's createStore, with a handle on the connection: a database that cannot be read
// must be closed before it can be deleted.
let connection: Promise<IDBDatabase> | null = null;
const db = (): UseStore => {
  connection ??= (() => {
    const request = indexedDB.open(KEPT_FILE_DATABASE);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    return promisifyRequest(request);
  })();
  const open = connection;
  return (mode, callback) => open.then((d) => callback(d.transaction(STORE, mode).objectStore(STORE)));
};

/** False where the browser keeps nothing (private modes, tests without IndexedDB). */
const available = () => typeof indexedDB !== 'undefined';

/** Keeps the file; false where this browser keeps nothing. */
export async function rememberLoadedFile(stored: StoredFile): Promise<boolean> {
  if (!available()) return false;
  await set(KEY, stored, db());
  return true;
}

/** The stored file, or null when there is none or what is stored is not a file with a label. */
export async function recallLoadedFile(): Promise<StoredFile | null> {
  if (!available()) return null;
  const value: unknown = await get(KEY, db());
  if (value === undefined) return null;
  const candidate = value as Partial<StoredFile>;
  if (candidate.file instanceof Blob && typeof candidate.label === 'string') return { file: candidate.file, label: candidate.label };
  throw new Error('what this browser kept is not a file this dashboard stored');
}

/**
 * Forgets the kept file. A database this page cannot read (another version of it, a broken
 * store) holds nothing else and is deleted, so the next visit starts clean rather than repeat
 * the same error.
 */
export async function forgetLoadedFile(): Promise<void> {
  if (!available()) return;
  try {
    await del(KEY, db());
  } catch {
    const open = connection;
    connection = null;
    (await open?.catch(() => null))?.close();
    await promisifyRequest(indexedDB.deleteDatabase(KEPT_FILE_DATABASE));
  }
}
