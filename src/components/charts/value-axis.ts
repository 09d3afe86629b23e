/** How far above the tallest bar the value axis reaches, as a share of its value. */
const HEADROOM = 1.15;

/**
 * The top of a bar chart's value axis. Value labels sit above the bars, and event flags and gap
 * labels run along the top edge of the plot; without room above the tallest bar they overlap it.
 * The top is four round steps (recharts draws five ticks), so the ticks stay round numbers.
 */
export function valueAxisMax(dataMax: number): number {
  if (!Number.isFinite(dataMax) || dataMax <= 0) return 1;
  const roughStep = (dataMax * HEADROOM) / 4;
  // Rounded the way recharts rounds a tick step (getFormatStep): to a multiple of 5 in the second
  // digit (45, 80, 0.15), or to a whole number for steps from 1 to 10.
  const digits = Math.floor(Math.log10(roughStep)) + 1;
  const unit = 10 ** digits * (digits === 1 ? 0.1 : 0.05);
  // A step a hair over a round value (float noise from the headroom product) stays on that value.
  return Math.ceil(roughStep / unit - 1e-9) * unit * 4;
}
