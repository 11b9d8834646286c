import type { RefObject } from 'react';
import { useEffect, useRef, useState } from 'react';

/** The width charts are drawn at before they are measured (and where nothing can measure). */
const FALLBACK_WIDTH = 640;

/**
 * The width of the element a chart fills, kept up to date as the window (or a phone's
 * orientation) changes, so that the chart is drawn at the size it is shown at.
 */
export function useChartWidth<T extends HTMLElement>(): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(FALLBACK_WIDTH);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') {
      return;
    }
    const observer = new ResizeObserver(([entry]) => {
      const measured = Math.floor(entry?.contentRect.width ?? 0);
      if (measured > 0) {
        setWidth(measured);
      }
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
