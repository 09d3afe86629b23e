import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { downloadBlob } from '../../components/panel-chrome/export/download.ts';
import { CITATION_FORMATS, citationFile, citationItems, type CitationFormat } from '../../domain/cite.ts';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import { citedSources } from '../../domain/cited-sources.ts';
import { useFilterOf } from '../../hooks/use-deferred-view.ts';
import { assessGoals, goalsInView } from '../../domain/goals.ts';
import { activeFilters } from '../../state/active-filters.ts';
import { pinnedViewUrl } from '../../state/url-sync.ts';
import { filterState, PANEL_TITLES } from '../../state/view-state.ts';
import { useSession } from '../../state/session-store.ts';
import { useViewStore } from '../../state/view-store.ts';

const FORMAT_LABELS: Record<CitationFormat, string> = { text: 'Plain text', bibtex: 'BibTeX', ris: 'RIS', 'csl-json': 'CSL-JSON' };

/** The citations of the view on screen, in each format, to copy or download. Loaded when Cite is first opened. */
export function CitationFormats({ index }: { index: DatasetIndex }) {
  const view = useViewStore(
    useShallow((s) => ({
      ...filterState(s),
      focus: s.focus,
      shipmentsGranularity: s.shipmentsGranularity,
      ranksGranularity: s.ranksGranularity,
      convertTargets: s.convertTargets,
    })),
  );
  const filter = useFilterOf(view);
  const [copied, setCopied] = useState<CitationFormat | null>(null);
  // A loaded file is not published: its citation's address opens other figures.
  const ownData = useSession((s) => s.dataset.source === 'upload');
  const items = useMemo(() => {
    // Events only annotate the charts: a citation names what narrows the figures.
    const chips = activeFilters(view, index)
      .filter((c) => c.id !== 'events')
      .map((c) => c.label);
    const subject = [view.focus ? PANEL_TITLES[view.focus] : null, ...chips].filter(Boolean).join('; ');
    return citationItems({
      subject,
      url: pinnedViewUrl(index.dataset.version),
      version: index.dataset.version,
      accessed: new Date(),
      // Drawn outside the dataset's provider, so the goals in view are judged here.
      sources: citedSources(index, {
        ...view,
        filter,
        display: { currency: view.currency, rates: index.rates },
        goals: goalsInView(assessGoals(index, new Date()), filter),
      }),
    });
  }, [index, view, filter]);

  const copy = async (format: CitationFormat, text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(format);
    } catch {
      setCopied(null);
    }
  };
  return (
    <>
      <p className="muted small">
        This view ({items.length - 1 === 1 ? 'one article' : `${items.length - 1} articles`} behind its figures), with its address pinned to dataset version{' '}
        {index.dataset.version}.
      </p>
      {ownData ? (
        <p className="notice notice--error small">
          These figures are from the file you loaded, which is not published anywhere: the address below opens the bundled figures, not yours. Cite the
          articles, or share the file with the citation.
        </p>
      ) : null}
      {CITATION_FORMATS.map((format) => {
        const file = citationFile(format, items);
        const label = FORMAT_LABELS[format];
        return (
          <section key={format} className="cite__format" aria-label={label}>
            <div className="cite__head">
              <h3>{label}</h3>
              <button type="button" className="button button--small" onClick={() => void copy(format, file.text)}>
                Copy {label}
              </button>
              <button type="button" className="button button--small" onClick={() => downloadBlob(new Blob([file.text], { type: file.mime }), file.fileName)}>
                Download {label}
              </button>
              <span role="status" className="small muted">
                {copied === format ? 'Copied' : ''}
              </span>
            </div>
            <pre className="cite__text" tabIndex={0} aria-label={`${label} citation`}>
              {file.text}
            </pre>
          </section>
        );
      })}
    </>
  );
}
