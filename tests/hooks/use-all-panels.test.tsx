import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AllPanels } from '../../src/app/use-all-panels.ts';
import { stubFrames } from '../helpers/frames.ts';

let paint: () => void;
let useAllPanels: () => AllPanels;
let allPanelsLoaded: () => boolean;

beforeEach(async () => {
  // Fresh modules: whether the page has shown all four panels before is the page's own state.
  vi.resetModules();
  const panels = await import('../../src/app/panels.ts');
  ({ useAllPanels } = await import('../../src/app/use-all-panels.ts'));
  allPanelsLoaded = panels.allPanelsLoaded;
  // As when a large file is read off the page: every panel's code loads during the wait.
  await panels.loadAllPanels();
  vi.useFakeTimers();
  paint = stubFrames().paint;
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('useAllPanels', () => {
  it('holds the other three panels back until the first is painted, even when their code is already in', async () => {
    expect(allPanelsLoaded()).toBe(true);
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

  it('once all four have been shown, shows them at once when the dashboard is drawn again (back from the slides)', async () => {
    const first = renderHook(() => useAllPanels());
    paint();
    await act(() => vi.runAllTimersAsync());
    expect(first.result.current.ready).toBe(true);
    first.unmount();
    const again = renderHook(() => useAllPanels());
    expect(again.result.current.ready).toBe(true);
  });
});
