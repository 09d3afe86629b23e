import { useMemo } from 'react';
import { useStableValue } from './use-stable-value.ts';
import { useDatasetIndex } from './use-dataset-index.ts';
import { assessGoals, goalsInView, type GoalAssessment } from '../domain/goals.ts';
import { useDeferredView } from './use-deferred-view.ts';

/** Goals depend on the years and regions only: other filters must not redraw their panel. */
const INPUTS = ['from', 'to', 'regions'] as const;

/** Goals whose deadline falls in the selected years (and region), judged as of today. */
export function useGoalAssessments(): GoalAssessment[] {
  const index = useDatasetIndex();
  const filter = useDeferredView(INPUTS);
  const all = useMemo(() => assessGoals(index, new Date()), [index]);
  const view = useMemo(() => goalsInView(all, filter), [all, filter]);
  return useStableValue(view);
}
