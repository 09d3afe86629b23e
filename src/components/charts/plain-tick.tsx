import type { SVGProps } from 'react';
import { textWidth, tickLabelStep } from './axis-width.ts';

interface PlainTickProps extends Pick<SVGProps<SVGTextElement>, 'fill' | 'fontSize'> {
  x?: number | string;
  y?: number | string;
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit';
  verticalAnchor?: 'start' | 'middle' | 'end';
  payload?: { value: unknown; index?: number };
  index?: number;
  visibleTicksCount?: number;
  tickFormatter?: (value: never, index: number) => string;
  /** The first label starts at its tick and the last ends at it, so neither runs past the chart's edge. */
  edgeAligned?: boolean;
  /** The axis' length (recharts passes it to every tick). */
  height?: number | string;
  /**
   * A vertical axis with a tick at every step from end to end (ranks): where the lines would
   * touch, only every so many are labelled, from the first.
   */
  fitHeight?: boolean;
  /**
   * A horizontal axis, given the characters of its longest label: where labels would run into
   * each other (slide type on a phone), only every so many are drawn, from the first.
   */
  fitWidth?: number;
  /** The axis' length (recharts passes it to every tick). */
  width?: number | string;
}

/** A line of axis text is about this many times its type size tall. */
const LINE = 1.2;

/** recharts' own offsets for a line of text at the given anchor (its Text component's capHeight 0.71em). */
const DY = { start: '0.71em', middle: '0.355em', end: '0em' } as const;

/**
 * An axis tick as one line of text. recharts' default tick wraps its text to the axis width,
 * measuring every word in the DOM on each render (a forced layout per word), and broke labels
 * such as "RMB 280bn" over two lines; these labels are short, and axes are sized for them
 * (axis-width.ts).
 *
 * The label is classed `axis-tick`, not with recharts' `recharts-cartesian-axis-tick-value`: on
 * finding that class, each axis reads the label's computed font in a ref callback and renders
 * itself again with it, a style recalculation and a second render per axis before the first
 * paint, which only text measuring (never used here, see interval={0}) needs.
 */
export function PlainTick({
  x = 0,
  y = 0,
  textAnchor = 'end',
  verticalAnchor = 'middle',
  payload,
  index = 0,
  visibleTicksCount = 0,
  tickFormatter,
  edgeAligned = false,
  height,
  fitHeight = false,
  fitWidth,
  width,
  fill,
  fontSize,
}: PlainTickProps) {
  if (!payload) return null;
  const spacing = (length: number | string | undefined) => Number(length) / Math.max(1, visibleTicksCount - 1);
  if (fitHeight && index % tickLabelStep(spacing(height), Number(fontSize) * LINE) !== 0) return null;
  // An end label drawn from its tick inward takes its whole width on one side: half as much again
  // as a centred label needs from its neighbour.
  const across = fitWidth ? textWidth(fitWidth, Number(fontSize)) * (edgeAligned ? 1.5 : 1) : 0;
  if (fitWidth && index % tickLabelStep(spacing(width), across) !== 0) return null;
  const text = tickFormatter ? tickFormatter(payload.value as never, index) : String(payload.value);
  const anchor = edgeAligned && index === 0 ? 'start' : edgeAligned && index === visibleTicksCount - 1 ? 'end' : textAnchor;
  return (
    <text x={x} y={y} dy={DY[verticalAnchor]} textAnchor={anchor} fill={fill} fontSize={fontSize} className="axis-tick">
      {text}
    </text>
  );
}
