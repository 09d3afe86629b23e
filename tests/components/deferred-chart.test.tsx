import { act, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DeferredChart, drawDeferredCharts } from '../../src/components/charts/deferred-chart.tsx';

/** A controllable IntersectionObserver: tests say when the placeholder comes near the screen. */
let observers: { callback: IntersectionObserverCallback; targets: Element[] }[] = [];
class FakeObserver {
  targets: Element[] = [];
  constructor(readonly callback: IntersectionObserverCallback) {
    observers.push(this);
  }
  observe(el: Element) {
    this.targets.push(el);
  }
  disconnect() {
    this.targets = [];
  }
}
const comeIntoView = () =>
  act(() => {
    for (const o of observers)
      o.callback(
        o.targets.map((target) => ({ target, isIntersecting: true }) as IntersectionObserverEntry),
        {} as IntersectionObserver,
      );
  });

let idle: (() => void) | null = null;

beforeEach(() => {
  observers = [];
  idle = null;
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  vi.stubGlobal('requestIdleCallback', (cb: () => void) => ((idle = cb), 1));
  vi.stubGlobal('cancelIdleCallback', () => {});
});
afterEach(() => vi.unstubAllGlobals());

const chart = <svg data-testid="chart" />;

describe('DeferredChart', () => {
  it('holds the chart’s place at its height, then draws it when it comes near the screen', () => {
    const { container } = render(<DeferredChart height={300}>{chart}</DeferredChart>);
    expect(screen.queryByTestId('chart')).toBeNull();
    expect(container.querySelector('.chart-placeholder')).toHaveStyle({ height: '300px' });
    comeIntoView();
    expect(screen.getByTestId('chart')).toBeInTheDocument();
    expect(container.querySelector('.chart-placeholder')).toBeNull();
  });

  it('draws the chart at the first idle moment even if it is never scrolled to', () => {
    render(<DeferredChart height={200}>{chart}</DeferredChart>);
    expect(screen.queryByTestId('chart')).toBeNull();
    act(() => idle?.());
    expect(screen.getByTestId('chart')).toBeInTheDocument();
  });

  it('is drawn by the time the browser prints, without waiting for a render later on', () => {
    render(<DeferredChart height={200}>{chart}</DeferredChart>);
    // Not wrapped in act(): a print happens right after this event, before React would get to a transition.
    window.dispatchEvent(new Event('beforeprint'));
    expect(screen.getByTestId('chart')).toBeInTheDocument();
  });

  it('draws every waiting chart before an export, and resolves once none is left', async () => {
    const { container } = render(
      <div data-testid="panel">
        <DeferredChart height={200}>{chart}</DeferredChart>
      </div>,
    );
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => setTimeout(() => cb(0), 0));
    let done = false;
    act(() => {
      void drawDeferredCharts(container, 10_000).then(() => (done = true));
    });
    expect(screen.getByTestId('chart')).toBeInTheDocument();
    // Resolves as soon as nothing waits any more, long before its ten-second limit.
    await waitFor(() => expect(done).toBe(true));
  });

  it('draws at once where the browser cannot tell what is on screen', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    render(<DeferredChart height={200}>{chart}</DeferredChart>);
    expect(screen.getByTestId('chart')).toBeInTheDocument();
  });
});
