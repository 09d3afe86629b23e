import type { ReactNode } from 'react';

export interface SlideFigure {
  label: string;
  value: string;
  detail?: string;
  /** What the filters set do not narrow in it ("Worldwide total"): notNarrowedNote. */
  unfiltered?: string | null;
}

/** What a panel's slide takes: smaller type among others, and a saved view's name above it. */
export interface PanelSlideProps {
  compact?: boolean;
  kicker?: string;
}

export interface SlideLayoutProps {
  /** A line above the title: the name of the saved view the slide presents. */
  kicker?: string;
  title: string;
  subtitle?: string;
  /** The subtitle's id, so the chart it sums up can name it as its description. */
  subtitleId?: string;
  figures?: readonly SlideFigure[];
  /** The chart, which fills the remaining height. */
  children: ReactNode;
  /** What the chart's colours, shapes and hatching mean; left out of a compact slide. */
  legend?: ReactNode;
  note?: ReactNode;
  /**
   * Where the chart has no figures, in words ("No annual figure in the sources for 2015–2022.").
   * The takeaway names the gaps and the chart marks them, so where room is short (among four, or
   * beside the chart on a phone on its side) it is left out.
   */
  gaps?: string | null;
  sources: string;
  /** One of several on a slide (a saved view of all four panels): smaller type, no key figures. */
  compact?: boolean;
}

/** A slide for a room: large title, the key figures with their sources, and a chart filling the rest. */
export function SlideLayout({ kicker, title, subtitle, subtitleId, figures = [], children, legend, note, gaps, sources, compact = false }: SlideLayoutProps) {
  // Among four, room is short: a takeaway whose closing "(sources: …)." names exactly these
  // sources is their citation (takeaway-words.ts writes both lists the same way).
  const namedAbove = compact && subtitle?.endsWith(`: ${sources}).`);
  return (
    <article className={compact ? 'slide slide--compact' : 'slide'}>
      <header className="slide__header">
        <div>
          {kicker ? <p className="slide__kicker">{kicker}</p> : null}
          <h2 className="slide__title">{title}</h2>
          {subtitle ? (
            <p className="slide__subtitle" id={subtitleId}>
              {subtitle}
            </p>
          ) : null}
        </div>
        {figures.length && !compact ? (
          <dl className="slide__figures">
            {figures.map((f) => (
              <div key={f.label} className="slide__figure">
                <dt>{f.label}</dt>
                <dd className="slide__figure-value">{f.value}</dd>
                {f.detail ? <dd className="slide__figure-detail">{f.detail}</dd> : null}
                {f.unfiltered ? <dd className="slide__figure-detail slide__figure-unfiltered">{f.unfiltered}</dd> : null}
              </div>
            ))}
          </dl>
        ) : null}
      </header>
      <div className="slide__body">{children}</div>
      <footer className="slide__footer">
        {legend && !compact ? legend : null}
        {note ? <div className="slide__note">{note}</div> : null}
        {gaps && !compact ? <p className="slide__gaps">{gaps}</p> : null}
        {sources === '' || namedAbove ? null : <p className="slide__sources">Sources: {sources}</p>}
      </footer>
    </article>
  );
}
