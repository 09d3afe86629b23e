/**
 * Hostile dataset files, each with what the page must say about it. Shared by the unit suite
 * (tests/hostile) and the browser suite (tests/e2e/hostile.spec.ts). `fatal`: the file cannot
 * be used at all and the message must match; `leftOut`: the file is used without the records
 * named, each with its path and reason.
 */
import { readFileSync } from 'node:fs';

type Raw = Record<string, unknown> & { observations: Record<string, unknown>[]; sources: Record<string, unknown>[] };
const bundled = (): Raw => JSON.parse(readFileSync('public/data/xiaomi.json', 'utf8'));
const edit = (mutate: (d: Raw) => void): string => {
  const d = bundled();
  mutate(d);
  return JSON.stringify(d);
};
const indexOf = (id: string) => bundled().observations.findIndex((o) => o.id === id);

export interface HostileDataset {
  what: string;
  text: () => string;
  fatal?: RegExp;
  leftOut?: { path: string; message: RegExp }[];
}

export const HOSTILE_DATASETS: HostileDataset[] = [
  { what: 'an empty file', text: () => '', fatal: /is empty/ },
  { what: 'only white space', text: () => ' \n\t ', fatal: /is empty/ },
  { what: 'truncated JSON', text: () => readFileSync('public/data/xiaomi.json', 'utf8').slice(0, 4000), fatal: /is not valid JSON: / },
  { what: 'an HTML error page', text: () => '<!doctype html><html><body><h1>502 Bad Gateway</h1></body></html>', fatal: /is an HTML or XML page, not JSON/ },
  { what: 'JSON null', text: () => 'null', fatal: /holds only null, not a dataset/ },
  { what: 'a lone number', text: () => '42', fatal: /holds a single number, not a dataset/ },
  { what: 'a JSON list', text: () => '[1, 2, 3]', fatal: /holds a list, not a dataset: a dataset is one JSON object/ },
  { what: 'NaN written into the JSON', text: () => edit(() => {}).replace('"value":23.16', '"value":NaN'), fatal: /is not valid JSON: / },
  { what: 'JSON nested a million deep', text: () => `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`, fatal: /is not valid JSON|holds a list/ },
  { what: 'an unknown schema version', text: () => edit((d) => (d.schemaVersion = 3)), fatal: /does not match the dataset schema/ },
  { what: 'a missing collection', text: () => edit((d) => delete (d as Record<string, unknown>).events), fatal: /does not match the dataset schema/ },
  { what: 'a __proto__ key at the top', text: () => edit(() => {}).replace('{', '{"__proto__":{"polluted":1},'), fatal: /does not match the dataset schema/ },
  {
    what: 'a text value where a number belongs',
    text: () => edit((d) => (d.observations[5]!.value = 'lots')),
    leftOut: [{ path: 'observations[5].value', message: /^must be a number$/ }],
  },
  {
    what: 'NaN as a value (written by JSON as null)',
    text: () => edit((d) => (d.observations[6]!.value = Number.NaN)),
    leftOut: [{ path: 'observations[6].value', message: /must be a number/ }],
  },
  {
    what: 'Infinity as a value',
    text: () => edit(() => {}).replace(/("id":"shipments-growth-yoy-2017q4"[^}]*"value":)96\.9/, '$11e999'),
    leftOut: [{ path: `observations[${indexOf('shipments-growth-yoy-2017q4')}].value`, message: /finite/ }],
  },
  {
    what: 'a negative count',
    text: () => edit((d) => (d.observations[indexOf('mi-home-stores-2017-07')]!.value = -123)),
    leftOut: [
      { path: `observations[${indexOf('mi-home-stores-2017-07')}].value`, message: /cannot be negative/ },
      // The store count of 8 July was derived from it and no longer adds up, so it goes too.
      { path: `observations[${indexOf('mi-home-stores-2017-07-08-derived')}].value`, message: /does not match sum of its inputs/ },
    ],
  },
  {
    what: 'an unknown source id',
    text: () => edit((d) => (d.observations[10]!.sourceId = 'rumour-mill')),
    leftOut: [
      { path: 'observations[10].sourceId', message: /^unknown source id "rumour-mill"$/ },
      // 2014 sales growth was derived from the figure left out.
      { path: 'observations[13].derivation.inputs[1]', message: /^unknown observation id "sold-2014"$/ },
    ],
  },
  {
    what: 'a duplicate id',
    text: () => edit((d) => ((d.events as Record<string, unknown>[])[2]!.id = (d.events as Record<string, unknown>[])[1]!.id)),
    leftOut: [{ path: 'events[2].id', message: /^duplicate id / }],
  },
  {
    what: 'a missing field',
    text: () => edit((d) => delete d.observations[11]!.unit),
    leftOut: [{ path: 'observations[11].unit', message: /^required field is missing$/ }],
  },
  {
    what: 'a five-megabyte note',
    text: () => edit((d) => (d.observations[14]!.note = 'x'.repeat(5_000_000))),
    leftOut: [
      { path: 'observations[14].note', message: /at most 600 characters/ },
      { path: 'observations[18].derivation.inputs[1]', message: /^unknown observation id "shipments-2023"$/ },
    ],
  },
  {
    what: 'a record with an extra, unknown field',
    text: () => edit((d) => Object.assign(d.observations[15]!, { constructor: 'x' })),
    leftOut: [{ path: 'observations[15].constructor', message: /unexpected field/ }],
  },
];
