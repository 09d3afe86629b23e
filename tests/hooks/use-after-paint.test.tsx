import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAfterPaint } from '../../src/hooks/use-after-paint.ts';
import { stubFrames } from '../helpers/frames.ts';

let frames: ReturnType<typeof stubFrames>;
const paint = () => frames.paint();

beforeEach(() => {
  vi.useFakeTimers();
  frames = stubFrames();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('useAfterPaint', () => {
  it('gives the first value at once', () => {
    const { result } = renderHook(() => useAfterPaint('RMB'));
    expect(result.current).toBe('RMB');
  });

  it('keeps the painted value until the next frame is on screen, then catches up', async () => {
    const { result, rerender } = renderHook(({ v }) => useAfterPaint(v), { initialProps: { v: 'RMB' } });
    rerender({ v: 'USD' });
    expect(result.current).toBe('RMB');
    paint();
    // The frame has run, but the catch-up waits for the task after the paint.
    expect(result.current).toBe('RMB');
    await act(() => vi.runAllTimersAsync());
    expect(result.current).toBe('USD');
  });

  it('catches up once with the latest value after several quick changes', async () => {
    const { result, rerender } = renderHook(({ v }) => useAfterPaint(v), { initialProps: { v: 2015 } });
    rerender({ v: 2016 });
    rerender({ v: 2017 });
    paint();
    await act(() => vi.runAllTimersAsync());
    expect(result.current).toBe(2017);
  });
});

describe('values that change together', () => {
  it('catch up in the same render, even when read by different hooks', async () => {
    const seen: string[] = [];
    const { rerender } = renderHook(
      ({ years, currency }) => {
        const paintedYears = useAfterPaint(years);
        const paintedCurrency = useAfterPaint(currency);
        seen.push(`${paintedYears} ${paintedCurrency}`);
      },
      { initialProps: { years: '2020-2024', currency: 'RMB' } },
    );
    rerender({ years: '2015-2019', currency: 'USD' });
    paint();
    await act(() => vi.runAllTimersAsync());
    expect(seen.at(-1)).toBe('2015-2019 USD');
    // Never one new and the other old on screen.
    expect(seen).not.toContain('2015-2019 RMB');
    expect(seen).not.toContain('2020-2024 USD');
  });

  it('a change undone before the paint draws nothing new', async () => {
    const seen: string[] = [];
    const { rerender } = renderHook(({ v }) => seen.push(useAfterPaint(v)), { initialProps: { v: 'RMB' } });
    rerender({ v: 'USD' });
    rerender({ v: 'RMB' });
    paint();
    await act(() => vi.runAllTimersAsync());
    expect(seen).not.toContain('USD');
  });

  it('a panel gone before the paint does not hold up the next change', async () => {
    const gone = renderHook(({ v }) => useAfterPaint(v), { initialProps: { v: 'RMB' } });
    gone.rerender({ v: 'USD' });
    gone.unmount();
    // That frame never comes (its request was withdrawn); a later change asks for its own.
    frames.drop();
    const { result, rerender } = renderHook(({ v }) => useAfterPaint(v), { initialProps: { v: 2015 } });
    rerender({ v: 2016 });
    paint();
    await act(() => vi.runAllTimersAsync());
    expect(result.current).toBe(2016);
  });
});
