import { useContext, useEffect, useId, useRef, useState, type KeyboardEvent, type MouseEvent, type PointerEvent, type ReactNode } from 'react';
import type { ChartRow } from '../../domain/plot.ts';
import { chartOwnsKey, goToEnd, movesInChart } from './marks.ts';
import { PageActions } from './page-actions.ts';
import { RowEvents } from './chart-tooltip.tsx';
import { PointDetails } from './point-details.tsx';
import type { SeriesStyle } from './series-style.ts';

export interface MarkAction {
  /** "Filter the page to 2017". */
  label: string;
  run: () => void;
}

export interface ChartHooks {
  describedBy: string | undefined;
}

export interface ChartFrameProps {
  /** One sentence on what the chart shows, from the figures in view: above the chart, and its accessible description. */
  takeaway?: string;
  /** Where the takeaway is already said (a slide's subtitle): the id of that element, the chart's description. */
  describedBy?: string;
  rows: readonly ChartRow[];
  series: readonly SeriesStyle[];
  /** What choosing a mark does (filter the page to it); without it, a mark shows its details only. */
  actionFor?: (row: ChartRow) => MarkAction | null;
  /** The chart: it passes `describedBy` to its surface (the focusable SVG) as aria-describedby. */
  children: (chart: ChartHooks) => ReactNode;
  /** The key to the marks: between the takeaway and the chart, so it is read before the marks and is on screen whenever the chart's top is. */
  legend?: ReactNode;
  /** Notes under the chart. */
  caption?: ReactNode;
}

/**
 * A chart with its takeaway line, and what a user can do with a mark. Only the mark under the
 * finger or pointer, or the focused mark, is ever acted on: a click runs the mark's action; a
 * tap shows what was tapped (value, period, kind, source) and offers the action; Enter or Space
 * on the focused mark runs it.
 */
