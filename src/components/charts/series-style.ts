/** How a series looks. Panels pick these; charts only apply them. */
export type SeriesColor = 'blue' | 'green' | 'orange' | 'vermillion' | 'purple' | 'sky' | 'grey';
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond';

export interface SeriesStyle {
  id: string;
  label: string;
  color: SeriesColor;
  /** Targets are drawn as dashed outlines (a band for ranges), never as solid bars. */
  role: 'value' | 'target';
  marker?: MarkerShape;
}

export function colorVar(color: SeriesColor): string {
  return `var(--c-${color})`;
}
