/**
 * The granularities each panel can switch between. Kept apart from the panel views so the URL
 * and the view store can name them without loading the panel data functions.
 */
import type { Granularity } from '../data/period.ts';

export const SHIPMENT_GRANULARITIES = ['year', 'half', 'quarter'] as const satisfies readonly Granularity[];
export type ShipmentsGranularity = (typeof SHIPMENT_GRANULARITIES)[number];

export const RANK_GRANULARITIES = ['year', 'quarter'] as const satisfies readonly Granularity[];
export type RankGranularity = (typeof RANK_GRANULARITIES)[number];
