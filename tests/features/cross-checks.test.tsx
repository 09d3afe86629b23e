import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CrossChecksSection } from '../../src/features/provenance/cross-checks-section.tsx';
import { renderWithData } from '../helpers/render.tsx';

const NOT_NARROWED = 'They cover the whole dataset: the filters do not narrow them.';

describe('CrossChecksSection', () => {
  it('counts every check the figures allow, by outcome', () => {
    renderWithData(<CrossChecksSection />);
    const region = screen.getByRole('region', { name: 'Cross-checks' });
    expect(region).toHaveTextContent(/^Cross-checks\d+ checks the figures allow: \d+ agree, \d+ differ, \d+ cannot be checked/);
    expect(region).not.toHaveTextContent(NOT_NARROWED);
  });

  it('says the filters do not narrow it when a filter is set', () => {
    renderWithData(<CrossChecksSection />, { view: { regions: ['india'] } });
    expect(screen.getByRole('region', { name: 'Cross-checks' })).toHaveTextContent(NOT_NARROWED);
  });
});
