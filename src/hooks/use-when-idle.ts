import { useEffect, useState } from 'react';

/**
 * False until the browser has had an idle moment after `after` became true (or `timeoutMs`
 * later at the latest), then true for good. Holds back what the first view does not need, so
 * the first chart gets the main thread to itself; chained calls order what follows.
 */
export function useWhenIdle(after = true, timeoutMs = 500): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!after || idle) return;
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(() => setIdle(true), { timeout: timeoutMs });
      return () => window.cancelIdleCallback(id);
    }
    // Safari has no requestIdleCallback: a short timer still lets the first paint happen first.
    const id = window.setTimeout(() => setIdle(true), 50);
    return () => window.clearTimeout(id);
  }, [after, idle, timeoutMs]);
  return idle;
}
