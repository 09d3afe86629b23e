import { startTransition, useEffect, useRef, useState, type ReactNode, type Ref } from 'react';
import { flushSync } from 'react-dom';

const DRAW_ALL = 'deferred-charts:draw';

/**
 * A chart further down a panel, drawn once it comes near the screen or the browser is first
 * idle, whichever is sooner. Every panel's first chart is drawn at once; drawing all eight
 * charts in the first renders cost about half a second at 4x CPU throttling before the last
 * panel was on screen. Until then a box of the chart's height holds its place, so nothing
 * moves when it is drawn. Where the browser cannot observe visibility (tests, old browsers),
 * the chart is drawn straight away.
 */
export function DeferredChart({ height, children }: { height: number; children: ReactNode }) {
  const [drawn, setDrawn] = useState(() => typeof IntersectionObserver === 'undefined');
  const placeholder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = placeholder.current;
    if (drawn || !element) return;
    const draw = () => startTransition(() => setDrawn(true));
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && draw(), { rootMargin: '50% 0px' });
    observer.observe(element);
    const idle = typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(draw, { timeout: 3000 }) : window.setTimeout(draw, 1000);
    window.addEventListener(DRAW_ALL, draw);
    // Printing lays the page out as soon as this returns: the chart must be in it by then.
    const drawForPrint = () => flushSync(() => setDrawn(true));
    window.addEventListener('beforeprint', drawForPrint);
    return () => {
      observer.disconnect();
      if (typeof window.cancelIdleCallback === 'function') window.cancelIdleCallback(idle);
      else window.clearTimeout(idle);
      window.removeEventListener(DRAW_ALL, draw);
      window.removeEventListener('beforeprint', drawForPrint);
    };
  }, [drawn]);
  if (drawn) return <>{children}</>;
  return <ChartPlaceholder height={height} ref={placeholder} />;
}

/** The box a chart not drawn yet holds its place with (also a Suspense fallback while its code loads). */
export function ChartPlaceholder({ height, ref }: { height: number; ref?: Ref<HTMLDivElement> }) {
  return <div ref={ref} className="chart-placeholder" style={{ height }} aria-hidden="true" />;
}

/**
 * Draws every deferred chart now and resolves once none inside `root` is still waiting, and
 * the browser has laid the new charts out (for an image export of a panel).
 */
export async function drawDeferredCharts(root: Element, timeoutMs = 3000): Promise<void> {
  window.dispatchEvent(new Event(DRAW_ALL));
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const started = performance.now();
  while (root.querySelector('.chart-placeholder') && performance.now() - started < timeoutMs) await frame();
  // recharts sizes a chart from its container first, then draws it.
  await frame();
  await frame();
}
