import { useDeferredValue, useMemo } from 'react';
import { useStableValue } from './use-stable-value.ts';
import { useDatasetIndex } from '../data/use-dataset.ts';
import { assessGoals, type GoalAssessment } from '../domain/goals.ts';
import { inYearRange } from '../domain/filters.ts';
import { useDisplayOptions } from './use-display-options.ts';
import { useShallow } from 'zustand/react/shallow';
import { useViewStore } from '../state/view-store.ts';

/** Goals whose deadline falls in the selected years (and region), judged as of today. */
export function useGoalAssessments(): GoalAssessment[] {
  const index = useDatasetIndex();
  const { rates } = useDeferredValue(useDisplayOptions());
  // Goals depend on the years and regions only: other filters must not re-render their panel.
  const filter = useDeferredValue(useViewStore(useShallow((s) => ({ from: s.from, to: s.to, regions: s.regions }))));
  const all = useMemo(() => assessGoals(index, new Date(), rates), [index, rates]);
  const view = useMemo(
    () => all.filter((a) => inYearRange(a.goal.deadline, filter) && (!filter.regions || filter.regions.includes(a.goal.region))),
    [all, filter],
  );
  return useStableValue(view);
}
