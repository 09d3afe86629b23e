import { useRef, useState } from 'react';
import { useDatasetIndex } from '../../hooks/use-dataset-index.ts';
import type { CsvTable } from '../../domain/csv.ts';
import { activeFilters, filtersLine } from '../../state/active-filters.ts';
import { pinnedViewUrl } from '../../state/url-sync.ts';
import { useShowsTable, useViewStore } from '../../state/view-store.ts';
import { filterState, PANEL_TITLES, type PanelKey } from '../../state/view-state.ts';
import { PopoverMenu } from '../ui/popover-menu.tsx';
import { downloadBlob, fileName } from './export/download.ts';
import { lazy, Suspense } from 'react';

// The embed code and its dialog load when first asked for.
const EmbedCodeDialog = lazy(() => import('./embed-code.tsx').then((m) => ({ default: m.EmbedCodeDialog })));

export interface PanelExport {
  /** The rows the panel shows under the current filters (the CSV code loads on first use). */
  table: () => Promise<CsvTable>;
  /** Full citations of what the panel shows. */
  sources: readonly string[];
  /** What the panel shows beside its charts, one line each, for the image (the goals with their status). */
  lines?: readonly string[];
}

type Format = 'csv' | 'png' | 'svg';

/** Download CSV, PNG or SVG of one panel; the image code loads only when first used. */
export function DownloadMenu({ panel, getExport }: { panel: PanelKey; getExport: () => PanelExport }) {
  const index = useDatasetIndex();
  const tableView = useShowsTable(panel);
  const [message, setMessage] = useState('');
  const embedDialog = useRef<HTMLDialogElement>(null);
  const [embedWanted, setEmbedWanted] = useState(false);

  const run = async (format: Format) => {
    try {
      const data = getExport();
      const name = fileName(panel, format);
      if (format === 'csv') {
        const [{ toCsv, withView }, table] = await Promise.all([import('../../domain/csv.ts'), data.table()]);
        downloadBlob(new Blob([toCsv(withView(table, pinnedViewUrl(index.dataset.version)))], { type: 'text/csv;charset=utf-8' }), name);
      } else {
        const element = document.getElementById(panel);
        if (!element) throw new Error('The panel is not on screen.');
        const { buildPanelSvg, svgToPng } = await import('./export/panel-image.ts');
        // Read when the user asks, not subscribed to: a filter change must not re-render every menu.
        const chips = activeFilters(filterState(useViewStore.getState()), index);
        const { svg, width, height } = buildPanelSvg(element, {
          title: `Xiaomi: ${PANEL_TITLES[panel]}`,
          filters: `Filters: ${filtersLine(chips, 'none (every figure in the dataset)')}`,
          sources: data.sources,
          lines: data.lines,
          url: pinnedViewUrl(index.dataset.version),
        });
        const blob = format === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await svgToPng(svg, width, height, 1.25);
        downloadBlob(blob, name);
      }
      setMessage(`Downloaded ${name}`);
    } catch (error) {
      setMessage(`Could not download: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <div className="download-menu">
      <PopoverMenu label={`Download ${PANEL_TITLES[panel]}`} button="Download">
        {(close) => (
          <>
            <button type="button" className="button button--small" onClick={() => void run('csv').finally(close)}>
              Download CSV
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={() => void run('png').finally(close)}
              disabled={tableView}
              title={tableView ? 'Switch to the chart to download an image' : undefined}
            >
              Download PNG
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={() => void run('svg').finally(close)}
              disabled={tableView}
              title={tableView ? 'Switch to the chart to download an image' : undefined}
            >
              Download SVG
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                close();
                // Drawn once asked for (opening itself), then opened again from here.
                if (embedWanted) embedDialog.current?.showModal();
                else setEmbedWanted(true);
              }}
            >
              Embed in a page…
            </button>
          </>
        )}
      </PopoverMenu>
      {embedWanted ? (
        <Suspense fallback={null}>
          <EmbedCodeDialog panel={panel} version={index.dataset.version} dialog={embedDialog} />
        </Suspense>
      ) : null}
      <span role="status" className="download-menu__status">
        {message}
      </span>
    </div>
  );
}
