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

export type WorkerReply<R extends WorkerRequest> = (R extends { type: 'load' } ? ParseReply : ImportResult) & {
  /** Time the worker spent on the request, for the benchmark (CDP's CPU throttling does not reach workers). */
  busyMs: number;
};

/** The worker's first message, as soon as it runs: from then on it needs nothing from the page until it replies. */
export const WORKER_STARTED = 'dataset-worker:started';

/** A dataset as it crosses between threads: its observations as columns (see pack-records.ts). */
type WireDataset = Omit<Dataset, 'observations'> & { observations: PackedRecords };
type OnWire<T> = T extends { dataset: Dataset } ? Omit<T, 'dataset'> & { dataset: WireDataset } : T;
export type WireReply = (({ ok: true; loaded: OnWire<LoadedDataset> } | { ok: false; error: WorkerError }) | OnWire<ImportResult>) & { busyMs: number };

function toWire(dataset: Dataset): WireDataset {
  return { ...dataset, observations: packRecords(dataset.observations) };
}

function fromWire(wire: WireDataset): Dataset {
  return { ...wire, observations: unpackRecords<Observation>(wire.observations) };
}

/** A reply as the worker sends it, and the buffers to transfer with it. */
export function encodeReply(reply: (ParseReply | ImportResult) & { busyMs: number }): { message: WireReply; transfer: ArrayBuffer[] } {
  if ('loaded' in reply && reply.ok) {
    const dataset = toWire(reply.loaded.dataset);
    return { message: { ...reply, loaded: { ...reply.loaded, dataset } }, transfer: transferables(dataset.observations) };
  }
  if ('dataset' in reply && reply.ok) {
    const dataset = toWire(reply.dataset);
    return { message: { ...reply, dataset }, transfer: transferables(dataset.observations) };
  }
  return { message: reply as WireReply, transfer: [] };
}

/** The reply as the page uses it. */
export function decodeReply(message: WireReply): (ParseReply | ImportResult) & { busyMs: number } {
  if ('loaded' in message && message.ok) return { ...message, loaded: { ...message.loaded, dataset: fromWire(message.loaded.dataset) } };
  if ('dataset' in message && message.ok) return { ...message, dataset: fromWire(message.dataset) };
  return message as (ParseReply | ImportResult) & { busyMs: number };
}
