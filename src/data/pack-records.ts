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
  /** Anything else, as is; a hole where absent. */
  | { key: string; type: 'plain'; values: unknown[] };

export interface PackedRecords {
  length: number;
  columns: Column[];
}

const ABSENT = Symbol('absent');

function column(key: string, values: unknown[]): Column {
  let numbers = true;
  let absent = false;
  const distinct = new Map<unknown, number>();
  for (const v of values) {
    if (v === ABSENT) {
      absent = true;
      continue;
    }
    if (typeof v !== 'number') numbers = false;
    if (distinct.size <= values.length / 4 && (typeof v !== 'object' || v === null) && !distinct.has(v)) distinct.set(v, distinct.size + 1);
  }
  if (numbers) {
    const out = new Float64Array(values.length);
    const present = absent ? new Uint8Array(values.length) : null;
    values.forEach((v, i) => {
      if (v === ABSENT) return;
      out[i] = v as number;
      if (present) present[i] = 1;
    });
    return { key, type: 'numbers', values: out, present };
  }
  const repeats = distinct.size <= values.length / 4 && values.every((v) => v === ABSENT || distinct.has(v));
  if (repeats) {
    const codes = new Uint32Array(values.length);
    values.forEach((v, i) => {
      if (v !== ABSENT) codes[i] = distinct.get(v)!;
    });
    return { key, type: 'dictionary', values: [...distinct.keys()], codes };
  }
  const plain: unknown[] = new Array<unknown>(values.length);
  values.forEach((v, i) => {
    if (v !== ABSENT) plain[i] = v;
  });
  return { key, type: 'plain', values: plain };
}

/** The records as columns, keys in the order they first appear. */
export function packRecords(records: readonly object[]): PackedRecords {
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const r of records) {
    for (const k of Object.keys(r)) {
      if (!seen.has(k)) {
        seen.add(k);
        keys.push(k);
      }
    }
  }
  const columns = keys.map((key) =>
    column(
      key,
      records.map((r) => (Object.hasOwn(r, key) ? (r as Record<string, unknown>)[key] : ABSENT)),
    ),
  );
  return { length: records.length, columns };
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

/** The records again: equal to the packed ones, with the same keys present. */
export function unpackRecords<T>(packed: PackedRecords): T[] {
  const rows: Record<string, unknown>[] = Array.from({ length: packed.length }, () => ({}));
  for (const c of packed.columns) {
    const { key } = c;
    if (c.type === 'dictionary') {
      for (let i = 0; i < rows.length; i++) if (c.codes[i]) rows[i]![key] = c.values[c.codes[i]! - 1];
    } else if (c.type === 'numbers') {
      for (let i = 0; i < rows.length; i++) if (!c.present || c.present[i]) rows[i]![key] = c.values[i];
    } else {
      for (let i = 0; i < rows.length; i++) if (i in c.values) rows[i]![key] = c.values[i];
    }
  }
  return rows as T[];
}
