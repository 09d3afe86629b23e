/**
 * Axis widths estimated from the labels themselves. recharts' width="auto" measures every tick
 * in the DOM on each render, which dominated the cost of a filter change.
 */
const CHAR = 0.62;

export function axisWidth(labels: readonly string[], fontSize: number, padding = 14): number {
  const longest = labels.reduce((n, l) => Math.max(n, l.length), 0);
  return Math.ceil(longest * fontSize * CHAR + padding);
}

/** Width for a numeric axis from 0 to `max`, using the tick formatter. */
export function numericAxisWidth(max: number, format: (value: number) => string, fontSize: number): number {
  const samples = [0, max, max / 2, max * 0.75].map((v) => format(Math.round(v)));
  return axisWidth(samples, fontSize);
}
