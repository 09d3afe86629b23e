import { useCallback } from 'react';
import type { Observation } from '../data/schema.ts';
import { period } from '../data/period.ts';
import type { ChartRow } from '../domain/plot.ts';
import { useViewStore } from '../state/view-store.ts';
import { useDatasetIndex } from './use-dataset-index.ts';

type Action = { label: string; run: () => void };

/**
 * Where a target on a chart leads: to its goal in Goal tracking (its status and evidence),
 * rather than to a year whose charts may hold no figure at all. Null for a target no goal cites.
 */
export function useGoalLink(): (target: Observation) => Action | null {
  const index = useDatasetIndex();
  return useCallback(
    (target: Observation) => {
      const goal = index.goals.find((g) => g.targetObservationIds.includes(target.id));
      if (!goal) return null;
      return {
        label: `See the goal in Goal tracking: ${goal.shortTitle}`,
        run: () => showGoal(goal.id),
      };
    },
    [index],
  );
}

/**
 * What a period's marks offer on a tap or Enter: a period with a figure filters the page to its
 * year; a period with only a target (series "target") leads to its goal.
 */
export function usePeriodAction(): (row: ChartRow) => Action | null {
  const selectYear = useViewStore((s) => s.selectYear);
  const goalLink = useGoalLink();
  return useCallback(
    (row: ChartRow) => {
      const year = period(row.key).year;
      if (Object.entries(row.points).some(([id, p]) => p && id !== 'target')) return { label: `Filter the page to ${year}`, run: () => selectYear(year) };
      const target = row.points.target?.observation;
      return target ? goalLink(target) : null;
    },
    [selectYear, goalLink],
  );
}

/**
 * Brings a goal of the Goal tracking list into view and to the keyboard's attention. Tapped in
 * the first moments after a load, Goal tracking may still be loading: it then waits for the
 * goal, until the user does something else (which includes asking for another goal).
 */
export function showGoal(id: string): void {
  const show = () => {
    const element = document.getElementById(`goal-${id}`);
    if (!element) return false;
    element.scrollIntoView({ block: 'center' });
    element.focus({ preventScroll: true });
    return true;
  };
  if (show() || !document.querySelector('[data-loading="goals"]')) return;
  const observer = new MutationObserver(() => {
    if (show()) stop();
  });
  const stop = () => {
    observer.disconnect();
    window.removeEventListener('pointerdown', stop, true);
    window.removeEventListener('keydown', stop, true);
  };
  observer.observe(document.body, { childList: true, subtree: true });
  window.addEventListener('pointerdown', stop, true);
  window.addEventListener('keydown', stop, true);
}
