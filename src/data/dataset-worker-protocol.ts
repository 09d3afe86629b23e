/**
 * Messages between the page and the dataset worker. Errors cross as plain data (a class
 * instance would arrive as a bare Error) and become a DatasetError again on this side.
 */
import type { DatasetErrorKind } from './dataset-error.ts';
import type { DatasetProblem } from './dataset-integrity.ts';
import type { ImportResult } from './import/import-dataset.ts';
import type { LoadedDataset } from './parse-dataset.ts';
import { packRecords, transferables, unpackRecords, type PackedRecords } from './pack-records.ts';
import type { Dataset, Observation } from './schema.ts';

export type WorkerRequest =
  /** The served dataset, fetched from its absolute URL by the worker itself. */
  | { type: 'load'; url: string; file: string }
  /** A file the user opened, read against the bundled dataset's registries. */
  | { type: 'import'; text: string; fileName: string; base: Dataset };

interface WorkerError {
  kind: DatasetErrorKind;
  file: string;
  message: string;
  problems: DatasetProblem[];
}

export type ParseReply = { ok: true; loaded: LoadedDataset } | { ok: false; error: WorkerError };

/** How long the worker took, for the benchmark and the browser's performance panel. */
export interface WorkerTiming {
  /** Time the worker spent on the request (CDP's CPU throttling does not reach workers). */
  busyMs: number;
  /** The worker's `dataset:*` performance marks, as epoch milliseconds (performance.timeOrigin + startTime). */
  timeline?: { name: string; at: number }[];
}

export type WorkerReply<R extends WorkerRequest> = (R extends { type: 'load' } ? ParseReply : ImportResult) & WorkerTiming;

/** The worker's first message, as soon as it runs: from then on it needs nothing from the page until it replies. */
export const WORKER_STARTED = 'dataset-worker:started';

/**
 * Observations cross in parts of this many, each posted as soon as it is packed, ahead of the
 * reply: the page rebuilds one part while the worker packs the next.
 */
export const PART_SIZE = 25_000;

/** One part of a reply's observations, as columns (see pack-records.ts). */
export interface WirePart {
  part: PackedRecords;
}

/** A dataset as it crosses between threads: everything but its observations, and how many came before it. */
type WireDataset = Omit<Dataset, 'observations'> & { observations: { sent: number } };
type OnWire<T> = T extends { dataset: Dataset } ? Omit<T, 'dataset'> & { dataset: WireDataset } : T;
export type WireReply = (({ ok: true; loaded: OnWire<LoadedDataset> } | { ok: false; error: WorkerError }) | OnWire<ImportResult>) & WorkerTiming;
export type WireMessage = WireReply | WirePart;

type Outgoing = { message: WireMessage; transfer: ArrayBuffer[] };

function* partsOf(observations: readonly Observation[]): Generator<Outgoing> {
  for (let at = 0; at < observations.length; at += PART_SIZE) {
    const part = packRecords(observations.slice(at, at + PART_SIZE));
    yield { message: { part }, transfer: transferables(part) };
  }
}

function toWire(dataset: Dataset): WireDataset {
  return { ...dataset, observations: { sent: dataset.observations.length } };
}

/**
 * A reply as the worker sends it: the parts of its dataset's observations, then the reply
 * itself, each with the buffers to transfer. Each part is packed only when asked for, so the
 * worker posts it before packing the next.
 */
export function* encodeReply(reply: (ParseReply | ImportResult) & WorkerTiming): Generator<Outgoing> {
  if ('loaded' in reply && reply.ok) {
    yield* partsOf(reply.loaded.dataset.observations);
    yield { message: { ...reply, loaded: { ...reply.loaded, dataset: toWire(reply.loaded.dataset) } }, transfer: [] };
  } else if ('dataset' in reply && reply.ok) {
    yield* partsOf(reply.dataset.observations);
    yield { message: { ...reply, dataset: toWire(reply.dataset) }, transfer: [] };
  } else yield { message: reply as WireReply, transfer: [] };
}

/**
 * Reads the worker's messages in order: rebuilds each part of the observations as it arrives,
 * and returns the reply as the page uses it once the reply itself comes (null until then).
 */
export function replyReader(): (message: WireMessage) => ((ParseReply | ImportResult) & WorkerTiming) | null {
  const parts: Observation[][] = [];
  const fromWire = (wire: WireDataset): Dataset => {
    const observations = ([] as Observation[]).concat(...parts);
    if (observations.length !== wire.observations.sent) {
      throw new Error(`the dataset reader sent ${observations.length} of ${wire.observations.sent} figures`);
    }
    return { ...wire, observations };
  };
  return (message) => {
    if ('part' in message) {
      parts.push(unpackRecords<Observation>(message.part));
      return null;
    }
    if ('loaded' in message && message.ok) return { ...message, loaded: { ...message.loaded, dataset: fromWire(message.loaded.dataset) } };
    if ('dataset' in message && message.ok) return { ...message, dataset: fromWire(message.dataset) };
    return message as (ParseReply | ImportResult) & WorkerTiming;
  };
}
