import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TrajectoryLegend } from '../../src/components/charts/trajectory-legend.tsx';

describe('TrajectoryLegend', () => {
  it('draws each line as the chart does, so no two differ by colour alone', () => {
    render(<TrajectoryLegend />);
    const items = within(screen.getByRole('list', { name: 'Legend' })).getAllByRole('listitem');
    const looks = items.map((li) => [li.textContent, (li.querySelector('.swatch') as HTMLElement).style.borderTopStyle]);
    expect(looks).toEqual([
      ['Reported so far', 'solid'],
      ['Path to the target', 'dashed'],
      ['At the pace so far', 'dotted'],
    ]);
  });
});
