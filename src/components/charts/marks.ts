/**
 * Above this many marks a chart is drawn without per-mark labels: they would not be legible and
 * would cost time.
 *
 * Charts never animate. Figures change when a filter changes, and a dashboard answers at once;
 * recharts' tweening re-renders every mark on each animation frame, which at 4x CPU throttling
 * kept the main thread busy for about a second after every filter change.
 */
export const LABELLED_MARKS = 40;
