/**
 * Axis widths estimated from the labels themselves. recharts' width="auto" measures every tick
 * in the DOM on each render, which dominated the cost of a filter change.
 */
const CHAR = 0.62;
/** Room beside the longest label, in pixels. */
const PADDING = 14;

export function axisWidth(labels: readonly string[], fontSize: number): number {
  const longest = labels.reduce((n, l) => Math.max(n, l.length), 0);
  return Math.ceil(textWidth(longest, fontSize) + PADDING);
}

/** Width for a numeric axis from 0 to `max`, using the tick formatter. */
export function numericAxisWidth(max: number, format: (value: number) => string, fontSize: number): number {
  // The quarters of the axis, as a five-tick axis labels them ("USD 3.6bn", not a rounded "USD 4bn").
  const samples = [0, 1, 2, 3, 4].map((i) => format((i * max) / 4));
  return axisWidth(samples, fontSize);
}

/** Clear space between two neighbouring axis labels, in pixels: closer, they read as one ("20172018"). */
export const LABEL_GAP = 8;

/** Estimated width of a line of `chars` characters. */
export function textWidth(chars: number, fontSize: number): number {
  return chars * fontSize * CHAR;
}

/**
 * Every how many ticks an axis can carry a label: 1 while labels `size` px long fit between
 * ticks `spacing` px apart, more on a crowded axis (fifty years on a panel-wide chart), so
 * labels are left out rather than drawn over each other. Marks and table keep every figure.
 */
export function tickLabelStep(spacing: number, size: number): number {
  if (!(spacing > 0) || !(size > 0)) return 1;
  return Math.max(1, Math.ceil((size + LABEL_GAP) / spacing));
}

/**
 * A label step that keeps labels on the same point of the calendar: with four quarters a year,
 * every 2nd or 4th quarter, or whole years of them (Q4 2018, Q4 2022, …), never every 3rd (Q2,
 * Q1, Q4, …) where a reader has to work out each label afresh.
 */
export function calendarStep(step: number, periodsPerYear: number): number {
  if (step <= 1 || periodsPerYear <= 1) return step;
  if (step >= periodsPerYear) return Math.ceil(step / periodsPerYear) * periodsPerYear;
  let divisor = step;
  while (divisor < periodsPerYear && periodsPerYear % divisor !== 0) divisor += 1;
  return divisor;
}
