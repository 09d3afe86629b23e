import type { ReactNode } from 'react';

export interface PanelProps {
  id: string;
  title: string;
  subtitle?: ReactNode;
  /** Controls shown in the panel header (granularity, table toggle). */
  actions?: ReactNode;
  /** Sources of what the panel currently shows. */
  footer?: ReactNode;
  children: ReactNode;
  /** How the body lays out its parts on a wide screen: stacked, the first beside the rest (split), or in columns. */
  layout?: 'stack' | 'split' | 'columns';
}

/** A dashboard panel: a named landmark region with a heading, its controls, content and sources. */
export function Panel({ id, title, subtitle, actions, footer, children, layout = 'stack' }: PanelProps) {
  const headingId = `${id}-heading`;
  return (
    <section className="panel" id={id} aria-labelledby={headingId}>
      <header className="panel__header">
        <div className="panel__titles">
          <h2 id={headingId}>{title}</h2>
          {subtitle ? <p className="panel__subtitle">{subtitle}</p> : null}
        </div>
        {actions ? <div className="panel__actions">{actions}</div> : null}
      </header>
      <div className={`panel__body panel__body--${layout}`}>{children}</div>
      {footer ? <footer className="panel__footer">{footer}</footer> : null}
    </section>
  );
}
