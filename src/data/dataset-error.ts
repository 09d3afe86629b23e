import type { DatasetProblem } from './dataset-integrity.ts';

export type DatasetErrorKind = 'network' | 'http' | 'not-json' | 'invalid';

/** Why a dataset could not be used, in terms a user can act on: which file, where, and why. */
export class DatasetError extends Error {
  constructor(
    readonly kind: DatasetErrorKind,
    readonly file: string,
    message: string,
    readonly problems: readonly DatasetProblem[] = [],
  ) {
    super(message);
    this.name = 'DatasetError';
  }
}
