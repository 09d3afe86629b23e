import { RANK_GRANULARITIES, SHIPMENT_GRANULARITIES } from '../../src/domain/panel-granularities.ts';
import type { UrlContext } from '../../src/state/url-state.ts';
import { DECKS, PANEL_KEYS, THEMES, type ViewState } from '../../src/state/view-state.ts';

/** What every parsed state must satisfy, whatever the input. */
export function isValid(s: ViewState, ctx: UrlContext): boolean {
  const inYears = (y: number | null) => y === null || (Number.isInteger(y) && y >= ctx.firstYear && y <= ctx.lastYear);
  const subsetOf = (xs: readonly string[] | null, of: readonly string[]) => xs === null || (xs.every((x) => of.includes(x)) && new Set(xs).size === xs.length);
  return (
    inYears(s.from) &&
    inYears(s.to) &&
    (s.from === null || s.to === null || s.from <= s.to) &&
    ['RMB', 'USD'].includes(s.currency) &&
    typeof s.convertTargets === 'boolean' &&
    subsetOf(s.regions, ctx.regions) &&
    subsetOf(s.segments, ctx.segments) &&
    typeof s.derived === 'boolean' &&
    typeof s.events === 'boolean' &&
    (SHIPMENT_GRANULARITIES as readonly string[]).includes(s.shipmentsGranularity) &&
    (RANK_GRANULARITIES as readonly string[]).includes(s.ranksGranularity) &&
    subsetOf(s.tables, PANEL_KEYS) &&
    typeof s.search === 'string' &&
    (s.focus === null || PANEL_KEYS.includes(s.focus)) &&
    (s.embed === null || PANEL_KEYS.includes(s.embed)) &&
    (s.slide === null || (Number.isInteger(s.slide) && s.slide >= 1 && s.slide <= (s.deck === 'saved' ? ctx.savedIds.length : ctx.slideCount))) &&
    (s.deck === 'saved' ? s.savedView !== null && ctx.savedIds[(s.slide ?? 0) - 1] === s.savedView : s.savedView === null) &&
    DECKS.includes(s.deck) &&
    THEMES.includes(s.theme) &&
    Object.keys(s).length === 18
  );
}
