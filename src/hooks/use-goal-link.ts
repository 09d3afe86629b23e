import { useCallback } from 'react';
import type { Observation } from '../data/schema.ts';
import { useDatasetIndex } from './use-dataset-index.ts';

/**
 * Where a target on a chart leads: to its goal in Goal tracking (its status and evidence),
 * rather than to a year whose charts may hold no figure at all. Null for a target no goal cites.
 */
export function useGoalLink(): (target: Observation) => { label: string; run: () => void } | null {
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

/** Brings a goal of the Goal tracking list into view and to the keyboard's attention. */
export function showGoal(id: string): void {
  const element = document.getElementById(`goal-${id}`);
  element?.scrollIntoView({ block: 'center' });
  element?.focus({ preventScroll: true });
}
