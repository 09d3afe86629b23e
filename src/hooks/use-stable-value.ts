import { replaceEqualDeep } from '@tanstack/react-query';
import { useState } from 'react';

/**
 * Returns the previous value when the new one is deeply equal (structural sharing, as
 * react-query does for query data), so memoized charts skip re-rendering when a filter change
 * leaves their data as it was.
 */
export function useStableValue<T>(value: T): T {
  const [stable, setStable] = useState(value);
  const next = replaceEqualDeep(stable, value);
  if (next !== stable) setStable(next);
  return next;
}
