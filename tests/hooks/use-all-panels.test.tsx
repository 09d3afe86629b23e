import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Panels from '../../src/app/panels.ts';
import type { AllPanels } from '../../src/app/use-all-panels.ts';
import { stubFrames } from '../helpers/frames.ts';

let paint: () => void;
let useAllPanels: () => AllPanels;
let panels: typeof Panels;

beforeEach(async () => {
  // Fresh modules: which panels' code is in, and whether all four were shown, is the page's own state.
  vi.resetModules();
  panels = await import('../../src/app/panels.ts');
  ({ useAllPanels } = await import('../../src/app/use-all-panels.ts'));
  vi.useFakeTimers();
  paint = stubFrames().paint;
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('useAllPanels', () => {
  it('holds the other three panels back until the first is painted, even when their code is already in', async () => {
    // As when a large file is read off the page: every panel's code loads during the wait.
    await panels.loadAllPanels();
    const { result } = renderHook(() => useAllPanels());
    // The first render, the one that draws the first chart, has the first panel only.
    expect(result.current.ready).toBe(false);
    await act(() => vi.runAllTimersAsync());
    expect(result.current.ready).toBe(false);
    // The frame with the first panel is on screen: the others follow in the task after it.
    paint();
    expect(result.current.ready).toBe(false);
    await act(() => vi.runAllTimersAsync());
    expect(result.current.ready).toBe(true);
    expect(result.current.error).toBeNull();
  });

  it('follows the first paint without waiting for the browser to be idle when the code is still on its way', async () => {
    const preload = panels.loadAllPanels();
    const { result } = renderHook(() => useAllPanels());
    await act(() => preload);
    paint();
    // The task after the paint runs; an idle moment (here, 50 ms on) has not come.
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(result.current.ready).toBe(true);
  });

  it('for a small file, asks for the other panels only once the browser is idle, then shows them', async () => {
    const { result } = renderHook(() => useAllPanels());
    paint();
    expect(panels.panelsRequested()).toBe(false);
    expect(result.current.ready).toBe(false);
    await act(() => vi.runAllTimersAsync());
    expect(panels.panelsRequested()).toBe(true);
    await vi.waitFor(() => expect(result.current.ready).toBe(true));
    expect(panels.allPanelsLoaded()).toBe(true);
  });

  it('once all four have been shown, shows them at once when it is mounted again', async () => {
    await panels.loadAllPanels();
    const first = renderHook(() => useAllPanels());
    await act(async () => undefined);
    paint();
    await act(() => vi.runAllTimersAsync());
    expect(first.result.current.ready).toBe(true);
    first.unmount();
    const again = renderHook(() => useAllPanels());
    expect(again.result.current.ready).toBe(true);
  });

  it('a dashboard gone before the others were shown does not count as having shown them', async () => {
    await panels.loadAllPanels();
    const first = renderHook(() => useAllPanels());
    // It has asked to follow the next paint, and goes away before that paint.
    await act(async () => undefined);
    first.unmount();
    paint();
    await act(() => vi.runAllTimersAsync());
    const again = renderHook(() => useAllPanels());
    expect(again.result.current.ready).toBe(false);
  });
});
