/**
 * The file a user loaded, kept in this browser (IndexedDB, through idb-keyval) so a reload
 * shows the same data. The file itself is kept, not the parsed figures: restoring it runs the
 * same checks as opening it, so a stored file that no longer passes is refused, not trusted.
 */
import { createStore, del, get, set } from 'idb-keyval';
import { KEPT_FILE_DATABASE } from './kept-file-database.ts';

const KEY = 'loaded-file';

export interface StoredFile {
  file: File;
  /** What the banner calls it ("1,204 figures from sales.csv"). */
  label: string;
}

// One database of its own; created on first use, so a page that never loads a file never opens it.
let store: ReturnType<typeof createStore> | null = null;
const db = () => (store ??= createStore(KEPT_FILE_DATABASE, 'loaded-data'));

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

export async function forgetLoadedFile(): Promise<void> {
  if (available()) await del(KEY, db());
}
