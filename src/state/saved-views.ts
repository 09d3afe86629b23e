/**
 * Saved views in local storage, read defensively: the stored text is versioned, an older
 * version is migrated, and anything unreadable is reported and set aside (never silently
 * dropped, never allowed to crash the page). Pure: the store does the storage I/O.
 */
import * as v from 'valibot';
import { countOf } from '../domain/format.ts';

export const SAVED_VIEWS_KEY = 'xiaomi-dashboard:saved-views';
export const SAVED_VIEWS_VERSION = 2;
export const MAX_SAVED_VIEWS = 50;

const SavedViewSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[\w-]{1,40}$/)),
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(80)),
  /** The view as a canonical query string ("?from=2015&…"), the same form a shared link has. */
  query: v.pipe(v.string(), v.maxLength(2000), v.regex(/^(\?.*)?$/)),
  savedAt: v.pipe(v.string(), v.isoTimestamp()),
  dataVersion: v.nullable(v.string()),
});
export type SavedView = v.InferOutput<typeof SavedViewSchema>;

/** Version 1 stored a bare list of { name, query } before views had ids and dates. */
const V1Schema = v.array(v.object({ name: v.string(), query: v.string() }));

export interface ReadResult {
  views: SavedView[];
  /** What was wrong with the stored data, in words; null when it read cleanly. */
  problem: string | null;
  /** True when the stored text should be kept aside before anything new is written. */
  setAside: boolean;
  /** True when the views were read from an older format and should be rewritten. */
  migrated: boolean;
}

export function newViewId(): string {
  return `v-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export function readSavedViews(raw: string | null, now: () => Date = () => new Date()): ReadResult {
  if (raw === null || raw === '') return { views: [], problem: null, setAside: false, migrated: false };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { views: [], problem: 'the stored saved views are not valid JSON', setAside: true, migrated: false };
  }
  if (Array.isArray(data)) {
    const old = v.safeParse(V1Schema, data);
    if (!old.success) return { views: [], problem: 'the stored saved views (version 1) are damaged', setAside: true, migrated: false };
    const views = old.output.map((o, i) => ({
      id: `v1-${i}`,
      name: o.name.trim() || `View ${i + 1}`,
      query: o.query,
      savedAt: now().toISOString(),
      dataVersion: null,
    }));
    return { ...keepValid(views), migrated: true };
  }
  if (!data || typeof data !== 'object' || !('version' in data) || !('views' in data) || !Array.isArray(data.views)) {
    return { views: [], problem: 'the stored saved views are not in a known format', setAside: true, migrated: false };
  }
  if (typeof data.version !== 'number' || data.version > SAVED_VIEWS_VERSION) {
    return {
      views: [],
      problem: `the saved views were stored by a newer version of the dashboard (format ${String(data.version)})`,
      setAside: true,
      migrated: false,
    };
  }
  return keepValid(data.views);
}

/** Keeps the entries that validate; reports the others and asks for the original to be kept aside. */
function keepValid(entries: unknown[]): ReadResult {
  const views: SavedView[] = [];
  let bad = 0;
  for (const entry of entries) {
    const parsed = v.safeParse(SavedViewSchema, entry);
    if (parsed.success && !views.some((x) => x.id === parsed.output.id)) views.push(parsed.output);
    else bad += 1;
  }
  const kept = views.slice(0, MAX_SAVED_VIEWS);
  const dropped = bad + (views.length - kept.length);
  return { views: kept, problem: dropped ? `${countOf(dropped, 'saved view')} could not be read` : null, setAside: dropped > 0, migrated: false };
}

export function writeSavedViews(views: readonly SavedView[]): string {
  return JSON.stringify({ version: SAVED_VIEWS_VERSION, views });
}

/** Moves one view up or down the deck order. */
export function moveView(views: readonly SavedView[], id: string, delta: -1 | 1): SavedView[] {
  const from = views.findIndex((x) => x.id === id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= views.length) return [...views];
  const next = [...views];
  const [item] = next.splice(from, 1);
  if (item) next.splice(to, 0, item);
  return next;
}
