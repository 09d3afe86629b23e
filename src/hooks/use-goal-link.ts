import { useCallback } from 'react';
import type { Observation } from '../data/schema.ts';
import { period } from '../data/period.ts';
import type { ChartRow } from '../domain/plot.ts';
import { useViewStore } from '../state/view-store.ts';
import { useDatasetIndex } from './use-dataset-index.ts';
import { useGoalAssessments } from './use-goal-assessments.ts';

type Action = { label: string; run: () => void };

/**
 * Where a target on a chart leads: to its goal in Goal tracking (its status and evidence),
 * rather than to a year whose charts may hold no figure at all. Null for a target no goal cites.
 * A worldwide target stays on a chart of worldwide figures under a region filter, while its
 * goal leaves Goal tracking: the way there then brings every region back, and says so.
 */
export function useGoalLink(): (target: Observation) => Action | null {
  const index = useDatasetIndex();
  const inView = useGoalAssessments();
  const setRegions = useViewStore((s) => s.setRegions);
  return useCallback(
    (target: Observation) => {
      const goal = index.goals.find((g) => g.targetObservationIds.includes(target.id));
      if (!goal) return null;
      if (inView.some((a) => a.goal.id === goal.id)) return { label: `See the goal in Goal tracking: ${goal.shortTitle}`, run: () => showGoal(goal.id) };
      return {
        label: `Show all regions and the goal: ${goal.shortTitle}`,
        run: () => {
          setRegions(null);
          showGoal(goal.id);
        },
      };
    },
    [index, inView, setRegions],
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
 * Brings a goal of the Goal tracking list into view and to the keyboard's attention. Not drawn
 * yet (Goal tracking still loading after a load, or redrawing for the regions just brought
 * back), it waits for the goal, until the user does something else (which includes asking for
 * another goal).
 */
export function showGoal(id: string): void {
  const show = () => {
    const element = document.getElementById(`goal-${id}`);
    if (!element) return false;
    element.scrollIntoView({ block: 'center' });
    element.focus({ preventScroll: true });
    return true;
  };
  if (show()) return;
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
