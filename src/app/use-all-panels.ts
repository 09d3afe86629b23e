import { startTransition, useCallback, useEffect, useState } from 'react';
import { afterNextPaint } from '../hooks/use-after-paint.ts';
import { useWhenIdle } from '../hooks/use-when-idle.ts';
import { allPanelsLoaded, loadAllPanels, panelsRequested } from './panels.ts';

export interface AllPanels {
  /** Every panel's code is in and the grid may render them all. */
  ready: boolean;
  /** Why the other panels' code could not be loaded. */
  error: Error | null;
  retry: () => void;
}

/** Once the dashboard has shown all four, it shows them at once when it is drawn again (after slides, say). */
let shownBefore = false;

/**
 * The panels after the first join it once the first is on screen, in a transition so typing
 * and clicking stay responsive meanwhile. Their code loads when the browser is idle; when it
 * was asked for ahead (a large file, read off the page), they follow the first paint at once.
 * Either way the first chart never waits for the other three to render and lay out.
 */
export function useAllPanels(): AllPanels {
  const ahead = panelsRequested();
  const idle = useWhenIdle();
  const [ready, setReady] = useState(() => shownBefore && allPanelsLoaded());
  const [error, setError] = useState<Error | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (ready) shownBefore = true;
  }, [ready]);
  useEffect(() => {
    if (ready || (!ahead && !idle)) return;
    let live = true;
    let withdraw: (() => void) | undefined;
    loadAllPanels().then(
      () => {
        if (!live) return;
        if (ahead) withdraw = afterNextPaint(() => setReady(true));
        else startTransition(() => setReady(true));
      },
      (cause: unknown) => {
        if (live) setError(cause instanceof Error ? cause : new Error(String(cause)));
      },
    );
    return () => {
      live = false;
      withdraw?.();
    };
  }, [ahead, idle, ready, attempt]);
  const retry = useCallback(() => {
    setError(null);
    setAttempt((n) => n + 1);
  }, []);
  return { ready, error, retry };
}
