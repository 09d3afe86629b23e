import { useCallback, useState, type RefCallback } from 'react';

/**
 * Whether an element is laid out narrower than `width` px, following it as it resizes. Only a
 * change of answer renders again: a chart that stored its pixel width drew itself twice on
 * every page load. Until measured, the answer is no.
 */
export function useNarrowerThan<T extends HTMLElement>(width: number): [RefCallback<T>, boolean] {
  const [narrower, setNarrower] = useState(false);
  const ref = useCallback(
    (element: T | null) => {
      if (!element || typeof ResizeObserver === 'undefined') return;
      const observer = new ResizeObserver((entries) => {
        const box = entries[0]?.contentRect;
        if (box) setNarrower(box.width < width);
      });
      observer.observe(element);
      return () => observer.disconnect();
    },
    [width],
  );
  return [ref, narrower];
}
