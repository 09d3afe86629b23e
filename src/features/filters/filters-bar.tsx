import { useId, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { CommandButton } from '../../components/ui/command-button.tsx';
import { SegmentedControl } from '../../components/ui/segmented-control.tsx';
import { CURRENCIES } from '../../data/schema.ts';
import { useDatasetIndex } from '../../hooks/use-dataset-index.ts';
import { resetFiltersCommand } from '../../state/commands.ts';
import { hasActiveFilters, useFilterState, useViewStore } from '../../state/view-store.ts';
import { activeFilters, filtersLine } from '../../state/active-filters.ts';
import { CopyLinkButton } from './copy-link-button.tsx';
import { MultiSelect } from './multi-select.tsx';
import { useFilterOptions } from './use-filter-options.ts';

function YearSelect({
  label,
  value,
  years,
  onChange,
}: {
  label: string;
  value: number | null;
  years: readonly number[];
  onChange: (year: number | null) => void;
}) {
  // Label and control are paired by id, not nested, so the control's name is just the label.
  const id = useId();
  return (
    <div className="field field--inline">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="field__control" value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}>
        <option value="">Any</option>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The page-wide filters: one line on a wide screen; on a phone a Filters button that says
 * what is set and opens the controls, beside Copy link.
 */
export function FiltersBar() {
  const index = useDatasetIndex();
  const options = useFilterOptions();
  const filters = useFilterState();
  const actions = useViewStore(
    useShallow((s) => ({
      setRange: s.setRange,
      setCurrency: s.setCurrency,
      setRegions: s.setRegions,
      setSegments: s.setSegments,
      setDerived: s.setDerived,
      setEvents: s.setEvents,
    })),
  );
  const active = hasActiveFilters(filters);
  const chips = useMemo(() => activeFilters(filters, index), [filters, index]);
  const [open, setOpen] = useState(false);
  // A range chosen back to front is put in order (setRange); a screen reader hears why both changed.
  const [swapped, setSwapped] = useState('');
  const setRange = (from: number | null, to: number | null) =>
    setSwapped(actions.setRange(from, to) ? `From was after To, so the years were swapped: ${to} to ${from}.` : '');
  const controlsId = useId();
  const showId = useId();

  return (
    <section className="filters" aria-label="Filters">
      <div className="filters__toggle-row">
        <button type="button" className="button filters__toggle" aria-expanded={open} aria-controls={controlsId} onClick={() => setOpen(!open)}>
          Filters{chips.length ? ` (${chips.length})` : ''}
        </button>
        <p className={`filters__summary small${chips.length ? ' is-set' : ''}`}>{filtersLine(chips, 'All figures', 'short')}</p>
      </div>
      <p className="print-only">Filters: {filtersLine(chips, 'none')}</p>
      <div id={controlsId} className={`filters__controls${open ? ' is-open' : ''}`}>
        <YearSelect label="From" value={filters.from} years={options.years} onChange={(y) => setRange(y, filters.to)} />
        <YearSelect label="To" value={filters.to} years={options.years} onChange={(y) => setRange(filters.from, y)} />
        <div className="field field--inline">
          <SegmentedControl
            label="Currency"
            value={filters.currency}
            options={CURRENCIES.map((c) => ({
              value: c,
              label: c,
              disabled: c !== 'RMB' && !options.rate,
              description:
                c === 'USD' && options.rate
                  ? `Converted at the one rate the sources imply: 1 RMB = ${options.rate.usdPerRmb} USD (${options.rate.period})`
                  : undefined,
            }))}
            onChange={actions.setCurrency}
          />
        </div>
        <MultiSelect label="Regions" options={options.regions} value={filters.regions} onChange={actions.setRegions} />
        <MultiSelect label="Segments" options={options.segments} value={filters.segments} onChange={actions.setSegments} />
        <div className="field field--inline filters__show" role="group" aria-labelledby={showId}>
          <span className="field__label" id={showId}>
            Show
          </span>
          <label className="check check--field">
            <input type="checkbox" checked={filters.derived} onChange={(e) => actions.setDerived(e.target.checked)} />
            Derived
          </label>
          <label className="check check--field">
            <input type="checkbox" checked={filters.events} onChange={(e) => actions.setEvents(e.target.checked)} />
            Events
          </label>
        </div>
        <CommandButton command={resetFiltersCommand} enabled={active} />
      </div>
      <p className="visually-hidden" role="status">
        {swapped}
      </p>
      <div className="filters__share">
        <CopyLinkButton />
      </div>
    </section>
  );
}
