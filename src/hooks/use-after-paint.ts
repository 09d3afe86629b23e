import { startTransition, useEffect, useState } from 'react';

/**
 * Catch-ups waiting for the next paint, from every useAfterPaint on the page. They run together,
 * in one background render, so values that changed together (a saved view setting the years
 * and the currency, read by different hooks) are never drawn half old, half new.
 */
const waiting = new Set<() => void>();
let frame: number | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;

function flush() {
  frame = timer = null;
  const updates = [...waiting];
  waiting.clear();
  startTransition(() => updates.forEach((update) => update()));
}

/**
 * Runs `update`, in a transition, in the task after the next paint; the returned function
 * withdraws it.
 */
export function afterNextPaint(update: () => void): () => void {
  waiting.add(update);
  // requestAnimationFrame runs just before the paint; the timeout after it.
  if (frame === null && timer === null) {
    frame = requestAnimationFrame(() => {
      frame = null;
      timer = setTimeout(flush, 0);
    });
  }
  return () => {
    waiting.delete(update);
    if (waiting.size > 0) return;
    // Nothing left to catch up: stop waiting for the paint.
    if (frame !== null) cancelAnimationFrame(frame);
    if (timer !== null) clearTimeout(timer);
    frame = timer = null;
  };
}

/**
 * The value as it was when the browser last painted, catching up in a background render once
 * the next frame is on screen. Panels read filters through this, so the control a user touched
 * is painted first and its interaction ends there; redrawing the charts comes after. (React's
 * useDeferredValue starts that render before the paint, and recharts' synchronous store
 * updates inside it then held the paint back by about 100 ms at 4x CPU throttling.)
 * The value must keep its identity while unchanged (a primitive, or memoised).
 */
export function useAfterPaint<T>(value: T): T {
  const [painted, setPainted] = useState(value);
  useEffect(() => {
    if (Object.is(painted, value)) return;
    return afterNextPaint(() => setPainted(value));
  }, [value, painted]);
  return painted;
}
