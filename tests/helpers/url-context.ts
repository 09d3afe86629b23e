import type { UrlContext } from '../../src/state/url-state.ts';

/** A fixed context for URL tests: the regions, segments and years a dataset could allow. */
export const CTX: UrlContext = {
  regions: ['global', 'china', 'india', 'overseas'],
  segments: ['smartphones', 'iot', 'internet', 'other'],
  firstYear: 2012,
  lastYear: 2030,
  slideCount: 5,
  savedIds: ['v-a', 'v-b', 'v-c'],
};
