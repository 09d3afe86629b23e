import { describe, expect, it } from 'vitest';
import { MAX_PARAMS, parseViewState, serializeViewState } from '../../src/state/url-state.ts';
import { DEFAULT_VIEW } from '../../src/state/view-state.ts';
import { CTX } from '../helpers/url-context.ts';

const parse = (search: string) => parseViewState(search, CTX);

describe('parseViewState: each parameter is valid, invalid (with a reason) or missing', () => {
  it('gives the default view for an empty link', () => {
    expect(parse('')).toEqual({ state: DEFAULT_VIEW, notices: [], dataVersion: null });
    expect(parse('?')).toEqual({ state: DEFAULT_VIEW, notices: [], dataVersion: null });
  });

  it.each<[string, string, Partial<typeof DEFAULT_VIEW>]>([
    ['from', 'from=2015', { from: 2015 }],
    ['to', 'to=2023', { to: 2023 }],
    ['currency', 'currency=USD', { currency: 'USD' }],
    ['regions', 'regions=india,china', { regions: ['china', 'india'] }],
    ['regions (explicitly none)', 'regions=', { regions: [] }],
    ['segments', 'segments=internet', { segments: ['internet'] }],
    ['derived', 'derived=0', { derived: false }],
    ['events', 'events=0', { events: false }],
    ['shipments', 'shipments=quarter', { shipmentsGranularity: 'quarter' }],
    ['ranks', 'ranks=quarter', { ranksGranularity: 'quarter' }],
    ['tables', 'tables=goals,shipments', { tables: ['shipments', 'goals'] }],
    ['focus', 'focus=revenue', { focus: 'revenue' }],
    ['slide', 'slide=3', { slide: 3 }],
    ['theme', 'theme=dark', { theme: 'dark' }],
    ['search', 'q=R%26D%202017', { search: 'R&D 2017' }],
    ['deck', 'deck=saved&slide=2&sv=v-b', { deck: 'saved', slide: 2, savedView: 'v-b' }],
    // Typed by hand: case and stray commas are not reasons to drop a choice.
    ['currency in lower case', 'currency=usd', { currency: 'USD' }],
    ['panel with a capital', 'focus=Revenue', { focus: 'revenue' }],
    ['regions in another case, with empty items', 'regions=,China,,INDIA,', { regions: ['china', 'india'] }],
  ])('reads a valid %s', (_, query, expected) => {
    const { state, notices } = parse(`?${query}`);
    expect(notices).toEqual([]);
    expect(state).toEqual({ ...DEFAULT_VIEW, ...expected });
  });

  it.each<[string, string, string]>([
    ['from=20x5', 'from', 'not a year'],
    ['from=1999', 'from', 'outside the years of the dataset’s figures, events and goal deadlines (2012–2030)'],
    ['to=2031', 'to', 'outside the years of the dataset’s figures, events and goal deadlines (2012–2030)'],
    ['currency=EUR', 'currency', 'not one of RMB, USD'],
    ['regions=mars', 'regions', 'no known region in it (known: global, china, india, overseas)'],
    ['segments=cars', 'segments', 'no known segment in it (known: smartphones, iot, internet, other)'],
    ['derived=maybe', 'derived', 'not 0 or 1'],
    ['shipments=weekly', 'shipments', 'not one of year, half, quarter'],
    ['ranks=half', 'ranks', 'not one of year, quarter'],
    ['tables=everything', 'tables', 'no known panel in it (known: shipments, revenue, regions, goals)'],
    ['focus=sidebar', 'focus', 'not one of shipments, revenue, regions, goals'],
    ['slide=0', 'slide', 'not a slide number'],
    ['slide=9', 'slide', 'there are slides 1 to 5'],
    ['slide=two', 'slide', 'not a slide number'],
    ['theme=neon', 'theme', 'not one of system, light, dark'],
    ['deck=random', 'deck', 'not one of panels, saved'],
    ['v=%3Cb%3E', 'v', 'not a dataset version'],
    ['q=%E0%A4%A', 'q', 'broken characters: a %-code in it is cut short'],
    ['q=%E2%80%8B', 'q', 'only invisible characters: nothing to search for'],
    ['q=%00', 'q', 'only invisible characters: nothing to search for'],
  ])('drops %s with a reason and keeps the default', (query, param, reason) => {
    const { state, notices } = parse(`?${query}`);
    expect(state).toEqual(DEFAULT_VIEW);
    expect(notices).toEqual([expect.objectContaining({ param, reason, action: 'ignored' })]);
  });

  it('searches for what a search box can show, leaving out invisible characters and saying so', () => {
    const { state, notices } = parse('?q=india%E2%80%8B%202017%00');
    expect(state.search).toBe('india 2017');
    expect(notices).toEqual([expect.objectContaining({ param: 'q', reason: 'invisible characters left out' })]);
    expect(parse('?q=india%202017')).toMatchObject({ state: { search: 'india 2017' }, notices: [] });
    // A tab between words, as pasted from a table, still parts them.
    expect(parse('?q=india%092017').state.search).toBe('india 2017');
  });

  it('finds a saved-deck slide by its saved view, wherever it now stands in the deck', () => {
    expect(parse('?deck=saved&slide=1&sv=v-c')).toMatchObject({ state: { deck: 'saved', slide: 3, savedView: 'v-c' }, notices: [] });
  });

  it('says why a saved view or a saved deck in the link is not shown', () => {
    expect(parse('?sv=v-b')).toMatchObject({
      state: { savedView: null },
      notices: [{ param: 'sv', raw: 'v-b', reason: 'names a saved view, but only a saved deck (deck=saved) shows one', action: 'ignored' }],
    });
    expect(parse('?deck=saved')).toMatchObject({
      state: { deck: 'panels', slide: null },
      notices: [{ param: 'deck', reason: 'names no saved view or slide to present', action: 'ignored' }],
    });
  });

  it('drops a slide past the end of its deck', () => {
    expect(parse('?slide=6')).toMatchObject({ state: { slide: null }, notices: [{ param: 'slide', reason: 'there are slides 1 to 5' }] });
  });

  it('never shows another slide for a saved view this browser does not have', () => {
    const { state, notices } = parseViewState('?regions=india&deck=saved&slide=2&sv=v-gone', CTX);
    expect(state).toMatchObject({ regions: ['india'], deck: 'panels', slide: null, savedView: null });
    expect(notices).toEqual([
      {
        param: 'deck',
        raw: 'saved',
        reason: 'this browser has no such saved view (saved in another browser, or removed); the page shows the view the slide was made from',
        action: 'ignored',
      },
    ]);
  });

  it('reads a value with spaces around it, as it reads a list', () => {
    expect(parse('?from=%202015&to=2018%20&currency=%20usd&v=%202026-11-22.1')).toMatchObject({
      state: { from: 2015, to: 2018, currency: 'USD' },
      notices: [],
      dataVersion: '2026-11-22.1',
    });
  });

  it('keeps the known part of a list and says what it left out', () => {
    const { state, notices } = parse('?regions=india,mars,china');
    expect(state.regions).toEqual(['china', 'india']);
    expect(notices).toEqual([{ param: 'regions', raw: 'india,mars,china', reason: 'unknown region "mars" left out', action: 'adjusted' }]);
  });

  it('swaps a reversed range instead of locking the controls', () => {
    const { state, notices } = parse('?from=2023&to=2015');
    expect([state.from, state.to]).toEqual([2015, 2023]);
    expect(notices[0]?.reason).toBe('the start (2023) was after the end (2015), so the two were swapped');
  });

  it('uses the last valid value of a repeated parameter and reports the others', () => {
    const { state, notices } = parse('?currency=USD&currency=RMB');
    expect(state.currency).toBe('RMB');
    expect(notices).toEqual([{ param: 'currency', raw: 'USD', reason: 'repeated; a later value was used', action: 'ignored' }]);
    const bad = parse('?theme=dark&theme=neon');
    expect(bad.state.theme).toBe('dark');
    expect(bad.notices).toEqual([{ param: 'theme', raw: 'neon', reason: 'not one of system, light, dark', action: 'ignored' }]);
  });

  it('reports unknown parameters, including prototype-polluting names, without acting on them', () => {
    const { state, notices } = parse('?__proto__[polluted]=1&constructor[prototype][polluted]=1&__proto__=x&utm_source=mail');
    expect(state).toEqual(DEFAULT_VIEW);
    expect(notices.map((n) => n.param)).toEqual(['__proto__[polluted]', 'constructor[prototype][polluted]', '__proto__', 'utm_source']);
    expect(notices.every((n) => n.reason === 'not a setting this dashboard knows')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('drops a huge value by name, quoting it short, and keeps the settings beside it', () => {
    const huge = parse(`?from=${'9'.repeat(5000)}&to=2018`);
    expect(huge.state).toEqual({ ...DEFAULT_VIEW, to: 2018 });
    expect(huge.notices).toEqual([expect.objectContaining({ param: 'from', reason: 'too long', action: 'ignored' })]);
    expect(huge.notices.every((n) => n.raw.length <= 41)).toBe(true);
    // Before, everything past the link's first 4,000 characters was dropped: from=2015 with it.
    const junk = parse(`?foo=${'x'.repeat(4100)}&from=2015&theme=dark`);
    expect(junk.state).toMatchObject({ from: 2015, theme: 'dark' });
    expect(junk.notices.map((n) => n.param)).toEqual(['foo']);
  });

  it('reads no more than a view’s worth of settings, and says so', () => {
    const many = parse(`?theme=dark&${Array.from({ length: MAX_PARAMS + 20 }, (_, i) => `x${i}=1`).join('&')}`);
    expect(many.state.theme).toBe('dark');
    expect(many.notices[0]).toMatchObject({ param: 'link', raw: `${MAX_PARAMS + 21} settings`, action: 'adjusted' });
    expect(many.notices).toHaveLength(1 + MAX_PARAMS - 1);
  });

  it('decodes encoded values and never treats them as markup', () => {
    const { notices } = parse('?currency=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    expect(notices[0]?.raw).toBe('<script>alert(1)</script>');
  });

  it('reads the dataset version the link was made with', () => {
    expect(parse('?theme=dark&v=2026-11-22.1').dataVersion).toBe('2026-11-22.1');
    expect(parse('?theme=dark').dataVersion).toBeNull();
  });

  it('lists every dataset version it does not use: a repeat, or one that is not a version', () => {
    const { dataVersion, notices } = parse('?v=2026-11-22.1&v=%3Cb%3E&v=2026-11-23.1');
    expect(dataVersion).toBe('2026-11-23.1');
    expect(notices).toEqual([
      { param: 'v', raw: '2026-11-22.1', reason: 'repeated; a later value was used', action: 'ignored' },
      { param: 'v', raw: '<b>', reason: 'not a dataset version', action: 'ignored' },
    ]);
    expect(parse('?v=%3Cb%3E').dataVersion).toBeNull();
  });
});

describe('serializeViewState', () => {
  it('writes nothing for the default view', () => {
    expect(serializeViewState(DEFAULT_VIEW, '1')).toBe('');
  });
  it('writes only values that differ from the defaults, then the dataset version', () => {
    expect(serializeViewState({ ...DEFAULT_VIEW, from: 2015, currency: 'USD', regions: ['china', 'india'], tables: ['goals'] }, '2026-11-22.1')).toBe(
      '?from=2015&currency=USD&regions=china,india&tables=goals&v=2026-11-22.1',
    );
  });
  it('tells an emptied list from an untouched one', () => {
    expect(serializeViewState({ ...DEFAULT_VIEW, regions: [] }, null)).toBe('?regions=');
    expect(serializeViewState({ ...DEFAULT_VIEW, regions: null }, null)).toBe('');
    expect(parse(serializeViewState({ ...DEFAULT_VIEW, regions: [] }, null)).state.regions).toEqual([]);
  });
});
