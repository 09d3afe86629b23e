import { startTransition, useCallback, useEffect, useState } from 'react';
import { useWhenIdle } from '../hooks/use-when-idle.ts';
import { allPanelsLoaded, loadAllPanels } from './panels.ts';

export interface AllPanels {
  /** Every panel's code is in and the grid may render them all. */
  ready: boolean;
  /** Why the other panels' code could not be loaded. */
  error: Error | null;
  retry: () => void;
}

/**
 * Loads the panels after the first once the browser is idle (the first chart is then on
 * screen), and reveals them in a transition so typing and clicking stay responsive meanwhile.
 */
export function useAllPanels(): AllPanels {
  const idle = useWhenIdle();
  const [ready, setReady] = useState(allPanelsLoaded);
  const [error, setError] = useState<Error | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!idle || ready) return;
    let live = true;
    loadAllPanels().then(
      () => {
        if (live) startTransition(() => setReady(true));
      },
      (cause: unknown) => {
        if (live) setError(cause instanceof Error ? cause : new Error(String(cause)));
      },
    );
    return () => {
      live = false;
    };
  }, [idle, ready, attempt]);
  const retry = useCallback(() => {
    setError(null);
    setAttempt((n) => n + 1);
  }, []);
  return { ready, error, retry };
}
