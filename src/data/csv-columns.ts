/**
 * The columns of a CSV of figures, shared by Load data (which reads them) and a panel's CSV
 * download (which writes them), so a downloaded file loads back.
 */

/** What Load data reads, in the order a download writes them. */
export const EXPORT_COLUMNS = [
  'id',
  'metric',
  'entity',
  'region',
  'segment',
  'period',
  'value',
  'upper',
  'qualifier',
  'decimals',
  'unit',
  'currency',
  'kind',
  'derivation',
  'source',
  'note',
] as const;

/** Written for a reader beside each figure (its period as a label, series, source title, formula, conversion); loading ignores them. */
export const DESCRIPTIVE_COLUMNS = ['period_label', 'series', 'figure', 'source_title', 'formula', 'conversion'] as const;

/** The last column of a download: the link to the view it came from, pinned to its dataset version. Loading ignores it too. */
export const VIEW_COLUMN = 'view';

export const REQUIRED_COLUMNS = ['metric', 'period', 'value', 'unit', 'kind', 'source'] as const;
