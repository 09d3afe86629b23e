/**
 * The URL is the serialized view. This file holds the only parse and serialize for it:
 * one codec per view-state key (the mapped type below makes forgetting a key a compile error),
 * each parameter read as valid, invalid (kept with its raw value and a reason) or missing.
 * Only values that differ from the defaults are written, so links stay short.
 */
import { CURRENCIES } from '../data/schema.ts';
import { RANK_GRANULARITIES, SHIPMENT_GRANULARITIES } from '../domain/panel-granularities.ts';
import { DECKS, DEFAULT_VIEW, PANEL_KEYS, THEMES, VIEW_KEYS, type PanelKey, type ViewState } from './view-state.ts';

export { VIEW_KEYS };

/** What the current dataset allows, so a link can be checked against it. */
export interface UrlContext {
  regions: readonly string[];
  segments: readonly string[];
  firstYear: number;
  lastYear: number;
  /** Slides in the panels deck. */
  slideCount: number;
  /** Ids of the saved views in this browser, in deck order (the slides of the saved deck). */
  savedIds: readonly string[];
}

export interface UrlNotice {
  /** The parameter as it appeared in the link ("from", "regions", or "link" for the whole). */
  param: string;
  /** The raw value, shortened for display. */
  raw: string;
  reason: string;
  /** "ignored": dropped; "adjusted": used after a correction (e.g. a reversed range). */
  action: 'ignored' | 'adjusted';
}

export interface ParsedUrl {
  state: ViewState;
  notices: UrlNotice[];
  /** Dataset version the link was made with, when it says. */
  dataVersion: string | null;
}

type Parsed<T> = { ok: true; value: T; warnings?: string[] } | { ok: false; reason: string };

interface Codec<T> {
  param: string;
  parse: (raw: string, ctx: UrlContext) => Parsed<T>;
  serialize: (value: T) => string;
}

/** More settings than any view has: a link with more is not one this dashboard wrote, and its notices stop here. */
export const MAX_PARAMS = 100;
/** The longest value a link carries for one parameter; inputs that write to the link stop here too. */
export const MAX_VALUE_LENGTH = 400;
const VERSION_PARAM = 'v';

const ok = <T>(value: T, warnings?: string[]): Parsed<T> => (warnings?.length ? { ok: true, value, warnings } : { ok: true, value });
const bad = (reason: string): Parsed<never> => ({ ok: false, reason });

/** Control and zero-width characters: nothing a search box shows, so a search for them finds nothing, with no clue why. */
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;

function parseSearch(raw: string): Parsed<string> {
  // A %-code cut short ("%E0%A4%A") decodes to U+FFFD: not words anyone searched for.
  if (raw.includes('\uFFFD')) return bad('broken characters: a %-code in it is cut short');
  // A tab or line break between words (pasted from a table) still parts them.
  const shown = raw.replace(/[\t\n\r\f\v]/g, ' ').replace(INVISIBLE, '');
  if (shown === raw) return ok(raw);
  return shown.trim() ? ok(shown, ['invisible characters left out']) : bad('only invisible characters: nothing to search for');
}

function yearCodec(param: string): Codec<number | null> {
  return {
    param,
    parse: (raw, ctx) => {
      if (!/^\d{4}$/.test(raw)) return bad('not a year');
      const year = Number(raw);
      if (year < ctx.firstYear || year > ctx.lastYear)
        return bad(`outside the years of the dataset’s figures, events and goal deadlines (${ctx.firstYear}–${ctx.lastYear})`);
      return ok(year);
    },
    serialize: (v) => String(v),
  };
}

function booleanCodec(param: string): Codec<boolean> {
  return {
    param,
    parse: (raw) => (raw === '0' || raw === 'false' ? ok(false) : raw === '1' || raw === 'true' ? ok(true) : bad('not 0 or 1')),
    serialize: (v) => (v ? '1' : '0'),
  };
}

function choiceCodec<T extends string>(param: string, choices: readonly T[]): Codec<T> {
  return {
    param,
    // Case is not a reason to drop a choice: "usd" is USD.
    parse: (raw) => {
      const choice = choices.find((c) => c.toLowerCase() === raw.toLowerCase());
      return choice ? ok(choice) : bad(`not one of ${choices.join(', ')}`);
    },
    serialize: (v) => v,
  };
}

/**
 * A comma list of known ids, returned in the context's canonical order. An empty value means
 * "none" (an explicit choice), which is different from the parameter being absent ("all").
 */
