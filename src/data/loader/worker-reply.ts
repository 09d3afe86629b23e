/**
 * The dataset worker's one message. A failure crosses as plain data (a class instance would
 * arrive as a bare Error) and becomes a DatasetError again on the page.
 */
import type { DatasetErrorKind } from '../dataset-error.ts';
import type { DatasetProblem } from '../dataset-integrity.ts';
import type { Dataset } from '../schema.ts';
import type { PackedRecords } from './pack-records.ts';

export type WorkerReply =
  | { ok: true; dataset: Omit<Dataset, 'observations'>; observations: PackedRecords; leftOut: DatasetProblem[] }
  | { ok: false; error: { kind: DatasetErrorKind; file: string; message: string; problems: DatasetProblem[] } };
