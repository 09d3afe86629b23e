/**
 * "Cite this view": the view itself and the articles behind its figures, first as structured
 * items (citationItems), then written out as plain text, BibTeX (biblatex), RIS or CSL-JSON.
 * Nothing is filled in that an article does not print: a missing publisher or author is left
 * out, and an inferred date or a title of our own is marked as such in every format.
 */
import type { Source } from '../data/schema.ts';
import { pad, parsePeriod, periodLabel } from '../data/period.ts';
import { safeHttpUrl } from '../data/safe-url.ts';
import { citedHeadline } from './sources.ts';

export interface CiteInput {
  /** What the view shows, in words ("Smartphone shipments, 2015–2023"). */
  subject: string;
  /** The view's address, pinned to the dataset version (it carries `v=`). */
  url: string;
  version: string;
  accessed: Date;
  /** The articles cited by the figures in view. */
  sources: readonly Source[];
}

/** [year], [year, month] or [year, month, day]: only the precision the period key has. */
export type DateParts = [number] | [number, number] | [number, number, number];

export interface CitationDate {
  parts: DateParts;
  /** The period key the parts come from; a half or a quarter is kept here, since no format has a field for it. */
  period: string;
  inferred: boolean;
}

export interface CitationItem {
  /** Stable and unique: `xiaomi-dashboard-<version>` for the view, `source-<id>` for an article. */
  id: string;
  kind: 'view' | 'article';
  title: string;
  /** True when the article printed no headline and the title is our description of it. */
  titleIsOurs: boolean;
  /** As printed by the article; null when it names none (never guessed, and left out of every format). */
  publisher: string | null;
  author: string | null;
  issued: CitationDate | null;
  /** The dataset's explanation of the date, if it gives one. */
  dateNote: string | null;
  url: string | null;
  /** The dataset version the view shows (the view only). */
  version: string | null;
  /** The reader's calendar day (the view only). */
  accessed: DateParts | null;
}

/** One line of text: line breaks, tabs and control characters cannot break out of a field or a line. */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\s\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
}

/**
 * An http(s) address with every character a citation format could trip on percent-encoded
 * (braces, backslash, spaces, quotes, a stray `%`), so it reads back unchanged; null otherwise.
 */
