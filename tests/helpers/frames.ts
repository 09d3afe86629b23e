import { act } from '@testing-library/react';
import { vi } from 'vitest';

/**
 * Animation frames run only when a test says a frame is painted. Call after vi.useFakeTimers()
 * (which fakes requestAnimationFrame too); undone by vi.unstubAllGlobals().
 */
export function stubFrames() {
  let frames: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => (frames[id - 1] = () => {}));
  return {
    /** Runs the frame callbacks waiting now, as the browser does just before it paints. */
    paint: () =>
      act(() => {
        const due = frames;
        frames = [];
        due.forEach((f) => f(0));
      }),
    /** Forgets the frames waiting, as if they were cancelled. */
    drop: () => {
      frames = [];
    },
  };
}
