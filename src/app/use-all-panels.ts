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

/** Once the dashboard has shown all four, it shows them at once when it is drawn again (after slides, say). */
let revealedBefore = false;

/**
 * The panels after the first join it once the first is on screen, in a transition so typing
 * and clicking stay responsive meanwhile. Their code loads when the browser is idle; when it
 * was loaded ahead (a large file, read off the page), they follow the first paint at once.
 * Either way the first chart never waits for the other three to render and lay out.
 */
export function useAllPanels(): AllPanels {
  const idle = useWhenIdle();
  const [ready, setReady] = useState(() => revealedBefore && allPanelsLoaded());
  const [error, setError] = useState<Error | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (ready) return;
    let live = true;
    const reveal = () => {
      if (!live) return;
      revealedBefore = true;
      startTransition(() => setReady(true));
    };
    if (allPanelsLoaded()) {
      // requestAnimationFrame runs just before the paint; the timeout right after it.
      let timer: ReturnType<typeof setTimeout> | undefined;
      const frame = requestAnimationFrame(() => (timer = setTimeout(reveal, 0)));
      return () => {
        live = false;
        cancelAnimationFrame(frame);
        clearTimeout(timer);
      };
    }
    if (!idle) return;
    loadAllPanels().then(reveal, (cause: unknown) => {
      if (live) setError(cause instanceof Error ? cause : new Error(String(cause)));
    });
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
