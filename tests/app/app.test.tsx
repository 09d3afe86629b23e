import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app.tsx';
import { useViewStore } from '../../src/state/view-store.ts';
import { DEFAULT_VIEW } from '../../src/state/view-state.ts';
import { DATASET_PATH } from '../helpers/dataset.ts';
import { testQueryClient } from '../helpers/render.tsx';

const goodBody = readFileSync(DATASET_PATH, 'utf8');

function renderApp() {
  return render(
    <QueryClientProvider client={testQueryClient()}>
      <App />
    </QueryClientProvider>,
  );
}

beforeEach(() => {
  useViewStore.setState(DEFAULT_VIEW);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('App', () => {
  it('shows a loading state, then the four panels and the key figures', async () => {
    vi.stubGlobal('fetch', vi.fn<typeof fetch>().mockResolvedValue(new Response(goodBody)));
    renderApp();
    expect(screen.getAllByRole('status').find((s) => s.textContent?.includes('Loading the dataset…'))).toBeDefined();
    for (const name of ['Shipments', 'Revenue segments', 'Regional performance', 'Goal tracking']) {
      expect(await screen.findByRole('region', { name })).toBeInTheDocument();
    }
    const strip = screen.getByRole('region', { name: 'Key figures' });
    expect(within(strip).getByText('RMB 271.0 bn')).toBeInTheDocument();
    expect(within(strip).getByText('1 of 7')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Xiaomi in figures' })).toBeInTheDocument();
  });

  it('names what is wrong with a dataset it cannot use at all, and recovers on retry', async () => {
    const broken = JSON.parse(goodBody);
    broken.schemaVersion = 7;
    const fetchMock = vi
      .fn<typeof fetch>()
      .mockResolvedValueOnce(new Response(JSON.stringify(broken)))
      .mockResolvedValueOnce(new Response(goodBody));
    vi.stubGlobal('fetch', fetchMock);
    const user = userEvent.setup();
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('data/xiaomi.json does not match the dataset schema (1 problem)');
    expect(alert).toHaveTextContent('schemaVersion: must be 1');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('region', { name: 'Shipments' })).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('shows every valid figure of a file with a broken record, and says which record was left out and why', async () => {
    const broken = JSON.parse(goodBody);
    const index = broken.observations.findIndex((o: { id: string }) => o.id === 'revenue-2023');
    broken.observations[index].value = 'lots';
    vi.stubGlobal('fetch', vi.fn<typeof fetch>().mockResolvedValue(new Response(JSON.stringify(broken))));
    renderApp();
    expect(await screen.findByRole('region', { name: 'Shipments' })).toBeInTheDocument();
    const notice = screen.getAllByRole('status').find((el) => el.textContent?.includes('2 records in data/xiaomi.json could not be used and were left out'));
    expect(notice).toHaveTextContent(`observations[${index}].value: must be a number`);
    // The "other" segment was derived from the 2023 total, so it goes too, and says why.
    const other = broken.observations.findIndex((o: { id: string }) => o.id === 'segment-other-2023-derived');
    expect(notice).toHaveTextContent(`observations[${other}].derivation.inputs[0]: unknown observation id "revenue-2023"`);
    // The rest is there: shipments still read 145.6 million; the 2023 revenue is gone, not guessed.
    const strip = screen.getByRole('region', { name: 'Key figures' });
    expect(within(strip).getByText(/145\.6 million/)).toBeInTheDocument();
    expect(within(strip).queryByText('RMB 271.0 bn')).toBeNull();
  });

  it('keeps the figures on screen when loading a damaged file again fails, and says why', async () => {
    const broken = JSON.parse(goodBody);
    broken.observations[3].value = 'lots';
    const fetchMock = vi
      .fn<typeof fetch>()
      .mockResolvedValueOnce(new Response(JSON.stringify(broken)))
      .mockResolvedValueOnce(new Response('<!doctype html><h1>502 Bad Gateway</h1>'));
    vi.stubGlobal('fetch', fetchMock);
    const user = userEvent.setup();
    renderApp();
    expect(await screen.findByRole('region', { name: 'Shipments' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Load the file again' }));
    expect(await screen.findByText(/Loading the file again failed, so the figures above stay: data\/xiaomi\.json is an HTML or XML page/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(within(screen.getByRole('region', { name: 'Key figures' })).getByText('RMB 271.0 bn')).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('explains an HTML page served where the JSON should be', async () => {
    vi.stubGlobal('fetch', vi.fn<typeof fetch>().mockResolvedValue(new Response('<!doctype html><title>Not found</title>', { status: 200 })));
    renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent('data/xiaomi.json is an HTML or XML page, not JSON (is the path right?)');
  });

  it('lists every source with publisher, headline and date, saying what the articles did not print', async () => {
    vi.stubGlobal('fetch', vi.fn<typeof fetch>().mockResolvedValue(new Response(goodBody)));
    renderApp();
    const sources = await screen.findByRole('region', { name: 'Sources' });
    const items = [...sources.querySelectorAll('ol.sources > li')] as HTMLElement[];
    expect(items).toHaveLength(5);
    expect(items[0]).toHaveTextContent('“Flagging Chinese smartphone maker Xiaomi rebounds with record second quarter shipments”');
    expect(items[0]).toHaveTextContent('CNBC · Jul 2017 (date inferred)');
    expect(within(items[0]!).getByText(/Contributes 16 figures, 2 goals, 3 events/)).toBeInTheDocument();
    expect(items[0]).toHaveTextContent('Smartphone shipments: Q2 2017');
    expect(items[2]).toHaveTextContent('Publisher not named (author: Frank Hersey)');
  });

  it('lets a reader find any figure in the "All figures" table', async () => {
    vi.stubGlobal('fetch', vi.fn<typeof fetch>().mockResolvedValue(new Response(goodBody)));
    const user = userEvent.setup();
    renderApp();
    const section = await screen.findByRole('region', { name: 'All figures' });
    await user.type(within(section).getByRole('searchbox', { name: 'Search figures' }), 'patents');
    const table = within(section).getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(within(table).getByText('2,895 patents')).toBeInTheDocument();
  });
});
