import type { SeriesStyle } from '../../components/charts/series-style.ts';
import { GRANULARITY_LABELS, type Granularity } from '../../data/period.ts';
import type { ShipmentSeriesId } from '../../domain/shipments.ts';

/** How the shipments series look and are named, shared by the panel and its slide. */
export const SHIPMENT_STYLES: Record<ShipmentSeriesId, Omit<SeriesStyle, 'id' | 'label'>> = {
  // Both can be on one chart: marker shapes tell them apart without colour.
  shipped: { color: 'blue', role: 'value', marker: 'circle' },
  sold: { color: 'green', role: 'value', marker: 'square' },
  target: { color: 'vermillion', role: 'target' },
};

export const SERIES_LABELS: Record<ShipmentSeriesId, string> = {
  shipped: 'Shipped',
  sold: 'Sold (reported as sales)',
  target: 'Target',
};

export function shipmentSeries(ids: readonly ShipmentSeriesId[]): SeriesStyle[] {
  return ids.map((id) => ({ id, label: SERIES_LABELS[id], ...SHIPMENT_STYLES[id] }));
}

/** The volumes chart's name, on the page and on its slide: "Smartphone volumes, annual". */
export const volumesChartName = (granularity: Granularity) => `Smartphone volumes, ${GRANULARITY_LABELS[granularity].toLowerCase()}`;
