import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { AppHeader } from '../../src/app/app-header.tsx';
import { DataSourceBanner } from '../../src/features/data-upload/data-source-banner.tsx';
import { useSession } from '../../src/state/session-store.ts';
import { GoalsPanel } from '../../src/features/goals/goals-panel.tsx';
import { HeadlineStrip } from '../../src/features/headline/headline-strip.tsx';
import { ShipmentsPanel } from '../../src/features/shipments/shipments-panel.tsx';
import { bundledDataset } from '../helpers/dataset.ts';
import { renderWithData } from '../helpers/render.tsx';

beforeEach(() => {
  useSession.setState({ dataset: { source: 'bundled' }, upload: { kind: 'idle' } });
});

function csvFile(text: string, name = 'mine.csv') {
  return new File([text], name, { type: 'text/csv' });
}

const Page = () => (
  <>
    <AppHeader />
    <DataSourceBanner />
    <HeadlineStrip />
    <ShipmentsPanel />
    <GoalsPanel />
  </>
);

describe('loading your own data', () => {
  it('lists every problem with its row and column, and keeps the current figures', async () => {
    const user = userEvent.setup();
    const { container } = renderWithData(<Page />);
    const before = container.querySelectorAll('.bar').length;
    await user.upload(
      screen.getByLabelText('Load data'),
      csvFile('metric,period,value,unit,kind,source\nsmartphone_shipments,2019,lots,million,reported,S\nfolding,2019,1,million,reported,S'),
    );
    const alert = await screen.findByRole('alert');
    // A bad number and an unknown metric, found in one pass.
    expect(alert).toHaveTextContent('mine.csv has 2 problems');
    expect(within(alert).getByText('row 2, column value')).toBeInTheDocument();
    expect(within(alert).getByText('row 3, column metric')).toBeInTheDocument();
    expect(alert).toHaveTextContent('Nothing was changed');
    expect(useSession.getState().dataset.source).toBe('bundled');
    expect(container.querySelectorAll('.bar')).toHaveLength(before);
  });

  it('says a JSON file with goals and events shows them', async () => {
    const user = userEvent.setup();
    renderWithData(<Page />);
    const json = JSON.stringify(bundledDataset());
    await user.upload(screen.getByLabelText('Load data'), new File([json], 'copy.json', { type: 'application/json' }));
    const banner = await screen.findByText(/^Showing your data:/);
    expect(banner).toHaveTextContent(/copy\.json\. The bundled figures are not shown\. /);
    expect(banner).not.toHaveTextContent('has no');
  });

  it('draws a good file and offers the way back', async () => {
    const user = userEvent.setup();
    const { container } = renderWithData(<Page />);
    // Synthetic test figures.
    await user.upload(
      screen.getByLabelText('Load data'),
      csvFile(
        'metric,period,value,unit,kind,source\nsmartphone_shipments,2019,10,million,reported,Synthetic\nsmartphone_shipments,2021,30,million,reported,Synthetic',
      ),
    );
    expect(await screen.findByText('2 figures from mine.csv')).toBeInTheDocument();
    expect(useSession.getState().dataset.source).toBe('upload');
    // A CSV holds figures only; this browser (no IndexedDB here) cannot keep it, and the banner does not promise it will.
    const banner = screen.getByText(/^Showing your data:/);
    expect(banner).toHaveTextContent('The bundled figures are not shown, and it has no goals and events.');
    expect(await screen.findByText(/This browser could not keep it: a reload shows the bundled figures/)).toBe(banner);
    expect(banner).not.toHaveTextContent('stays in this browser');
    // The header says what the file on screen covers, not what the bundled one does.
    const tagline = container.querySelector('.app-header__tagline');
    expect(tagline).toHaveTextContent('Shipments, revenue, markets and announced goals, 2019–2021, from one source named in the data you loaded.');
    // The Sources list keeps the bundled articles, and says which the figures on screen cite.
    await user.click(screen.getByRole('button', { name: 'Sources' }));
    expect(within(screen.getByRole('dialog', { name: 'Sources' })).getByText(/^6 sources, 1 of them cited by the figures\./)).toBeInTheDocument();
    await user.click(within(screen.getByRole('dialog', { name: 'Sources' })).getByRole('button', { name: 'Close' }));
    expect(container.querySelectorAll('.bar[data-series="shipped"]')).toHaveLength(2);
    expect(screen.getByText('No annual figure in the sources for 2020.')).toBeInTheDocument();
    // A file of figures has no goals: the goals panel and key figure say that, not that a filter hid them.
    expect(within(screen.getByRole('region', { name: 'Goal tracking' })).getAllByText('The data on screen lists no announced goals.').length).toBeGreaterThan(
      0,
    );
    expect(within(screen.getByRole('region', { name: 'Key figures' })).getByText('The data on screen lists no announced goals')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Switch back to the bundled dataset' }));
    expect(container.querySelectorAll('.bar[data-series="sold"]')).toHaveLength(3);
    expect(tagline).toHaveTextContent('2012–2023, from five published articles.');
  });
});
