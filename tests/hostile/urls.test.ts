/**
 * Hostile links: each one opens a valid view, nothing throws, nothing is polluted, and every
 * parameter that was dropped or changed is named with the reason the page shows.
 */
import { describe, expect, it } from 'vitest';
import { parseViewState, serializeViewState } from '../../src/state/url-state.ts';
import { DEFAULT_VIEW } from '../../src/state/view-state.ts';
import { CTX } from '../helpers/url-context.ts';
import { HOSTILE_URLS } from '../helpers/hostile-urls.ts';
import { isValid } from '../helpers/view-validity.ts';

describe('hostile links', () => {
  it.each(HOSTILE_URLS)('$what: opens a valid view and says what it ignored', ({ query, says, keeps }) => {
    const parsed = parseViewState(query, { ...CTX, savedIds: [] });
    expect(isValid(parsed.state, { ...CTX, savedIds: [] })).toBe(true);
    const notices = parsed.notices.map((n) => `${n.param}: ${n.reason}`);
    for (const fragment of says) expect(notices.some((n) => n.startsWith(fragment))).toBe(true);
    if (keeps) expect(parsed.state).toMatchObject(keeps);
    // What the page writes back is canonical and short, however long the link was.
    expect(serializeViewState(parsed.state, null).length).toBeLessThan(200);
  });

  it('a saved-deck slide from another browser opens its view, not another slide, and says why', () => {
    const parsed = parseViewState('?from=2015&deck=saved&slide=1&sv=v-elsewhere', { ...CTX, savedIds: [] });
    expect(parsed.state).toMatchObject({ from: 2015, deck: 'panels', slide: null, savedView: null });
    expect(parsed.notices.map((n) => n.reason)).toContain(
      'this browser has no such saved view (saved in another browser, or removed); the page shows the view the slide was made from',
    );
  });

  it('pollutes nothing', () => {
    for (const { query } of HOSTILE_URLS) parseViewState(query, CTX);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('never throws for input that is not even a string', () => {
    for (const input of [null, undefined, 42, {}, []]) {
      expect(parseViewState(input as unknown as string, CTX).state).toEqual(DEFAULT_VIEW);
    }
  });
});
