import { useId, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { CommandButton } from '../../components/ui/command-button.tsx';
import { SegmentedControl } from '../../components/ui/segmented-control.tsx';
import { CURRENCIES } from '../../data/schema.ts';
import { resetFiltersCommand } from '../../state/commands.ts';
import { hasActiveFilters, useFilterState, useViewStore } from '../../state/view-store.ts';
import { activeFilters } from '../../state/active-filters.ts';
import { ActiveFilterChips } from './active-filter-chips.tsx';
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
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="field__control" value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}>
        <option value="">Any year</option>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The page-wide filters, the active ones as chips, link sharing and notices about the opened link. */
export function FiltersBar() {
  const options = useFilterOptions();
  const filters = useFilterState();
  const actions = useViewStore(
    useShallow((s) => ({ setRange: s.setRange, setCurrency: s.setCurrency, setRegions: s.setRegions, setSegments: s.setSegments, setDerived: s.setDerived })),
  );
  const active = hasActiveFilters(filters);
  const showEvents = useViewStore((s) => s.events);
  const setEvents = useViewStore((s) => s.setEvents);
  const chips = useMemo(() => activeFilters(filters, { region: options.regionLabel, segment: options.segmentLabel }), [filters, options]);

  return (
    <section className="filters" aria-label="Filters">
      <div className="filters__controls">
        <YearSelect label="From" value={filters.from} years={options.years} onChange={(y) => actions.setRange(y, filters.to)} />
        <YearSelect label="To" value={filters.to} years={options.years} onChange={(y) => actions.setRange(filters.from, y)} />
        <div className="field">
          <span className="field__label" aria-hidden="true">
            Currency
          </span>
          <SegmentedControl
            label="Currency"
            value={filters.currency}
            options={CURRENCIES.map((c) => ({ value: c, label: c, disabled: c !== 'RMB' && !options.rate }))}
            onChange={actions.setCurrency}
          />
        </div>
        <MultiSelect label="Regions" options={options.regions} value={filters.regions} onChange={actions.setRegions} />
        <MultiSelect label="Segments" options={options.segments} value={filters.segments} onChange={actions.setSegments} />
        <label className="check check--field">
          <input type="checkbox" checked={filters.derived} onChange={(e) => actions.setDerived(e.target.checked)} />
          Show derived values
        </label>
        <label className="check check--field">
          <input type="checkbox" checked={showEvents} onChange={(e) => setEvents(e.target.checked)} />
          Show events on charts
        </label>
        <div className="filters__buttons">
          <CommandButton command={resetFiltersCommand} enabled={active} />
          <CopyLinkButton />
        </div>
      </div>
      {/* Always one line, in either currency, so choosing one never moves the page below. */}
      {options.rate ? (
        <p className="filters__hint small muted">
          {filters.currency === 'USD'
            ? `US dollars use the one exchange rate the sources state: 1 RMB = ${options.rate.usdPerRmb} USD (${options.rate.period}).`
            : `Figures in RMB as the sources give them; USD would use the one rate they state, 1 RMB = ${options.rate.usdPerRmb} USD (${options.rate.period}).`}
        </p>
      ) : null}
      <ActiveFilterChips filters={chips} />
    </section>
  );
}
