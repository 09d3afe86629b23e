import { screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { activeFilters, filtersLine } from '../../src/state/active-filters.ts';
import { FiltersBar } from '../../src/features/filters/filters-bar.tsx';
import { LinkNotice } from '../../src/features/filters/link-notice.tsx';
import { ShipmentsPanel } from '../../src/features/shipments/shipments-panel.tsx';
import { useSession } from '../../src/state/session-store.ts';
import { useViewStore } from '../../src/state/view-store.ts';
import { DEFAULT_VIEW } from '../../src/state/view-state.ts';
import { renderWithData } from '../helpers/render.tsx';

afterEach(() => {
  useSession.getState().dismissLinkNotices();
});

describe('activeFilters', () => {
  const labels = { regionLabel: new Map([['china', 'CHINA']]), segmentLabel: new Map([['iot', 'seg:iot']]) };
  it('describes each active filter once, with what removing it restores', () => {
    expect(
      activeFilters({ ...DEFAULT_VIEW, from: 2015, to: 2020, currency: 'USD', regions: ['china'], segments: [], derived: false, events: false }, labels),
    ).toEqual([
      { id: 'years', label: 'Years: 2015–2020', short: 'Years: 2015–2020', clear: { from: null, to: null } },
      { id: 'currency', label: 'Currency: USD', short: 'USD', clear: { currency: 'RMB' } },
      { id: 'regions', label: 'Regions: CHINA', short: 'Regions: CHINA', clear: { regions: null } },
      { id: 'segments', label: 'Segments: none', short: 'Segments: none', clear: { segments: null } },
      { id: 'derived', label: 'Derived values hidden', short: 'Derived values hidden', clear: { derived: true } },
      { id: 'events', label: 'Events hidden', short: 'Events hidden', clear: { events: true } },
    ]);
  });
  it('names up to two regions or segments in the short words, and counts more', () => {
    const regionLabel = new Map([
      ['china', 'Mainland China'],
      ['india', 'India'],
      ['overseas', 'Outside mainland China'],
    ]);
    const chips = (regions: string[]) => activeFilters({ ...DEFAULT_VIEW, regions }, { regionLabel, segmentLabel: new Map() });
    expect(filtersLine(chips(['china', 'india']), 'none', 'short')).toBe('Regions: Mainland China, India');
    expect(filtersLine(chips(['china', 'india', 'overseas']), 'none', 'short')).toBe('3 regions');
    // The long words name every one, for slides and downloads.
    expect(filtersLine(chips(['china', 'india', 'overseas']), 'none')).toBe('Regions: Mainland China, India, Outside mainland China');
  });
  it('names open-ended and single-year ranges', () => {
    expect(activeFilters({ ...DEFAULT_VIEW, from: 2015 }, labels)[0]?.label).toBe('From 2015');
    expect(activeFilters({ ...DEFAULT_VIEW, to: 2016 }, labels)[0]?.label).toBe('Until 2016');
    expect(activeFilters({ ...DEFAULT_VIEW, from: 2017, to: 2017 }, labels)[0]?.label).toBe('Year: 2017');
    expect(activeFilters(DEFAULT_VIEW, labels)).toEqual([]);
  });
});

describe('FiltersBar', () => {
  it('is a "Filters" region with labelled controls', () => {
    renderWithData(<FiltersBar />);
    const region = screen.getByRole('region', { name: 'Filters' });
    expect(within(region).getByLabelText('From')).toHaveValue('');
    expect(within(region).getByLabelText('To')).toHaveValue('');
    expect(within(region).getByRole('group', { name: 'Currency' })).toBeInTheDocument();
    expect(within(region).getByRole('button', { name: 'Regions All' })).toBeInTheDocument();
    expect(within(region).getByRole('button', { name: 'Segments All' })).toBeInTheDocument();
    expect(within(region).getByRole('checkbox', { name: 'Derived' })).toBeChecked();
    expect(within(region).getByRole('button', { name: 'Reset filters' })).toHaveAttribute('aria-disabled', 'true');
    // On a phone the controls fold behind a Filters button, which says what is set.
    expect(within(region).getByRole('button', { name: 'Filters' })).toHaveAttribute('aria-expanded', 'false');
    expect(within(region).getByText('All figures')).toBeInTheDocument();
  });

  it('narrows the panels, says what is set, and resets', async () => {
    const user = userEvent.setup();
    renderWithData(
      <>
        <FiltersBar />
        <ShipmentsPanel />
      </>,
    );
    await user.selectOptions(screen.getByLabelText('From'), '2012');
    await user.selectOptions(screen.getByLabelText('To'), '2014');
    expect(screen.getByRole('button', { name: 'Filters (1)' })).toBeInTheDocument();
    expect(screen.getByText('Years: 2012–2014')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('region', { name: 'Shipments' }).querySelectorAll('.bar')).toHaveLength(3));
    await user.click(screen.getByRole('checkbox', { name: 'Derived' }));
    expect(screen.getByText('Years: 2012–2014 · Derived values hidden')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('From'), '');
    await user.selectOptions(screen.getByLabelText('To'), '');
    expect(useViewStore.getState().from).toBeNull();
    await waitFor(() => expect(screen.getByRole('region', { name: 'Shipments' }).querySelectorAll('.bar')).toHaveLength(4));
    await user.click(screen.getByRole('button', { name: 'Reset filters' }));
    expect(useViewStore.getState().derived).toBe(true);
    expect(screen.getByRole('button', { name: 'Reset filters' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('counts hidden events as a filter that Reset brings back, beside Derived', async () => {
    const user = userEvent.setup();
    renderWithData(<FiltersBar />);
    const events = screen.getByRole('checkbox', { name: 'Events' });
    await user.click(events);
    expect(events).not.toBeChecked();
    expect(screen.getByRole('button', { name: 'Filters (1)' })).toBeInTheDocument();
    expect(screen.getByText('Events hidden')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reset filters' }));
    expect(events).toBeChecked();
    expect(screen.getByText('All figures')).toBeInTheDocument();
  });

  it('puts a range chosen back to front in order, and says so', async () => {
    const user = userEvent.setup();
    renderWithData(<FiltersBar />);
    await user.selectOptions(screen.getByLabelText('From'), '2016');
    await user.selectOptions(screen.getByLabelText('To'), '2014');
    expect(screen.getByLabelText('From')).toHaveValue('2014');
    expect(screen.getByLabelText('To')).toHaveValue('2016');
    expect(screen.getByText('From was after To, so the years were swapped: 2014 to 2016.')).toHaveAttribute('role', 'status');
    await user.selectOptions(screen.getByLabelText('To'), '2017');
    expect(screen.queryByText(/swapped/)).toBeNull();
  });

  it('chooses regions, including none, distinctly from all', async () => {
    const user = userEvent.setup();
    renderWithData(<FiltersBar />);
    await user.click(screen.getByRole('button', { name: 'Regions All' }));
    const regions = screen.getByRole('group', { name: 'Regions' });
    await user.click(within(regions).getByRole('checkbox', { name: 'Global' }));
    expect(useViewStore.getState().regions).toEqual(['china', 'india', 'overseas', 'brazil', 'latin-america', 'western-markets', 'spain']);
    await user.click(within(regions).getByRole('button', { name: 'None' }));
    expect(useViewStore.getState().regions).toEqual([]);
    expect(screen.getByText('Regions: none')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Regions None' })).toBeInTheDocument();
    await user.click(within(regions).getByRole('button', { name: 'All' }));
    expect(useViewStore.getState().regions).toBeNull();
  });

  it('names the exchange rate US dollars would use', () => {
    renderWithData(<FiltersBar />);
    expect(screen.getByRole('radio', { name: 'USD' })).toHaveAccessibleDescription('Converted at the one rate the sources imply: 1 RMB = 0.1468 USD (2017)');
  });

  it('copies the link and confirms it', async () => {
    // user-event installs a clipboard stub in setup(); spy on it.
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    renderWithData(<FiltersBar />);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(window.location.href);
    expect(await screen.findByText('Link copied')).toBeInTheDocument();
  });

  it('shows the link to copy by hand when the clipboard refuses', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    renderWithData(<FiltersBar />);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByRole('textbox', { name: /copy this link/ })).toHaveValue(window.location.href);
  });
});

describe('LinkNotice', () => {
  it('lists what the link asked for that was not used, and can be dismissed', async () => {
    useSession.getState().reportLink([{ param: 'currency', raw: 'EUR', reason: 'not one of RMB, USD', action: 'ignored' }], { linked: 'old', current: 'new' });
    const user = userEvent.setup();
    renderWithData(<LinkNotice />);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('This link names dataset version old, which this dashboard has never published, so it shows version new');
    expect(status).toHaveTextContent('currency=EUR: not one of RMB, USD (ignored)');
    await user.click(within(status).getByRole('button', { name: 'Dismiss' }));
    expect(status).toBeEmptyDOMElement();
  });

  it('lists the first five of a link’s 600 unknown parts, the rest one click away', async () => {
    const notices = Array.from({ length: 600 }, (_, i) => ({
      param: `p${i}`,
      raw: '1',
      reason: 'not a setting this dashboard knows',
      action: 'ignored' as const,
    }));
    useSession.getState().reportLink(notices, null);
    const user = userEvent.setup();
    renderWithData(<LinkNotice />);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('600 parts of the link were not used as given');
    expect(within(status).getByText('p4=1')).toBeVisible();
    expect(within(status).getByText('p5=1')).not.toBeVisible();
    await user.click(within(status).getByText('595 more'));
    expect(within(status).getByText('p599=1')).toBeVisible();
  });
});
