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

let waiting: MutationObserver | null = null;

/**
 * Brings a goal of the Goal tracking list into view and to the keyboard's attention. Tapped in
 * the first moments after a load, the list may not be on the page yet: it then waits for it
 * (giving up after a few seconds, or when another goal is asked for).
 */
export function showGoal(id: string): void {
  waiting?.disconnect();
  waiting = null;
  const show = () => {
    const element = document.getElementById(`goal-${id}`);
    if (!element) return false;
    element.scrollIntoView({ block: 'center' });
    element.focus({ preventScroll: true });
    return true;
  };
  if (show()) return;
  const observer = new MutationObserver(() => {
    if (!show()) return;
    observer.disconnect();
    if (waiting === observer) waiting = null;
  });
  observer.observe(document.body, { childList: true, subtree: true });
  waiting = observer;
  setTimeout(() => observer.disconnect(), 10_000);
}
