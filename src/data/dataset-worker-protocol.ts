/**
 * Messages between the page and the dataset worker. Errors cross as plain data (a class
 * instance would arrive as a bare Error) and become a DatasetError again on this side.
 */
import type { DatasetErrorKind } from './dataset-error.ts';
import type { DatasetProblem } from './dataset-integrity.ts';
import type { ImportResult } from './import/import-dataset.ts';
import type { LoadedDataset } from './parse-dataset.ts';
import type { Dataset } from './schema.ts';

export type WorkerRequest =
  /** The served dataset, fetched from its absolute URL by the worker itself. */
  | { type: 'load'; url: string; file: string }
  /** A file the user opened, read against the bundled dataset's registries. */
  | { type: 'import'; text: string; fileName: string; base: Dataset };

export interface WorkerError {
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
