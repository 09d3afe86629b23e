import { useEffect, useRef, useState, type ReactNode } from 'react';
import { chartOwnsKey } from '../../components/charts/marks.ts';
import { ErrorBoundary } from '../../components/ui/error-boundary.tsx';
import { moveSlide, slideActionForKey, slideActionForSwipe, slideScrollForKey } from './slide-navigation.ts';
import './presentation.css';

export interface DeckProps {
  /** 1-based slide shown, and how many there are. */
  slide: number;
  count: number;
  /** Name of the slide shown, announced to screen readers and shown in the corner. */
  slideTitle: string;
  onGo: (slide: number) => void;
  onExit: () => void;
  /** Said over the slides (what the opened link could not use), so a presentation link hides nothing. */
  notice?: ReactNode;
  /** Said beside the controls on every slide (the filters the slides are drawn under). */
  status?: ReactNode;
  children: ReactNode;
}

function toggleFullscreen() {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  else void document.documentElement.requestFullscreen?.().catch(() => {});
}

/**
 * What a key scrolls first: the slide, or on a short screen (a phone on its side) the words or
 * chart beside each other that scroll on their own; null when each is at that end.
 */
function scrollFor(key: string, slide: HTMLElement | null): (() => void) | null {
  if (!slide) return null;
  const boxes = [slide, ...slide.querySelectorAll<HTMLElement>('.slide__header, .slide__body')];
  for (const box of boxes) {
    if (box !== slide && !/auto|scroll/.test(getComputedStyle(box).overflowY)) continue;
    const top = slideScrollForKey(key, box);
    if (top !== null) return () => (box.scrollTop = top);
  }
  return null;
}

/**
 * Whether the pointer has moved since this slide was drawn. A slide drawn under a resting
 * pointer (the click that opened the deck, a key that turned the slide) is, to the browser,
 * entered by it: a chart's tooltip would cover the chart before anyone pointed at anything.
 * The browser's own moves after a layout change do not move the pointer (movement 0).
 */
function usePointerMovedOn(slide: number): boolean {
  const [pointer, setPointer] = useState({ slide, moved: false });
  // Each slide drawn, the one come back to too, starts unpointed.
  if (pointer.slide !== slide) setPointer({ slide, moved: false });
  useEffect(() => {
    const onMove = (event: PointerEvent) => {
      if (event.movementX !== 0 || event.movementY !== 0) setPointer({ slide, moved: true });
    };
    window.addEventListener('pointermove', onMove);
    return () => window.removeEventListener('pointermove', onMove);
  }, [slide]);
  return pointer.slide === slide && pointer.moved;
}

/**
 * A full-screen slide deck: arrows and PageUp/PageDown move, Home/End jump, Escape leaves, F toggles
 * full screen; on a touch screen a swipe across the slide moves too. On a slide taller than the screen, Down, PageDown and Space first scroll it to its
 * foot (Up and PageUp to its top), then move.
 */
export function Deck({ slide, count, slideTitle, onGo, onExit, notice, status, children }: DeckProps) {
  const root = useRef<HTMLDivElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const stroke = useRef<{ x: number; y: number } | null>(null);
  const pointed = usePointerMovedOn(slide);
  useEffect(() => {
    root.current?.focus();
    // Leaving the deck, by any way, leaves the full screen it may have gone to.
    return () => {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    };
  }, []);
  // Each slide opens at its top, whatever the one before was scrolled to.
  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
  }, [slide]);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      // A focused chart's arrows move between its marks, not between slides.
      if (chartOwnsKey(event)) return;
      const action = slideActionForKey(event.key);
      if (!action) return;
      // Space activates a focused button; leave it to the button.
      if (event.key === ' ' && event.target instanceof HTMLButtonElement) return;
      event.preventDefault();
      const scroll = scrollFor(event.key, scroller.current);
      if (scroll) scroll();
      else if (action === 'exit') onExit();
      else if (action === 'fullscreen') toggleFullscreen();
      else onGo(moveSlide(slide, action, count));
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [slide, count, onGo, onExit]);

  return (
    <div className={pointed ? 'deck' : 'deck deck--unpointed'} role="dialog" aria-modal="true" aria-label="Presentation" ref={root} tabIndex={-1}>
      {notice}
      {/* A slide that fails shows what broke; the deck around it, and Escape, keep working. */}
      <div
        className="deck__slide"
        ref={scroller}
        // A finger's stroke across the slide turns it (the slide leaves sideways strokes to us: presentation.css).
        onPointerDown={(event) => {
          // Zoomed in, a sideways stroke pans the zoomed page: it is not for turning slides.
          const zoomed = (window.visualViewport?.scale ?? 1) > 1;
          stroke.current = event.pointerType === 'touch' && !zoomed ? { x: event.clientX, y: event.clientY } : null;
        }}
        onPointerCancel={() => (stroke.current = null)}
        onPointerUp={(event) => {
          const start = stroke.current;
          stroke.current = null;
          const action = start && event.pointerType === 'touch' ? slideActionForSwipe(event.clientX - start.x, event.clientY - start.y) : null;
          if (action) onGo(moveSlide(slide, action, count));
        }}
      >
        <ErrorBoundary key={slide} name={`Slide ${slide} (${slideTitle})`}>
          {children}
        </ErrorBoundary>
      </div>
      <nav className="deck__controls" aria-label="Slides">
        {status}
        <button
          type="button"
          className="deck__button"
          onClick={() => slide > 1 && onGo(moveSlide(slide, 'previous', count))}
          // aria-disabled, not disabled: at the first or last slide the button pressed keeps focus.
          aria-disabled={slide <= 1}
          aria-label="Previous slide"
        >
          ‹
        </button>
        <span className="deck__counter" aria-live="polite">
          <span className="visually-hidden">{slideTitle}, </span>
          Slide {slide} of {count}
        </span>
        <button
          type="button"
          className="deck__button"
          onClick={() => slide < count && onGo(moveSlide(slide, 'next', count))}
          aria-disabled={slide >= count}
          aria-label="Next slide"
        >
          ›
        </button>
        <button type="button" className="deck__button deck__button--text" onClick={toggleFullscreen}>
          Full screen<span className="deck__key"> (F)</span>
        </button>
        <button type="button" className="deck__button deck__button--text" onClick={onExit}>
          Leave<span className="deck__key"> (Esc)</span>
        </button>
      </nav>
    </div>
  );
}