export function ChartFrame({ takeaway, describedBy, rows, series, actionFor: offered, children, legend, caption }: ChartFrameProps) {
  const actionFor = useContext(PageActions) ? offered : undefined;
  const takeawayId = useId();
  const [selected, setSelected] = useState<string | null>(null);
  // After a click that filtered the page, the tooltip and cursor recharts drew for the mark are
  // stale (a band over where the old axis was, a card over the new bar) until the pointer moves.
  const [acted, setActed] = useState(false);
  // What a screen reader hears when the arrow keys move to a mark (the tooltip is only seen).
  const [announced, setAnnounced] = useState('');
  const pointer = useRef<string>('mouse');
  const figure = useRef<HTMLElement>(null);
  const readout = useRef<HTMLDivElement>(null);
  const rowOf = (key: string | null) => (key === null ? undefined : rows.find((r) => r.key === key));
  // Closing what a tap or click showed: the keyboard, if it was in there, goes back to the chart
  // it belongs to, not to the top of the page.
  const closeReadout = () => {
    if (readout.current?.contains(document.activeElement)) figure.current?.focus({ preventScroll: true });
    setSelected(null);
  };

  // Enter filtered the page: the panels above may shrink, and the chart the keyboard is on must
  // not be left off screen. Done once the chart has its new figures, drawn in the same render as
  // the panels above, and only while the keyboard is still on it (an action that changes no
  // figure here, such as Show this goal, moves it elsewhere).
  const keepInView = useRef(false);
  const choose = (key: string, how: 'click' | 'tap' | 'key') => {
    const row = rowOf(key);
    if (!row) return;
    const action = actionFor?.(row);
    if (action && how !== 'tap') {
      setSelected(null);
      setActed(how === 'click');
      keepInView.current = how === 'key';
      action.run();
    } else setSelected(key);
  };
  useEffect(() => {
    const focused = document.activeElement;
    const stillHere = keepInView.current && focused && figure.current?.contains(focused);
    keepInView.current = false;
    if (!stillHere) return;
    // The chart with its takeaway where they fit, and the focused chart in any case.
    figure.current?.scrollIntoView({ block: 'nearest' });
    focused.scrollIntoView({ block: 'nearest' });
  }, [rows]);
  const onPointerDown = (event: PointerEvent) => {
    pointer.current = event.pointerType;
  };
  const onPointerMove = () => {
    if (acted) setActed(false);
  };
  // A click chooses a mark; it does not focus the chart, whose keyboard focus starts at the
  // first period and would show that period's tooltip beside the one clicked.
  const onMouseDown = (event: MouseEvent) => event.preventDefault();
  // What a tap shows closes as a tooltip would: on Escape, or on a tap anywhere else. That
  // Escape is spent: a slide deck around the chart must not take it as "leave".
  useEffect(() => {
    if (selected === null) return;
    const close = (event: Event) => {
      if (!(event instanceof globalThis.KeyboardEvent)) {
        if (!figure.current?.contains(event.target as Node)) setSelected(null);
      } else if (event.key === 'Escape') {
        event.preventDefault();
        closeReadout();
      }
    };
    document.addEventListener('pointerdown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('pointerdown', close);
      document.removeEventListener('keydown', close);
    };
  }, [selected]);
  // What a tap shows is drawn under the chart (over its corner on a slide); on a phone that can
  // be below the screen, so the page brings it into view (the least scroll that shows it whole).
  useEffect(() => {
    if (selected !== null) readout.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);
  const onClick = (event: MouseEvent<HTMLElement>) => {
    const hit = rowUnder(event);
    if (!hit) return;
    // Off the marks, a click only shows the period's details: it acts on nothing it did not hit.
    if (!hit.onMark) setSelected(hit.key);
    else choose(hit.key, pointer.current === 'mouse' ? 'click' : 'tap');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (chartOwnsKey(event)) {
      event.preventDefault();
      goToEnd(event, rows.length);
      return;
    }
    if (event.key !== 'Enter' && event.key !== ' ') return;
    // The chart's keyboard focus is the row its tooltip shows (recharts moves it with the arrow keys).
    const key = event.currentTarget.querySelector('.chart-tooltip[data-row]')?.getAttribute('data-row');
    if (!key) return;
    event.preventDefault();
    choose(key, 'key');
  };
  const onKeyUp = (event: KeyboardEvent<HTMLDivElement>) => {
    // Tab's key comes up on the chart it moved to, whose first mark then has focus: say it too.
    const arrived = event.key === 'Tab' && event.target instanceof Element && event.target.matches('svg[role="application"]');
    if (!arrived && !movesInChart(event)) return;
    const focused = rowOf(event.currentTarget.querySelector('.chart-tooltip[data-row]')?.getAttribute('data-row') ?? null);
    if (focused) setAnnounced(markWords(focused, series, actionFor?.(focused)));
  };
  const row = rowOf(selected);
  const action = row ? actionFor?.(row) : null;
  return (
    // While it shows what was chosen, the chart draws no tooltip beside it saying the same.
    <figure className={row || acted ? 'chart chart--reading' : 'chart'} ref={figure} tabIndex={-1}>
      {takeaway ? (
        <p className="chart__takeaway" id={takeawayId}>
          {takeaway}
        </p>
      ) : null}
      {legend}
      {/* Clicks and keys reach the chart's own marks; this frame only reads which one. */}
      <div
        className="chart__surface"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onMouseDown={onMouseDown}
        onClick={onClick}
        onKeyDown={onKeyDown}
        onKeyUp={onKeyUp}
      >
        {children({ describedBy: takeaway ? takeawayId : describedBy })}
      </div>
      <p className="visually-hidden" role="status">
        {announced}
      </p>
      {row ? (
        <div className="chart-readout" role="group" aria-label={`Details: ${row.label}`} ref={readout}>
          <div className="chart-readout__head">
            <strong>{row.label}</strong>
            <button type="button" className="button button--small" onClick={closeReadout}>
              Close
            </button>
          </div>
          {series.some((s) => row.points[s.id]) ? (
            series.map((s) => {
              const point = row.points[s.id];
              return point ? <PointDetails key={s.id} label={s.label} point={point} /> : null;
            })
          ) : (
            <p className="muted small">No figure in the sources for {row.label}.</p>
          )}
          <RowEvents row={row} />
          {action ? (
            <button
              type="button"
              className="button button--primary button--small"
              onClick={() => {
                closeReadout();
                action.run();
              }}
            >
              {action.label}
            </button>
          ) : null}
        </div>
      ) : null}
      {caption ? <figcaption>{caption}</figcaption> : null}
    </figure>
  );
}

/** A mark in words, as the keyboard reaches it: "2018: Shipped, 100 million smartphones (target). Enter: See the goal in Goal tracking." */
function markWords(row: ChartRow, series: readonly SeriesStyle[], action: MarkAction | null | undefined): string {
  const figures = series.flatMap((s) => {
    const point = row.points[s.id];
    if (!point) return [];
    const marks = [point.observation.kind === 'reported' ? null : point.provenance.kind.toLowerCase(), point.convertedWith ? 'converted' : null].filter(
      Boolean,
    );
    return [`${s.label}, ${point.text}${marks.length ? ` (${marks.join(', ')})` : ''}`];
  });
  const what = figures.length ? figures.join('; ') : 'no figure in the sources';
  const events = row.events ?? [];
  const happened =
    events.length === 0 ? '' : events.length === 1 ? ` Event: ${events[0]!.title}.` : ` ${events.length} events, the first: ${events[0]!.title}.`;
  return `${row.label}: ${what}.${happened}${action ? ` Enter: ${action.label}.` : ''}`;
}

/**
 * The period under a click or tap, and whether a mark of it (a bar, a target and its label) is
 * there or only its column (PeriodColumns). A click from the keyboard has no point.
 */
function rowUnder(event: MouseEvent<HTMLElement>): { key: string; onMark: boolean } | null {
  const surface = event.currentTarget;
  const atPoint = event.detail > 0 && typeof document.elementsFromPoint === 'function';
  const hits = atPoint ? document.elementsFromPoint(event.clientX, event.clientY) : [event.target as Element];
  const rows = hits.map((e) => e.closest('[data-row]')).filter((e): e is Element => e !== null && surface.contains(e));
  const mark = rows.find((e) => !e.classList.contains('period-column'));
  const key = (mark ?? rows[0])?.getAttribute('data-row');
  return key ? { key, onMark: mark !== undefined } : null;
}