function idListCodec<T extends string>(
  param: string,
  known: (ctx: UrlContext) => readonly T[],
  noun: string,
): { param: string; parse: (raw: string, ctx: UrlContext) => Parsed<T[]>; serialize: (value: readonly T[] | null) => string } {
  return {
    param,
    parse: (raw, ctx) => {
      // Empty items (",,china") and case ("China") are slips of typing, not other ids.
      const ids = raw
        .split(',')
        .map((id) => id.trim().toLowerCase())
        .filter((id) => id !== '');
      const allowed = known(ctx);
      const unknown = ids.filter((id) => !allowed.some((a) => a.toLowerCase() === id));
      const kept = allowed.filter((a) => ids.includes(a.toLowerCase()));
      if (unknown.length && !kept.length) return bad(`no known ${noun} in it (known: ${allowed.join(', ')})`);
      return ok(kept, unknown.length ? [`unknown ${noun} ${unknown.map((u) => JSON.stringify(shorten(u))).join(', ')} left out`] : undefined);
    },
    serialize: (v) => (v ?? []).join(','),
  };
}

/** A panel by its key ("shipments", in any case), or none. */
function panelCodec(param: string): Codec<PanelKey | null> {
  return { param, parse: choiceCodec(param, PANEL_KEYS).parse, serialize: (v) => v ?? '' };
}

const CODECS: { [K in keyof ViewState]: Codec<ViewState[K]> } = {
  from: yearCodec('from'),
  to: yearCodec('to'),
  currency: choiceCodec('currency', CURRENCIES),
  convertTargets: booleanCodec('convert'),
  regions: idListCodec('regions', (ctx) => ctx.regions, 'region'),
  segments: idListCodec('segments', (ctx) => ctx.segments, 'segment'),
  derived: booleanCodec('derived'),
  events: booleanCodec('events'),
  shipmentsGranularity: choiceCodec('shipments', SHIPMENT_GRANULARITIES),
  ranksGranularity: choiceCodec('ranks', RANK_GRANULARITIES),
  tables: idListCodec('tables', () => PANEL_KEYS, 'panel'),
  search: { param: 'q', parse: parseSearch, serialize: (v) => v },
  focus: panelCodec('focus'),
  embed: panelCodec('embed'),
  slide: {
    param: 'slide',
    parse: (raw) => {
      // Checked against the deck's length once the deck is known (see checkDeck).
      if (!/^\d{1,3}$/.test(raw) || Number(raw) < 1) return bad('not a slide number');
      return ok(Number(raw));
    },
    serialize: (v) => String(v),
  },
  deck: choiceCodec('deck', DECKS),
  savedView: {
    param: 'sv',
    parse: (raw) => (/^[\w-]{1,40}$/.test(raw) ? ok(raw) : bad('not a saved view id')),
    serialize: (v) => v ?? '',
  },
  theme: choiceCodec('theme', THEMES),
};

const KNOWN_PARAMS = new Set([...VIEW_KEYS.map((k) => CODECS[k].param), VERSION_PARAM]);

