import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CiteButton } from '../../src/features/cite/cite-button.tsx';
import { useSession } from '../../src/state/session-store.ts';
import type { ViewState } from '../../src/state/view-state.ts';
import { uploadedDatasetQueryOptions } from '../../src/data/dataset-query.ts';
import { BUNDLED_VERSION, bundledDataset } from '../helpers/dataset.ts';
import { renderWithData } from '../helpers/render.tsx';

async function openCite(view: Partial<ViewState>) {
  const user = userEvent.setup();
  renderWithData(<CiteButton />, { view });
  await user.click(await screen.findByRole('button', { name: 'Cite' }));
  return screen.getByRole('dialog', { name: 'Cite this view' });
}

const text = async (dialog: HTMLElement, label: string) => (await within(dialog).findByLabelText(`${label} citation`)).textContent ?? '';

describe('Cite this view', () => {
  it('cites the view, pinned to its dataset version, and exactly the articles behind its figures', async () => {
    const dialog = await openCite({ from: 2021, to: 2023 });
    const plain = await text(dialog, 'Plain text');
    expect(plain).toContain('Years: 2021–2023');
    expect(plain).toContain(`v=${BUNDLED_VERSION}`);
    expect(plain).toContain('Xiaomi 2023 annual results: record profit on revenue of RMB 271.0 billion');
    // Figures from other years are not in view, so their articles are not cited.
    expect(plain).not.toContain('Xiaomi has sold 34.7 million smartphones');
    expect(plain).not.toContain('Flagging Chinese smartphone maker');
    expect(within(dialog).getByText(/one article behind its figures/)).toBeInTheDocument();
  });

  it('warns that the address of a view of loaded data opens the bundled figures', async () => {
    const user = userEvent.setup();
    const { client } = renderWithData(<CiteButton />);
    client.setQueryData(uploadedDatasetQueryOptions.queryKey, { dataset: bundledDataset(), leftOut: [] });
    act(() => useSession.setState({ dataset: { source: 'upload', label: '88 figures from mine.json', lacks: null, kept: true } }));
    await user.click(await screen.findByRole('button', { name: 'Cite' }));
    const dialog = screen.getByRole('dialog', { name: 'Cite this view' });
    expect(within(dialog).getByText(/the address below opens the bundled figures, not yours/)).toBeInTheDocument();
    useSession.setState({ dataset: { source: 'bundled' } });
  });

  it('gives the same citation as BibTeX, RIS and CSL-JSON, each to copy or download', async () => {
    const dialog = await openCite({ from: 2015, to: 2015 });
    expect(await text(dialog, 'BibTeX')).toContain(`@dataset{xiaomi-dashboard-${BUNDLED_VERSION.replace(/\.\d+$/, '')}`);
    expect(await text(dialog, 'RIS')).toMatch(/^TY {2}- /m);
    const csl = JSON.parse(await text(dialog, 'CSL-JSON')) as { title: string }[];
    expect(csl.map((item) => item.title)).toEqual([
      'Xiaomi in figures: Year: 2015',
      'Xiaomi has sold 34.7 million smartphones, the annual target is still far',
    ]);
    for (const label of ['Plain text', 'BibTeX', 'RIS', 'CSL-JSON']) {
      expect(within(dialog).getByRole('button', { name: `Copy ${label}` })).toBeEnabled();
      expect(within(dialog).getByRole('button', { name: `Download ${label}` })).toBeEnabled();
    }
  });
});
