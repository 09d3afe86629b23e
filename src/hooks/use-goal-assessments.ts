import { useMemo } from 'react';
import { useDatasetIndex } from '../data/use-dataset.ts';
import { assessGoals, type GoalAssessment } from '../domain/goals.ts';
import { inYearRange } from '../domain/filters.ts';
import { useDisplayOptions } from './use-display-options.ts';
import { useObservationFilter } from '../state/view-store.ts';

/** Goals whose deadline falls in the selected years (and region), judged as of today. */
export function useGoalAssessments(): GoalAssessment[] {
  const index = useDatasetIndex();
  const { rates } = useDisplayOptions();
  const filter = useObservationFilter();
  const all = useMemo(() => assessGoals(index, new Date(), rates), [index, rates]);
  return useMemo(() => all.filter((a) => inYearRange(a.goal.deadline, filter) && (!filter.regions || filter.regions.includes(a.goal.region))), [all, filter]);
}
