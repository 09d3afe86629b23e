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

let stopWaiting: (() => void) | null = null;

/**
 * Brings a goal of the Goal tracking list into view and to the keyboard's attention. Tapped in
 * the first moments after a load, Goal tracking may still be loading: it then waits for the
 * goal, until the user does something else.
 */
export function showGoal(id: string): void {
  stopWaiting?.();
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
    stopWaiting = null;
  };
  observer.observe(document.body, { childList: true, subtree: true });
  window.addEventListener('pointerdown', stop, true);
  window.addEventListener('keydown', stop, true);
  stopWaiting = stop;
}