function shorten(raw: string): string {
  return raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

function isDefault<K extends keyof ViewState>(key: K, value: ViewState[K]): boolean {
  return sameValue(value, DEFAULT_VIEW[key]);
}

/**
 * Reads one key from the link into `state`; the generic keeps codec and key types together.
 * When a parameter repeats, the last valid value wins, so a bad duplicate never discards a
 * good one, nor an empty one a value that says something (`?q=&q=x&q=` searches "x"); every
 * other value is reported.
 */
function readKey<K extends keyof ViewState>(key: K, raws: readonly string[], ctx: UrlContext, state: ViewState, notices: UrlNotice[]) {
  const codec = CODECS[key];
  const param = codec.param;
  // Spaces around a value are a slip of typing or pasting (" 2015"), as in a list; a search keeps its own.
  const read = (raw: string) => codec.parse(key === 'search' ? raw : raw.trim(), ctx);
  const results = raws.map((raw) => ({ raw, result: raw.length > MAX_VALUE_LENGTH ? bad('too long') : read(raw) }));
  const chosen = results.findLast((r) => r.result.ok && r.raw.trim() !== '') ?? results.findLast((r) => r.result.ok);
  for (const [i, r] of results.entries()) {
    if (r === chosen) continue;
    const later = chosen && i < results.indexOf(chosen);
    const reason = !r.result.ok ? r.result.reason : later ? 'repeated; a later value was used' : 'repeated and empty; the value before it was used';
    notices.push({ param, raw: shorten(r.raw), reason, action: 'ignored' });
  }
  if (!chosen || !chosen.result.ok) return;
  chosen.result.warnings?.forEach((w) => notices.push({ param, raw: shorten(chosen.raw), reason: w, action: 'adjusted' }));
  state[key] = chosen.result.value;
}

/**
 * A slide of a saved deck shows that saved view, found by its id, wherever it now stands in the
 * deck; a link to a saved view this browser does not have says so and opens the view it was
 * made from, never another slide of the same number.
 */
function checkDeck(state: ViewState, ctx: UrlContext, notices: UrlNotice[]) {
  if (state.deck === 'saved') {
    // A link from before slides named their saved view: its slide number in this browser's deck.
    const legacy = state.savedView === null && state.slide !== null && state.slide <= ctx.savedIds.length;
    if (legacy && state.slide !== null) {
      state.savedView = ctx.savedIds[state.slide - 1] ?? null;
      notices.push({
        param: 'slide',
        raw: String(state.slide),
        reason: "an older link that does not name its saved view: this is the slide of that number in this browser's deck",
        action: 'adjusted',
      });
    }
    const at = state.savedView === null ? -1 : ctx.savedIds.indexOf(state.savedView);
    if (at < 0) {
      const reason =
        state.savedView !== null
          ? 'this browser has no such saved view (saved in another browser, or removed); the page shows the view the slide was made from'
          : state.slide === null
            ? 'names no saved view or slide to present'
            : 'this browser has no saved view for that slide; the page shows the view it was made from';
      notices.push({ param: 'deck', raw: 'saved', reason, action: 'ignored' });
      state.deck = 'panels';
      state.slide = null;
      state.savedView = null;
      return;
    }
    state.slide = at + 1;
    return;
  }
  if (state.savedView !== null)
    notices.push({ param: 'sv', raw: state.savedView, reason: 'names a saved view, but only a saved deck (deck=saved) shows one', action: 'ignored' });
  state.savedView = null;
  const count = ctx.slideCount;
  if (state.slide !== null && state.slide > count) {
    notices.push({ param: 'slide', raw: String(state.slide), reason: `there are slides 1 to ${count}`, action: 'ignored' });
    state.slide = null;
  }
}

/** Never throws: whatever the link holds, the result is a valid view plus notices for what was dropped. */
export function parseViewState(search: string, ctx: UrlContext): ParsedUrl {
  const notices: UrlNotice[] = [];
  let params: [string, string][];
  try {
    params = [...new URLSearchParams(typeof search === 'string' ? search : '')];
  } catch {
    params = [];
  }
  // Each setting is read on its own, so one huge value costs only itself (too long, or not a
  // setting) and the settings after it still count.
  if (params.length > MAX_PARAMS) {
    notices.push({
      param: 'link',
      raw: `${params.length} settings`,
      reason: `more than ${MAX_PARAMS} settings; those after the first ${MAX_PARAMS} were ignored`,
      action: 'adjusted',
    });
    params = params.slice(0, MAX_PARAMS);
  }
  // Grouped in a Map, never a plain object, so keys like "__proto__" are just strings.
  const byParam = new Map<string, string[]>();
  for (const [key, value] of params) {
    const list = byParam.get(key);
    if (list) list.push(value);
    else byParam.set(key, [value]);
  }
  const state: ViewState = { ...DEFAULT_VIEW };
  for (const key of VIEW_KEYS) {
    const raws = byParam.get(CODECS[key].param);
    if (raws) readKey(key, raws, ctx, state, notices);
  }
  for (const [param, raws] of byParam) {
    if (!KNOWN_PARAMS.has(param))
      notices.push({ param: shorten(param), raw: shorten(raws.join(', ')), reason: 'not a setting this dashboard knows', action: 'ignored' });
  }
  if (state.from !== null && state.to !== null && state.from > state.to) {
    notices.push({
      param: 'from and to',
      raw: '',
      reason: `the start (${state.from}) was after the end (${state.to}), so the two were swapped`,
      action: 'adjusted',
    });
    [state.from, state.to] = [state.to, state.from];
  }
  checkDeck(state, ctx, notices);
  // The dataset version follows the same rule as the view's keys: the last valid one wins and
  // every other value is listed.
  const versions = (byParam.get(VERSION_PARAM) ?? []).map((raw) => ({ raw, version: raw.trim(), valid: /^[\w.-]{1,40}$/.test(raw.trim()) }));
  const chosen = versions.findLast((v) => v.valid);
  for (const v of versions) {
    if (v === chosen) continue;
    notices.push({
      param: VERSION_PARAM,
      raw: shorten(v.raw),
      reason: v.valid ? 'repeated; a later value was used' : 'not a dataset version',
      action: 'ignored',
    });
  }
  return { state, notices, dataVersion: chosen?.version ?? null };
}

function encode(value: string): string {
  // Ids never need escaping; keep commas readable in shared links.
  return encodeURIComponent(value).replace(/%2C/g, ',');
}

/**
 * "?from=2015&currency=USD&v=…" with only non-default values; "" for the default view, unless
 * `pinned`: a view of an earlier dataset version always names it.
 */
export function serializeViewState(state: ViewState, dataVersion: string | null, pinned = false): string {
  const parts: string[] = [];
  for (const key of VIEW_KEYS) {
    const value = state[key];
    if (isDefault(key, value)) continue;
    const codec = CODECS[key] as Codec<typeof value>;
    parts.push(`${codec.param}=${encode(codec.serialize(value))}`);
  }
  if ((parts.length || pinned) && dataVersion) parts.push(`${VERSION_PARAM}=${encode(dataVersion)}`);
  return parts.length ? `?${parts.join('&')}` : '';
}
