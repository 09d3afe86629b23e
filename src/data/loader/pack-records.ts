/**
 * Many flat records, sent between threads as columns. Structured cloning copies every string
 * of every record, and the page spent about 0.9 s at 4x CPU throttling rebuilding 100,000
 * observations from the dataset worker; as columns, a value that repeats (a metric, a region,
 * a unit) crosses once, and numbers cross as one typed array.
 */

type Column =
  /** Values that repeat: each record's code is 1 + its value's position in `values`, 0 where absent. */
  | { key: string; type: 'dictionary'; values: unknown[]; codes: Uint32Array }
  /** Numbers; `present` is there when some records lack the key. */
  | { key: string; type: 'numbers'; values: Float64Array; present: Uint8Array | null }
  /** Strings that mostly differ (ids), present in every record: one string, split on the page. */
  | { key: string; type: 'text'; joined: string }
  /** Anything else, as is; a hole where absent. */
  | { key: string; type: 'plain'; values: unknown[] };

/** Joins a 'text' column: a character no value contains (otherwise the column crosses plain). */
const SEPARATOR = '\u0000';

export interface PackedRecords {
  length: number;
  columns: Column[];
}

/**
 * One key of every record, in one pass: numbers go to a typed array; other values repeat
 * (dictionary) until more than a quarter of them differ, then they cross as they are.
 */
function column(key: string, records: readonly object[]): Column {
  const n = records.length;
  const limit = n / 4;
  const codes = new Uint32Array(n);
  const distinct = new Map<unknown, number>();
  let numbers = true;
  let repeats = true;
  let absent = false;
  for (let i = 0; i < n; i++) {
    const record = records[i] as Record<string, unknown>;
    if (!Object.hasOwn(record, key)) {
      absent = true;
      continue;
    }
    const v = record[key];
    if (typeof v !== 'number') numbers = false;
    if (!repeats) continue;
    if (typeof v === 'object' && v !== null) {
      repeats = false;
      continue;
    }
    let code = distinct.get(v);
    if (code === undefined) {
      if (distinct.size >= limit) {
        repeats = false;
        continue;
      }
      code = distinct.size + 1;
      distinct.set(v, code);
    }
    codes[i] = code;
  }
  if (numbers) {
    const values = new Float64Array(n);
    const present = absent ? new Uint8Array(n) : null;
    for (let i = 0; i < n; i++) {
      const record = records[i] as Record<string, unknown>;
      if (present && !Object.hasOwn(record, key)) continue;
      values[i] = record[key] as number;
      if (present) present[i] = 1;
    }
    return { key, type: 'numbers', values, present };
  }
  if (repeats) return { key, type: 'dictionary', values: [...distinct.keys()], codes };
  // A hundred thousand strings cross as one: receiving them one by one took the page about
  // 70 ms at 4x CPU throttling, one string under 10 (and splitting it about 15).
  if (!absent && n > 0) {
    const texts = new Array<string>(n);
    let i = 0;
    for (; i < n; i++) {
      const v = (records[i] as Record<string, unknown>)[key];
      if (typeof v !== 'string' || v.includes(SEPARATOR)) break;
      texts[i] = v;
    }
    if (i === n) return { key, type: 'text', joined: texts.join(SEPARATOR) };
  }
  const plain: unknown[] = new Array<unknown>(n);
  for (let i = 0; i < n; i++) {
    const record = records[i] as Record<string, unknown>;
    if (Object.hasOwn(record, key)) plain[i] = record[key];
  }
  return { key, type: 'plain', values: plain };
}

/** The records as columns, keys in the order they first appear. */
export function packRecords(records: readonly object[]): PackedRecords {
  const keys = new Set<string>();
  for (const r of records) for (const k of Object.keys(r)) keys.add(k);
  return { length: records.length, columns: [...keys].map((key) => column(key, records)) };
}

/** The buffers of a packed set, to transfer rather than copy. */
export function transferables(packed: PackedRecords): ArrayBuffer[] {
  return packed.columns.flatMap((c) =>
    c.type === 'dictionary'
      ? [c.codes.buffer as ArrayBuffer]
      : c.type === 'numbers'
        ? [c.values.buffer as ArrayBuffer, ...(c.present ? [c.present.buffer as ArrayBuffer] : [])]
        : [],
  );
}

/**
 * Rebuilds the records a range at a time, so a caller can give the page back between ranges:
 * `read(start, end)` returns records start..end-1, equal to the packed ones with the same keys.
 */
export function recordReader<T>(packed: PackedRecords): (start: number, end: number) => T[] {
  // Ids crossed as one string: split once, however many ranges are read.
  const columns = packed.columns.map((c) => (c.type === 'text' ? { key: c.key, type: 'plain' as const, values: c.joined.split(SEPARATOR) } : c));
  return (start, end) => {
    const rows = new Array<Record<string, unknown>>(Math.max(0, end - start));
    // Row by row, each record is built whole, its keys in one order.
    for (let i = start; i < end; i++) {
      const row: Record<string, unknown> = {};
      for (const c of columns) {
        if (c.type === 'dictionary') {
          const code = c.codes[i]!;
          if (code) row[c.key] = c.values[code - 1];
        } else if (c.type === 'numbers') {
          if (!c.present || c.present[i]) row[c.key] = c.values[i];
        } else if (i in c.values) row[c.key] = c.values[i];
      }
      rows[i - start] = row;
    }
    return rows as T[];
  };
}

/** The records again: equal to the packed ones, with the same keys present. */
export function unpackRecords<T>(packed: PackedRecords): T[] {
  return recordReader<T>(packed)(0, packed.length);
}
