/**
 * Derived figures are stored with the operation that produced them and the ids of their
 * inputs, never as free-form formulas: each operation is defined once here, with its
 * arithmetic and its plain-language formula, so the validator, the tooltips and the tests
 * all read the same definition (and nothing is ever eval'd).
 */
import { period } from './period.ts';

export interface DerivationInput {
  value: number;
  period: string;
}

interface OpDefinition {
  /** Exact number of inputs, or the minimum when `variadic`. */
  arity: number;
  variadic?: boolean;
  compute: (inputs: readonly DerivationInput[]) => number;
  /** Formula in words; receives the inputs' labels. */
  describe: (labels: readonly string[]) => string;
}

function at(inputs: readonly DerivationInput[], i: number): number {
  const input = inputs[i];
  if (!input) throw new Error(`Missing derivation input #${i + 1}`);
  return input.value;
}

export const DERIVATION_OPS = {
  priorFromGrowth: {
    arity: 2,
    compute: (xs) => at(xs, 0) / (1 + at(xs, 1) / 100),
    describe: ([level, growth]) => `${level} ÷ (1 + ${growth})`,
  },
  growthPct: {
    arity: 2,
    compute: (xs) => (at(xs, 1) / at(xs, 0) - 1) * 100,
    describe: ([before, after]) => `(${after} ÷ ${before} − 1) × 100`,
  },
  remainder: {
    arity: 2,
    variadic: true,
    compute: (xs) => xs.slice(1).reduce((rest, x) => rest - x.value, at(xs, 0)),
    describe: ([total, ...parts]) => `${total} − ${parts.join(' − ')}`,
  },
  sum: {
    arity: 2,
    variadic: true,
    compute: (xs) => xs.reduce((total, x) => total + x.value, 0),
    describe: (labels) => labels.join(' + '),
  },
  ratio: {
    arity: 2,
    compute: (xs) => at(xs, 0) / at(xs, 1),
    describe: ([num, den]) => `${num} ÷ ${den}`,
  },
  percentOf: {
    arity: 2,
    compute: (xs) => (at(xs, 0) / 100) * at(xs, 1),
    describe: ([pct, base]) => `${pct} × ${base}`,
  },
  yearsBefore: {
    arity: 1,
    compute: (xs) => {
      const input = xs[0];
      if (!input) throw new Error('Missing derivation input #1');
      return period(input.period).year - input.value;
    },
    // "Company age (2015): its year − its value", that is 2015 − 5.
    describe: ([years]) => `${years}: its year − its value`,
  },
} satisfies Record<string, OpDefinition>;

export type DerivationOp = keyof typeof DERIVATION_OPS;
export const DERIVATION_OP_NAMES = Object.keys(DERIVATION_OPS) as DerivationOp[];

export function arityProblem(op: DerivationOp, count: number): string | null {
  const def: OpDefinition = DERIVATION_OPS[op];
  if (def.variadic ? count < def.arity : count !== def.arity) {
    return `${op} takes ${def.variadic ? 'at least ' : ''}${def.arity} input(s), got ${count}`;
  }
  return null;
}

export function computeDerivation(op: DerivationOp, inputs: readonly DerivationInput[]): number {
  return DERIVATION_OPS[op].compute(inputs);
}

export function describeDerivation(op: DerivationOp, labels: readonly string[]): string {
  return DERIVATION_OPS[op].describe(labels);
}

/**
 * A stored derived value is consistent when it equals the recomputed value rounded to the
 * stored number of decimals (half a unit in the last place of tolerance).
 */
export function derivationMatches(stored: number, computed: number, decimals: number): boolean {
  return Math.abs(stored - computed) <= 0.5 * 10 ** -decimals + 1e-9;
}

/**
 * A derivation in a CSV cell, as a download writes it and Load data reads it back: its
 * operation and its inputs' ids, "growthPct(sold-2012, sold-2013)". Its decimals are the row's.
 */
export function derivationText(derivation: { op: string; inputs: readonly string[] }): string {
  return `${derivation.op}(${derivation.inputs.join(', ')})`;
}

/** The operation and input ids in a derivation cell, or null where it is not in that form. */
export function readDerivationText(text: string): { op: string; inputs: string[] } | null {
  const m = /^\s*(\w+)\s*\(([^()]*)\)\s*$/.exec(text);
  if (!m) return null;
  const inputs = m[2]!.split(',').map((id) => id.trim());
  return inputs.every(Boolean) ? { op: m[1]!, inputs } : null;
}