function citableUrl(raw: string | null | undefined): string | null {
  const href = safeHttpUrl(raw)?.replace(/%(?![0-9A-Fa-f]{2})/g, '%25');
  if (href === undefined) return null;
  // What a parsed address may still hold raw (a "{" in a host name, a "|" in a query) is
  // outside RFC 3986, and encoding it keeps the address the same; brackets stay for IPv6 hosts.
  const encode = (c: string) => encodeURIComponent(c);
  const pathStart = href.indexOf('/', href.indexOf('//') + 2);
  const authority = href.slice(0, pathStart).replace(/[^A-Za-z0-9;,/?:@&=+$\-_.!~*'()%[\]]/g, encode);
  return authority + href.slice(pathStart).replace(/[^A-Za-z0-9;,/?:@&=+$\-_.!~*'()#%]/g, encode);
}

function keyPart(text: string): string {
  return text.replace(/[^A-Za-z0-9_.-]/g, '-');
}

function datePartsOf(key: string): DateParts | null {
  const p = parsePeriod(key);
  if (!p) return null;
  if (p.granularity === 'date') return [p.year, p.month ?? 1, p.index];
  if (p.granularity === 'month') return [p.year, p.index];
  return [p.year];
}

function calendarDay(date: Date): DateParts | null {
  return Number.isNaN(date.getTime()) ? null : [date.getFullYear(), date.getMonth() + 1, date.getDate()];
}

function articleItem(source: Source): CitationItem {
  const parts = datePartsOf(source.date);
  return {
    id: `source-${keyPart(source.id)}`,
    kind: 'article',
    title: clean(source.headline) || clean(source.shortTitle),
    titleIsOurs: source.headlineBasis === 'descriptive',
    publisher: source.publisher === null ? null : clean(source.publisher) || null,
    author: source.author === null ? null : clean(source.author) || null,
    // A source named in a loaded file has no publication date: only the day it was loaded.
    issued: source.dateBasis === 'loaded' ? null : parts && { parts, period: source.date, inferred: source.dateBasis === 'inferred' },
    dateNote: source.dateNote ? clean(source.dateNote) || null : null,
    url: citableUrl(source.url),
    version: null,
    accessed: null,
  };
}

/** The view first, then each article once, in the order given. */
export function citationItems(input: CiteInput): CitationItem[] {
  const subject = clean(input.subject);
  const version = clean(input.version);
  const view: CitationItem = {
    id: `xiaomi-dashboard-${keyPart(version)}`,
    kind: 'view',
    title: subject ? `Xiaomi in figures: ${subject}` : 'Xiaomi in figures',
    titleIsOurs: false,
    publisher: null,
    author: null,
    issued: null,
    dateNote: null,
    url: citableUrl(input.url),
    version: version || null,
    accessed: calendarDay(input.accessed),
  };
  const firstOfEach = input.sources.filter((s, i, all) => all.findIndex((t) => t.id === s.id) === i);
  return [view, ...firstOfEach.map(articleItem)];
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** What a structured format has no field for, in words: a title of ours, a missing publisher, an inferred or coarse date. */
export function itemNote(item: CitationItem): string | null {
  const notes: string[] = [];
  if (item.titleIsOurs) notes.push('The article prints no headline; this title describes it');
  if (item.kind === 'article' && item.publisher === null) notes.push('The article names no publisher');
  if (item.issued) {
    const granularity = parsePeriod(item.issued.period)?.granularity;
    if (granularity === 'half' || granularity === 'quarter') notes.push(`Dated ${periodLabel(item.issued.period)}`);
    if (item.issued.inferred) notes.push('Date inferred');
  }
  if (item.dateNote) notes.push(item.dateNote);
  return notes.length ? notes.map(sentence).join(' ') : null;
}

function dayLabel(parts: DateParts): string {
  return periodLabel(parts.map(pad).join('-'));
}

/** "CNBC, “Headline”, Jul 2017 (date inferred), https://…." — the wording of the sources list. */
function plainLine(item: CitationItem): string {
  if (item.kind === 'view') {
    const version = item.version ? `dashboard view, dataset version ${item.version}` : 'dashboard view';
    const accessed = item.accessed && `accessed ${dayLabel(item.accessed)}`;
    return [`“${item.title}”`, version, item.url, accessed].filter(Boolean).join(', ') + '.';
  }
  const publisher = item.publisher ?? 'Publisher not named';
  const who = item.author ? `${publisher} (author: ${item.author})` : publisher;
  const title = citedHeadline(item.title, item.titleIsOurs);
  const date = item.issued ? `${periodLabel(item.issued.period)}${item.issued.inferred ? ' (date inferred)' : ''}` : 'date not known';
  return [who, title, date, item.url].filter(Boolean).join(', ') + '.';
}

export function toPlainText(items: readonly CitationItem[]): string {
  return items.map(plainLine).join('\n') + '\n';
}

const LATEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  '#': '\\#',
  _: '\\_',
  $: '\\$',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Text as biblatex reads it back: specials escaped, and TeX's ligatures (-- `` '' << ?` …) broken with {}. */
function bibtexText(text: string): string {
  return text.replace(/[\\{}%&#_$~^]/g, (c) => LATEX_SPECIALS[c] ?? c).replace(/-(?=-)|`(?=`)|'(?=')|<(?=<)|>(?=>)|,(?=,)|[!?](?=`)/g, '$&{}');
}

function bibtexDate(date: CitationDate): string {
  // biblatex reads a trailing "~" as circa (EDTF "approximate").
  return date.parts.map(pad).join('-') + (date.inferred ? '~' : '');
}

function bibtexEntry(item: CitationItem): string {
  const note = itemNote(item);
  const fields: [string, string | null][] =
    item.kind === 'view'
      ? [
          ['title', `{${bibtexText(item.title)}}`],
          ['version', item.version && bibtexText(item.version)],
          ['url', item.url],
          ['urldate', item.accessed && item.accessed.map(pad).join('-')],
        ]
      : [
          ['entrysubtype', 'newspaper'],
          ['title', `{${bibtexText(item.title)}}`],
          ['journaltitle', item.publisher && bibtexText(item.publisher)],
          // Braced whole: a name is kept as printed, never split into given and family names.
          ['author', item.author && `{${bibtexText(item.author)}}`],
          ['date', item.issued && bibtexDate(item.issued)],
          ['url', item.url],
          ['note', note && bibtexText(note)],
        ];
  const body = fields.flatMap(([name, value]) => (value ? [`  ${name} = {${value}},`] : []));
  return [`@${item.kind === 'view' ? 'dataset' : 'article'}{${item.id},`, ...body, '}'].join('\n');
}

export function toBibtex(items: readonly CitationItem[]): string {
  return items.map(bibtexEntry).join('\n\n') + '\n';
}

function risRecord(item: CitationItem): string {
  const note = itemNote(item);
  const parts = item.issued?.parts;
  const tags: [string, string | null][] =
    item.kind === 'view'
      ? [
          ['TY', 'DATA'],
          ['ID', item.id],
          ['TI', item.title],
          ['ET', item.version],
          ['UR', item.url],
          ['Y2', item.accessed && `${item.accessed.map(pad).join('/')}/`],
        ]
      : [
          ['TY', 'NEWS'],
          ['ID', item.id],
          ['TI', item.title],
          ['T2', item.publisher],
          ['AU', item.author],
          ['PY', parts ? String(parts[0]) : null],
          // RIS dates are "YYYY/MM/DD/other"; the parts left out stay empty.
          ['DA', parts ? `${parts[0]}/${parts[1] ? pad(parts[1]) : ''}/${parts[2] ? pad(parts[2]) : ''}/` : null],
          ['UR', item.url],
          ['N1', note],
        ];
  return [...tags.flatMap(([tag, value]) => (value ? [`${tag}  - ${value}`] : [])), 'ER  - '].join('\r\n');
}

/** RIS lines end in CR LF, as its specification asks; a blank line separates records. */
export function toRis(items: readonly CitationItem[]): string {
  return items.map(risRecord).join('\r\n\r\n') + '\r\n';
}

interface CslDate {
  'date-parts': [DateParts];
  circa?: true;
}

function cslItem(item: CitationItem): Record<string, unknown> {
  const issued: CslDate | undefined = item.issued ? { 'date-parts': [item.issued.parts], ...(item.issued.inferred ? { circa: true } : {}) } : undefined;
  return {
    id: item.id,
    type: item.kind === 'view' ? 'dataset' : 'article-newspaper',
    title: item.title,
    'container-title': item.publisher ?? undefined,
    author: item.author ? [{ literal: item.author }] : undefined,
    issued,
    version: item.version ?? undefined,
    URL: item.url ?? undefined,
    accessed: item.accessed ? { 'date-parts': [item.accessed] } : undefined,
    note: itemNote(item) ?? undefined,
  };
}

export function toCslJson(items: readonly CitationItem[]): string {
  // JSON.stringify leaves out the fields an item does not have (undefined).
  return JSON.stringify(items.map(cslItem), null, 2) + '\n';
}

export const CITATION_FORMATS = ['text', 'bibtex', 'ris', 'csl-json'] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

const FILE_TYPES: Record<CitationFormat, { extension: string; mime: string; write: (items: readonly CitationItem[]) => string }> = {
  text: { extension: 'txt', mime: 'text/plain;charset=utf-8', write: toPlainText },
  bibtex: { extension: 'bib', mime: 'application/x-bibtex;charset=utf-8', write: toBibtex },
  ris: { extension: 'ris', mime: 'application/x-research-info-systems;charset=utf-8', write: toRis },
  'csl-json': { extension: 'json', mime: 'application/vnd.citationstyles.csl+json', write: toCslJson },
};

export interface CitationFile {
  fileName: string;
  mime: string;
  text: string;
}

/** A download: "xiaomi-dashboard-<version>-citations.bib" and its type, named after the view it cites. */
export function citationFile(format: CitationFormat, items: readonly CitationItem[]): CitationFile {
  const { extension, mime, write } = FILE_TYPES[format];
  const base = items.find((i) => i.kind === 'view')?.id ?? 'xiaomi-dashboard';
  return { fileName: `${base}-citations.${extension}`, mime, text: write(items) };
}
