/**
 * Saved views in local storage, read defensively: each stored format is versioned, older ones
 * are migrated, and anything unreadable is reported and set aside (never silently dropped,
 * never allowed to crash the page). Pure: the store does the storage I/O.
 */
import * as v from 'valibot';
import { capitalize, countOf, formatNumber } from '../domain/format.ts';

export const SAVED_VIEWS_KEY = 'xiaomi-dashboard:saved-views';
/** 3: zustand persist's envelope, { state: { views }, version }. 2: { version, views }. 1: a bare list. */
export const SAVED_VIEWS_VERSION = 3;
/** A cap, said to the user when reached: a deck longer than this is not a deck. */
export const MAX_SAVED_VIEWS = 100;

/**
 * The longest link a view keeps: room for the longest search a link takes (400 characters, at
 * up to 9 a character once encoded: 小 is %E5%B0%8F) and every filter beside it.
 */
export const MAX_VIEW_QUERY = 8000;

const SavedViewSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[\w-]{1,40}$/)),
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(80)),
  /** The view as a canonical query string ("?from=2015&…"), the same form a shared link has. */
  query: v.pipe(v.string(), v.maxLength(MAX_VIEW_QUERY), v.regex(/^(\?.*)?$/)),
  savedAt: v.pipe(v.string(), v.isoTimestamp()),
  dataVersion: v.nullable(v.string()),
});
export type SavedView = v.InferOutput<typeof SavedViewSchema>;

/** Version 1 stored a bare list of { name, query } before views had ids and dates. */
const V1ViewSchema = v.object({ name: v.string(), query: v.string() });

export interface StoredViews {
  /** The format the views were stored in; they are in today's shape once migrated (migrateViews). */
  version: number;
  views: unknown[];
}

export interface ReadResult {
  stored: StoredViews | null;
  /** What was wrong with the stored data, in words; null when it read cleanly. */
  problem: string | null;
  /** True when the stored text must be kept aside before anything new is written over it. */
  damaged: boolean;
}

const unreadable = (problem: string): ReadResult => ({ stored: null, problem, damaged: true });

/** The stored text as views of its own version: each entry checked, the unreadable ones counted. */
export function readSavedViews(raw: string | null): ReadResult {
  if (raw === null || raw === '') return { stored: null, problem: null, damaged: false };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return unreadable('the stored saved views are not valid JSON');
  }
  if (Array.isArray(data)) return keepValid(1, data, V1ViewSchema);
  if (!data || typeof data !== 'object') return unreadable('the stored saved views are not in a known format');
  // Today's envelope, or version 2's flat one.
  const envelope = 'state' in data && data.state && typeof data.state === 'object' ? { ...data.state, version: (data as { version?: unknown }).version } : data;
  if (!('views' in envelope) || !Array.isArray(envelope.views) || !('version' in envelope) || !Number.isInteger(envelope.version)) {
    return unreadable('the stored saved views are not in a known format');
  }
  const version = envelope.version as number;
  if (version > SAVED_VIEWS_VERSION) return unreadable(`the saved views were stored by a newer version of the dashboard (format ${version})`);
  if (version < 2) return unreadable('the stored saved views are not in a known format');
  return keepValid(version, envelope.views, SavedViewSchema);
}

function keepValid(version: number, entries: unknown[], schema: typeof SavedViewSchema | typeof V1ViewSchema): ReadResult {
  const views: unknown[] = [];
  const ids = new Set<string>();
  const bad: string[] = [];
  entries.forEach((entry, i) => {
    const parsed = v.safeParse(schema, entry);
    const id = parsed.success && 'id' in parsed.output ? parsed.output.id : null;
    if (!parsed.success) bad.push(unreadableView(entry, i, parsed.issues[0]));
    else if (id !== null && ids.has(id)) bad.push(`${viewName(entry, i)}: the same id as an earlier view`);
    else {
      if (id !== null) ids.add(id);
      views.push(parsed.output);
    }
  });
  return { stored: { version, views }, problem: bad.length ? unreadableViews(bad) : null, damaged: bad.length > 0 };
}

