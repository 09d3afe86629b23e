// citation-js ships no type declarations; these cover what the citation tests use.
declare module '@citation-js/core' {
  /** A set of citations; `format('bibliography', …)` renders them with citeproc-js. */
  export class Cite {
    constructor(data: unknown);
    format(format: 'bibliography', options: { format: 'text'; template: string; lang: string }): string;
  }
  export const plugins: {
    input: {
      /** Parses text in any registered format all the way to CSL-JSON. */
      chain(input: unknown, options?: { generateGraph?: boolean }): unknown[];
      /** One parsing step only: RIS text to its records, tag by tag. */
      chainLink(input: unknown): unknown;
    };
  };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
