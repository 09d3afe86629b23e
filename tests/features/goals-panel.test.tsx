import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { GoalsPanel } from '../../src/features/goals/goals-panel.tsx';
import { renderWithData } from '../helpers/render.tsx';

describe('GoalsPanel', () => {
  it('lists every goal with a status that explains itself', () => {
    renderWithData(<GoalsPanel />);
    const region = screen.getByRole('region', { name: 'Goal tracking' });
    expect(within(region).getByText('1 of 7 announced goals met on the evidence in the sources; 6 cannot be judged.')).toBeInTheDocument();
    const goal = within(region).getByRole('heading', { name: 'Revenue of RMB 100 billion in 2017' }).closest('li')!;
    expect(within(goal).getByText('Met')).toBeInTheDocument();
    expect(within(goal).getByText('More than RMB 100 bn in 2017 against a target of RMB 100 bn.')).toBeInTheDocument();
    expect(within(region).getAllByText('Unknown')).toHaveLength(6);
  });

  it('says how firmly a goal was put and how its deadline was read, without a hover', () => {
    renderWithData(<GoalsPanel />);
    const top500 = screen.getByRole('heading', { name: "Join the world's 500 largest companies in 2018" }).closest('li')!;
    expect(within(top500).getByText(/as a likely outcome/)).toBeVisible();
    const china = screen.getByRole('heading', { name: /Be No\. 1 in China/ }).closest('li')!;
    expect(within(china).getByText(/ten quarters counted from Q1 2018/)).toBeVisible();
  });

  it('draws the path’s points as whole dots, not in their line’s dashes', () => {
    const { container } = renderWithData(<GoalsPanel />);
    const dots = [...container.querySelectorAll('.trajectory .recharts-line-dots circle')];
    expect(dots.length).toBeGreaterThan(3);
    // A dash pattern on a 4 px dot notches its edge like a cog.
    for (const dot of dots) expect(dot.getAttribute('stroke-dasharray') ?? 'none').toBe('none');
  });

  it('draws progress bars only for goals with a comparable figure', () => {
    const { container } = renderWithData(<GoalsPanel />);
    expect(container.querySelectorAll('.bar')).toHaveLength(2);
    expect(screen.getByText('43% by H1 2015')).toBeInTheDocument();
    expect(screen.getByText('over 100%')).toBeInTheDocument();
    expect(screen.getByText(/5 of 7 goals have no figure to compare and are listed only/)).toBeInTheDocument();
  });

  it('says the goals keep the currency they were announced in, whatever the page shows', () => {
    renderWithData(<GoalsPanel />, { view: { currency: 'USD', from: 2017, to: 2017 } });
    // The 2017 revenue goal was set in RMB; the page shows money in USD.
    expect(screen.getByText(/Goals announced in RMB are judged in RMB, not in the page's USD\./)).toBeInTheDocument();
    expect(screen.getByText('More than RMB 100 bn in 2017 against a target of RMB 100 bn.')).toBeInTheDocument();
  });

  it('does not count "0 of 1" goals listed only when every goal in view has a bar', () => {
    const { container } = renderWithData(<GoalsPanel />, { view: { from: 2017, to: 2017 } });
    expect(container.querySelectorAll('.bar')).toHaveLength(1);
    expect(screen.getByText(/^Best figure in the sources as a share of the target\.$/)).toBeInTheDocument();
    expect(screen.queryByText(/listed only/)).not.toBeInTheDocument();
  });

  it('shows the goals as a table', async () => {
    const user = userEvent.setup();
    renderWithData(<GoalsPanel />);
    await user.click(screen.getByRole('button', { name: 'Show table' }));
    const table = screen.getByRole('table', { name: 'Announced goals and their status' });
    expect(within(table).getAllByRole('row')).toHaveLength(8);
    expect(within(table).getByRole('row', { name: /Be No\. 1 in China/ })).toHaveTextContent('Q2 2020');
    expect(within(table).getByRole('row', { name: /500 largest/ })).toHaveTextContent('as a likely outcome');
  });

  it('with no goal in view, counts none and names the filter that left none', () => {
    renderWithData(<GoalsPanel />, { view: { regions: ['spain'] } });
    const region = screen.getByRole('region', { name: 'Goal tracking' });
    expect(within(region).queryByText(/0 of 0/)).toBeNull();
    expect(within(region).getByText('No announced goal concerns the selected regions.')).toBeInTheDocument();
  });

  it('keeps only goals whose deadline falls in the selected years', () => {
    renderWithData(<GoalsPanel />, { view: { from: 2018, to: 2020 } });
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Ship 100 million smartphones in 2018',
      "Be No. 1 in China's smartphone market again within ten quarters",
      "Join the world's 500 largest companies in 2018",
    ]);
  });

  it('draws a trajectory beside its legend for a goal judged on a part-year figure', () => {
    const { container } = renderWithData(<GoalsPanel />);
    const figure = container.querySelector('.goal__trajectory figure')!;
    const surface = figure.querySelector('svg.recharts-surface')!;
    expect(surface).toHaveAccessibleName(/^Path to the goal: .+/);
    expect(surface).toHaveAccessibleDescription(figure.querySelector('.chart__takeaway')!.textContent!);
    const legend = within(figure as HTMLElement).getByRole('list', { name: 'Legend' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Reported so far', 'Path to the target', 'At the pace so far']);
  });
});