/** How many views, with the first few named: "2 saved views could not be read (“China”: its link is not readable; view 3: not a view)". */
function unreadableViews(bad: readonly string[]): string {
  const named = bad.slice(0, 3).join('; ');
  const more = bad.length > 3 ? `; ${formatNumber(bad.length - 3, 0)} more` : '';
  return `${countOf(bad.length, 'saved view')} could not be read (${named}${more})`;
}

const FIELD_WORDS: Record<string, string> = { id: 'its id', name: 'its name', query: 'its link', savedAt: 'its date', dataVersion: 'its dataset version' };

/** "“China in USD”" when the entry has a usable name, else "view 3" (its place in the list). */
function viewName(entry: unknown, i: number): string {
  const name = entry && typeof entry === 'object' && 'name' in entry && typeof entry.name === 'string' ? entry.name.trim() : '';
  if (!name) return `view ${i + 1}`;
  return `“${name.length > 40 ? `${name.slice(0, 40)}…` : name}”`;
}

function unreadableView(entry: unknown, i: number, issue: v.BaseIssue<unknown> | undefined): string {
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return `view ${i + 1}: not a saved view`;
  const key = issue?.path?.[0]?.key;
  const field = typeof key === 'string' ? FIELD_WORDS[key] : undefined;
  return `${viewName(entry, i)}: ${field ?? 'its contents'} ${issue?.received === 'undefined' ? 'is missing' : 'is not readable'}`;
}

/** Views read from an older format, in today's shape (zustand persist's `migrate`). */
export function migrateViews(views: unknown[], version: number, now: () => Date = () => new Date()): SavedView[] {
  if (version >= 2) return views as SavedView[];
  return (views as v.InferOutput<typeof V1ViewSchema>[])
    .map((o, i) => ({
      id: `v1-${i}`,
      name: o.name.trim().slice(0, 80) || `View ${i + 1}`,
      // Version 1 also stored links without their "?" ("from=2018"): read as the same link, not dropped.
      query: o.query && !o.query.startsWith('?') ? `?${o.query}` : o.query,
      savedAt: now().toISOString(),
      dataVersion: null,
    }))
    .filter((view) => v.is(SavedViewSchema, view));
}

export function newViewId(): string {
  return `v-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

const DECK_FORMAT = 'xiaomi-dashboard-deck';
const DECK_VERSION = 1;

/** A deck as a file another browser can open: the saved views in order, each with its link and dataset version. */
export function writeDeckFile(views: readonly SavedView[]): string {
  return `${JSON.stringify({ format: DECK_FORMAT, version: DECK_VERSION, views }, null, 2)}\n`;
}

/** The views of a deck file, each checked; what could not be read is said, never guessed. */
export function readDeckFile(text: string): { views: SavedView[]; problem: string | null } {
  if (!text.trim()) return { views: [], problem: 'The file is empty.' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { views: [], problem: 'The file is not a deck: it is not valid JSON.' };
  }
  if (!data || typeof data !== 'object' || !('format' in data) || data.format !== DECK_FORMAT || !('views' in data) || !Array.isArray(data.views)) {
    return { views: [], problem: 'The file is not a deck saved by this dashboard.' };
  }
  // Its views may be written in a way this page cannot read right: none is guessed at.
  if ('version' in data && typeof data.version === 'number' && data.version > DECK_VERSION)
    return { views: [], problem: `The deck was saved by a newer version of the dashboard (deck format ${data.version}); reload the page, then open it again.` };
  const { stored, problem } = keepValid(SAVED_VIEWS_VERSION, data.views, SavedViewSchema);
  return {
    views: (stored?.views ?? []) as SavedView[],
    problem: problem ? `${capitalize(problem)} and ${problem.startsWith('1 ') ? 'was' : 'were'} left out.` : null,
  };
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
