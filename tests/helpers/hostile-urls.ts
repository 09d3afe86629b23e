/**
 * Hostile links, each with the notices it must produce. Shared by the unit suite
 * (tests/hostile) and the browser suite (tests/e2e/hostile.spec.ts).
 */
import type { ViewState } from '../../src/state/view-state.ts';

export interface HostileUrl {
  what: string;
  query: string;
  /** Notices expected, as "param: reason" fragments. */
  says: string[];
  /** What of the state the link still sets. */
  keeps?: Partial<ViewState>;
}

export const HOSTILE_URLS: HostileUrl[] = [
  { what: 'random characters', query: '?%%%zz&&==&=&a=%E0%A4%A', says: ['a: not a setting this dashboard knows'] },
  { what: 'a bare string', query: 'just some words', says: ['just some words: not a setting this dashboard knows'] },
  { what: 'a huge value', query: `?from=${'9'.repeat(100_000)}&to=2018`, says: ['from: too long'], keeps: { to: 2018 } },
  { what: 'a flood of settings', query: `?${'x=1&'.repeat(5_000)}theme=dark`, says: ['link: more than 100 settings'] },
  { what: 'a long value', query: `?currency=${'U'.repeat(500)}`, says: ['currency: too long'] },
  { what: 'a repeated key with one bad value', query: '?currency=USD&currency=EUR', says: ['currency: not one of RMB, USD'], keeps: { currency: 'USD' } },
  {
    what: 'a repeated key with two good values',
    query: '?currency=RMB&currency=USD',
    says: ['currency: repeated; a later value was used'],
    keeps: { currency: 'USD' },
  },
  {
    what: 'a search repeated empty around a word',
    query: '?q=&q=india&q=',
    says: ['q: repeated; a later value was used', 'q: repeated and empty; the value before it was used'],
    keeps: { search: 'india' },
  },
  {
    what: 'a reversed range',
    query: '?from=2020&to=2015',
    says: ['from and to: the start (2020) was after the end (2015), so the two were swapped'],
    keeps: { from: 2015, to: 2020 },
  },
  { what: 'a year outside the data', query: '?from=1066', says: ['from: outside the years of the dataset’s figures, events and goal deadlines (2012–2030)'] },
  { what: 'a year that is not a year', query: '?to=20x5', says: ['to: not a year'] },
  { what: 'an unknown slide', query: '?slide=99', says: ['slide: there are slides 1 to 5'] },
  { what: 'a slide that is not a number', query: '?slide=-1', says: ['slide: not a slide number'] },
  {
    what: 'a saved deck in a browser without saved views',
    query: '?deck=saved&slide=2',
    says: ['deck: this browser has no saved view for that slide; the page shows the view it was made from'],
  },
  { what: 'a saved deck that names no slide', query: '?deck=saved', says: ['deck: names no saved view or slide to present'] },
  { what: 'a saved view outside a saved deck', query: '?sv=v-1', says: ['sv: names a saved view, but only a saved deck (deck=saved) shows one'] },
  { what: 'encoded script in a list', query: '?regions=%3Cscript%3Ealert(1)%3C%2Fscript%3E', says: ['regions: no known region in it'] },
  {
    what: 'encoded HTML beside a known id',
    query: '?segments=iot,%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
    says: ['segments: unknown segment "<img src=x onerror=alert(1)>" left out'],
    keeps: { segments: ['iot'] },
  },
  { what: 'a script as a theme', query: '?theme=%22%3E%3Cscript%3Ealert(1)%3C/script%3E', says: ['theme: not one of system, light, dark'] },
  {
    what: '__proto__ and constructor keys',
    query: '?__proto__=1&constructor=x&__proto__[polluted]=1&prototype=2',
    says: ['__proto__: not a setting this dashboard knows', 'constructor: not a setting this dashboard knows'],
  },
  { what: 'a dataset version with markup', query: '?v=%3Cb%3E', says: ['v: not a dataset version'] },
  { what: 'a boolean that is not one', query: '?derived=maybe', says: ['derived: not 0 or 1'] },
  { what: 'an unknown panel to focus', query: '?focus=admin', says: ['focus: not one of shipments, revenue, regions, goals'] },
];
