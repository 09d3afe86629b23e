import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

/**
 * jsdom has no layout, so a responsive chart would measure 0×0 and draw nothing. This
 * ResizeObserver reports a fixed desktop-sized box, which lets recharts lay out real SVG
 * that the component tests can inspect.
 */
class FixedSizeResizeObserver implements ResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    const contentRect = { width: 800, height: 300, top: 0, left: 0, right: 800, bottom: 300, x: 0, y: 0, toJSON: () => ({}) } as DOMRectReadOnly;
    const entry = {
      target,
      contentRect,
      borderBoxSize: [{ inlineSize: 800, blockSize: 300 }],
      contentBoxSize: [{ inlineSize: 800, blockSize: 300 }],
      devicePixelContentBoxSize: [],
    } as unknown as ResizeObserverEntry;
    this.callback([entry], this);
  }
  unobserve() {}
  disconnect() {}
}

globalThis.ResizeObserver = FixedSizeResizeObserver;

afterEach(() => {
  cleanup();
});
