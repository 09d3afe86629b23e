import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { allPanelsLoaded, loadAllPanels } from '../../src/app/panels.ts';
import { useAllPanels } from '../../src/app/use-all-panels.ts';
import { stubFrames } from '../helpers/frames.ts';

let paint: () => void;

beforeEach(async () => {
  // As when a large file is read off the page: every panel's code loads during the wait.
  await loadAllPanels();
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
});
