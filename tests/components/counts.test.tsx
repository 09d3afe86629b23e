import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TruncationNote } from '../../src/components/charts/truncation-note.tsx';
import { FactList } from '../../src/components/ui/fact-list.tsx';
import { SourceDetails } from '../../src/features/sources/source-details.tsx';
import { NO_MONEY, toPlotPoint } from '../../src/domain/plot.ts';
import { makeIndex, obs } from '../helpers/build-dataset.ts';

describe('counts in notes read as numbers', () => {
  it('a fact list of a large file says how many figures it leaves for All figures, thousands grouped', () => {
    const o = obs({ metric: 'units', period: '2030', value: 5 });
    const point = toPlotPoint(makeIndex([o]), o, NO_MONEY)!;
    render(<FactList title="Growth and other shipment figures" data={{ facts: [point], factTotal: 24_316, factsNote: null }} />);
    expect(screen.getByText('The latest 1 of 24,316 figures; every one is in All figures below.')).toBeInTheDocument();
  });

  it('a capped chart says how many periods it left out, thousands grouped', () => {
    render(<TruncationNote truncated={{ shown: 200, total: 1_204 }} />);
    expect(screen.getByRole('note')).toHaveTextContent('Showing the latest 200 of 1,204 periods. Narrow the years to see earlier ones.');
  });

  it('a source says how many figures it contributes, one in the singular', () => {
    render(<SourceDetails index={makeIndex([obs({ metric: 'units', period: '2030', value: 5 })])} />);
    expect(screen.getByText('Contributes 1 figure')).toBeInTheDocument();
  });
});
