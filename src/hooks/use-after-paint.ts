import { startTransition, useEffect, useState } from 'react';

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
    let timer: ReturnType<typeof setTimeout> | undefined;
    // requestAnimationFrame runs just before the paint; the timeout after it.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setPainted(value)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [value, painted]);
  return painted;
}
