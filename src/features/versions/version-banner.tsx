import './versions.css';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { DialogButton } from '../../components/ui/dialog-button.tsx';
import { datasetQueryOptions } from '../../data/dataset-query.ts';
import { PUBLISHED, publishedVersion, versionsAfter } from '../../data/published-versions.ts';
import { periodLabel } from '../../data/period.ts';
import { diffDatasets } from '../../domain/dataset-diff.ts';
import { countOf } from '../../domain/format.ts';
import { useLoadedDatasetIndex } from '../../hooks/use-dataset-index.ts';
import { showLatestFigures } from '../../state/url-sync.ts';
import { diffCounts, WhatChanged } from './what-changed.tsx';

/**
 * Shown while the page holds an earlier dataset version (a link or a saved view named it): which
 * version, how much the latest changed, what changed, and one action to the latest figures.
 */
export default function VersionBanner({ version }: { version: string }) {
  const pinned = useLoadedDatasetIndex()?.dataset;
  const latest = useQuery(datasetQueryOptions).data?.dataset;
  const shown = publishedVersion(version);
  const newest = publishedVersion(PUBLISHED.latest);
  // Every version since the one shown: the counts below are their changes together.
  const later = versionsAfter(version);
  const counts = useMemo(() => (pinned && latest ? diffCounts(diffDatasets(pinned, latest)) : null), [pinned, latest]);
  if (!shown || !newest) return null;
  const changes = counts
    ? [counts.figures ? countOf(counts.figures, 'figure') : null, counts.other ? countOf(counts.other, 'other record') : null].filter(Boolean).join(' and ') ||
      'nothing'
    : null;
  return (
    <div className="notice notice--info version-banner" role="region" aria-label="Dataset version">
      <p>
        You are seeing the figures as of <strong>version {shown.number}</strong> of the dataset, published {periodLabel(shown.published)}. This link keeps them
        as they were.
        {!changes
          ? ` Version ${newest.number} is the latest.`
          : later.length > 1
            ? ` Versions ${later[0]!.number} to ${newest.number} changed ${changes}; version ${newest.number} is the latest.`
            : ` Version ${newest.number}, the latest, changed ${changes}.`}
      </p>
      <div className="version-banner__actions">
        <button type="button" className="button button--small button--primary" onClick={showLatestFigures}>
          Show this view with the latest figures
        </button>
        <DialogButton label="What changed" title={`What changed from version ${shown.number} to version ${newest.number}`} disabled={!pinned || !latest}>
          {() =>
            pinned && latest ? (
              <>
                <ul className="version-banner__summaries muted">
                  {later.map((p) => (
                    <li key={p.id}>
                      Version {p.number}, {periodLabel(p.published)}: {p.summary}
                    </li>
                  ))}
                </ul>
                <WhatChanged older={pinned} newer={latest} />
              </>
            ) : null
          }
        </DialogButton>
      </div>
    </div>
  );
}
