/**
 * A standalone image of a panel for a slide or a report: the panel's own chart SVGs with their
 * computed styles written inline (so colours and fonts survive outside the page), under the
 * panel title and active filters, above the sources and the view's link.
 */

export interface ImageMeta {
  title: string;
  filters: string;
  /** Lines under the charts that the panel shows as HTML (the goals with their status). */
  lines?: readonly string[];
  sources: readonly string[];
  url: string;
}

const IMAGE_WIDTH = 1600;
const PAD = 48;
const NS = 'http://www.w3.org/2000/svg';
/**
 * A chart is enlarged to the image's width, but at most this many times: a chart a third of the
 * page wide would otherwise have axis labels three times the size of the image's title.
 */
const MAX_CHART_SCALE = 2;

const SHAPE_PROPS = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'opacity', 'visibility'] as const;
const TEXT_PROPS = [
  ...SHAPE_PROPS,
  'paint-order',
  'stroke-linejoin',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
] as const;
/** A gradient's stops (a label's halo paint) take their colours from classes too. */
const STOP_PROPS = ['stop-color', 'stop-opacity'] as const;
const SHAPES = new Set(['rect', 'path', 'line', 'circle', 'ellipse', 'polygon', 'polyline']);
const TEXTS = new Set(['text', 'tspan']);

/**
 * Copies computed styles onto the clone so the image needs no stylesheet: colours from CSS
 * variables and classes become plain values. Only drawing elements get them, as SVG
 * presentation attributes rather than a style attribute, which the page's Content-Security-
 * Policy (no inline styles) would refuse. Attributes that still name a CSS variable are dropped.
 */
function inlineStyles(source: Element, clone: Element) {
  const tag = source.tagName.toLowerCase();
  const props = TEXTS.has(tag) ? TEXT_PROPS : SHAPES.has(tag) ? SHAPE_PROPS : tag === 'stop' ? STOP_PROPS : null;
  if (props) {
    const computed = window.getComputedStyle(source);
    for (const p of props) clone.setAttribute(p, computed.getPropertyValue(p));
  }
  for (const attr of [...clone.attributes]) {
    if (attr.value.includes('var(') || attr.name === 'class' || attr.name === 'tabindex' || attr.name === 'role') clone.removeAttribute(attr.name);
  }
  const sourceChildren = source.children;
  const cloneChildren = clone.children;
  for (let i = 0; i < sourceChildren.length; i++) {
    const s = sourceChildren[i];
    const c = cloneChildren[i];
    if (s && c) inlineStyles(s, c);
  }
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[ch] ?? ch);
}

/** Splits text into lines of at most `max` characters, at spaces. */
function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if ((line ? `${line} ${word}` : word).length > max && line) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function color(variable: string): string {
  return window.getComputedStyle(document.documentElement).getPropertyValue(variable).trim() || '#000';
}

type Shape = 'square' | 'circle' | 'triangle' | 'diamond';

interface LegendItem {
  label: string;
  color: string;
  /**
   * As the page's swatch draws it: a marker shape, filled or hollow; a dashed box (a target
   * bar); hatching (a derived value); or a line, solid or dashed (a trajectory).
   */
  look: { kind: 'marker'; shape: Shape; hollow: boolean } | { kind: 'dashed' } | { kind: 'hatched' } | { kind: 'line'; dashed: boolean };
}

const SHAPES_DRAWN: readonly Shape[] = ['circle', 'triangle', 'diamond'];

/** The entries of the HTML legend drawn next to a chart, with their resolved colours. */
function legendItems(chart: SVGSVGElement): LegendItem[] {
  const items = chart.closest('figure')?.querySelectorAll('.chart-legend li') ?? [];
  return [...items].flatMap((li) => {
    const swatch = li.querySelector<HTMLElement>('.swatch');
    if (!swatch) return [];
    const style = window.getComputedStyle(swatch);
    const has = (name: string) => swatch.classList.contains(`swatch--${name}`);
    const look: LegendItem['look'] = has('line')
      ? { kind: 'line', dashed: style.borderTopStyle === 'dashed' }
      : has('derived')
        ? { kind: 'hatched' }
        : has('target') && !has('hollow')
          ? { kind: 'dashed' }
          : { kind: 'marker', shape: has('event') ? 'diamond' : (SHAPES_DRAWN.find(has) ?? 'square'), hollow: has('hollow') };
    const filled = look.kind === 'marker' && !look.hollow;
    const color = filled ? style.backgroundColor : style.borderTopColor;
    return [{ label: li.textContent?.trim() ?? '', color: color && color !== 'rgba(0, 0, 0, 0)' ? color : style.borderTopColor, look }];
  });
}

/** An 18-pixel swatch at (x, y) in the image, drawn as the page's legend draws it. */
function swatchSvg({ look, color }: LegendItem, x: number, y: number): string {
  const cx = x + 9;
  const cy = y + 11;
  switch (look.kind) {
    case 'line':
      return `<line x1="${x}" y1="${cy}" x2="${x + 22}" y2="${cy}" stroke="${color}" stroke-width="3"${look.dashed ? ' stroke-dasharray="5 3"' : ''}/>`;
    case 'dashed':
      return `<rect x="${x + 1}" y="${y + 3}" width="16" height="16" fill="none" stroke="${color}" stroke-width="2" stroke-dasharray="4 2"/>`;
    case 'hatched':
      return `<rect x="${x + 1}" y="${y + 3}" width="16" height="16" fill="none" stroke="${color}"/><path d="M${x + 1} ${y + 13}l6 -6M${x + 1} ${y + 19}l12 -12M${x + 7} ${y + 19}l10 -10M${x + 13} ${y + 19}l4 -4" stroke="${color}" stroke-width="2"/>`;
    case 'marker': {
      const paint = look.hollow ? `fill="none" stroke="${color}" stroke-width="2"` : `fill="${color}"`;
      if (look.shape === 'circle') return `<circle cx="${cx}" cy="${cy}" r="8" ${paint}/>`;
      if (look.shape === 'triangle') return `<path d="M${cx} ${cy - 8}l9 16h-18z" ${paint}/>`;
      if (look.shape === 'diamond') return `<path d="M${cx} ${cy - 9}l9 9-9 9-9-9z" ${paint}/>`;
      return `<rect x="${x}" y="${y + 2}" width="18" height="18" rx="3" ${paint}/>`;
    }
  }
}

/** What an element says, without the words of the buttons inside it. */
function wordsOf(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const control of copy.querySelectorAll('button')) control.remove();
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Average width of a character of the image's text, in ems (DejaVu Sans and the like run wide); bold runs wider. */
const CHAR_EM = 0.6;
const BOLD_CHAR_EM = 0.66;
/** Space between two charts drawn side by side. */
const GUTTER = 48;

interface TextStyle {
  size: number;
  step: number;
  fill?: string;
  weight?: number;
  /** Indent of the lines after the first. */
  hang?: number;
}

/** A column of the image, from `x`, `width` wide: what is written in it goes down from `y`. */
interface Column {
  x: number;
  width: number;
  y: number;
  parts: string[];
}

/** Writes `content` wrapped to the column's width, a line every `step` pixels. */
function write(column: Column, content: string, { size, step, fill = '#000', weight, hang = 0 }: TextStyle) {
  const max = Math.floor((column.width - hang) / (size * (weight && weight >= 600 ? BOLD_CHAR_EM : CHAR_EM)));
  wrapText(content, max).forEach((line, i) => {
    column.parts.push(
      `<text x="${column.x + (i ? hang : 0)}" y="${column.y + size}" font-size="${size}"${weight ? ` font-weight="${weight}"` : ''} fill="${fill}">${escapeXml(line)}</text>`,
    );
    column.y += step;
  });
}

/**
 * A chart narrow on the page (a third of a panel, or a phone's width) fills less than three
 * quarters of the image even at twice its size: two such charts share a row of the image rather
 * than each leave a side of it empty.
 */
function isNarrow(block: Element, inner: number): boolean {
  return block instanceof SVGSVGElement && block.getBoundingClientRect().width * MAX_CHART_SCALE <= inner * 0.75;
}

export function buildPanelSvg(panel: HTMLElement, meta: ImageMeta): { svg: string; width: number; height: number } {
  // The charts and, in their place, what a chart without figures says (an empty state, or a
  // takeaway standing alone), in the page's order.
  const blocks = [...panel.querySelectorAll<Element>('svg.recharts-surface, .empty-state, .chart__takeaway--alone')];
  if (blocks.length === 0 && !meta.lines?.length) throw new Error('This panel shows no chart right now (is it in table view?).');
  const fontFamily = window.getComputedStyle(panel).fontFamily;
  const text = color('--text');
  const muted = color('--text-muted');
  const background = color('--surface');
  const inner = IMAGE_WIDTH - PAD * 2;
  const page: Column = { x: PAD, width: inner, y: PAD, parts: [] };
  const note = (column: Column, content: string) => write(column, content, { size: 18, step: 25, fill: muted });

  write(page, meta.title, { size: 38, step: 56, fill: text, weight: 700 });
  write(page, meta.filters, { size: 20, step: 28, fill: muted });
  page.y += 16;

  const serializer = new XMLSerializer();
  /** A chart's heading and takeaway, or what stands in the place of a chart without figures. */
  const drawHead = (block: Element, column: Column) => {
    // The chart's heading and legend are HTML beside the SVG; restate them in the image.
    const heading = block.closest('.subchart')?.querySelector('.subchart__title')?.textContent?.trim();
    if (heading && blocks.length > 1) write(column, heading, { size: 26, step: 40, fill: text, weight: 650 });
    if (!(block instanceof SVGSVGElement)) {
      write(column, wordsOf(block), { size: 19, step: 26, fill: block.matches('.chart__takeaway') ? text : muted });
      column.y += 24;
      return;
    }
    // The chart's takeaway line, as the page shows it above the chart.
    const takeaway = block.closest('figure')?.querySelector('.chart__takeaway')?.textContent?.trim();
    if (takeaway) {
      write(column, takeaway, { size: 19, step: 26, fill: text });
      column.y += 8;
    }
  };
  /** The chart itself, with its legend and notes. */
  const drawChart = (chart: Element, column: Column) => {
    if (!(chart instanceof SVGSVGElement)) return;
    const box = chart.getBoundingClientRect();
    const w = box.width || Number(chart.getAttribute('width')) || column.width;
    const h = box.height || Number(chart.getAttribute('height')) || 300;
    const scale = Math.min(column.width / w, MAX_CHART_SCALE);
    const clone = chart.cloneNode(true) as SVGSVGElement;
    inlineStyles(chart, clone);
    clone.setAttribute('x', String(column.x));
    clone.setAttribute('y', String(column.y));
    clone.setAttribute('width', String(Math.round(w * scale)));
    clone.setAttribute('height', String(Math.round(h * scale)));
    clone.setAttribute('viewBox', `0 0 ${w} ${h}`);
    clone.setAttribute('overflow', 'visible');
    clone.removeAttribute('style');
    column.parts.push(serializer.serializeToString(clone));
    column.y += Math.round(h * scale) + 16;
    const legend = legendItems(chart);
    if (legend.length) {
      let x = column.x;
      for (const item of legend) {
        const width = 34 + item.label.length * 10;
        if (x + width > column.x + column.width && x > column.x) {
          x = column.x;
          column.y += 30;
        }
        column.parts.push(swatchSvg(item, x, column.y));
        column.parts.push(`<text x="${x + 30}" y="${column.y + 17}" font-size="18" fill="${text}">${escapeXml(item.label)}</text>`);
        x += width + 24;
      }
      column.y += 34;
    }
    // The notes under the chart: years without figures, what is derived, what was left out.
    // A hint on what to click means nothing in an image.
    for (const p of chart.closest('figure')?.querySelectorAll('figcaption p:not(.chart__hint)') ?? []) note(column, wordsOf(p));
    column.y += 16;
  };

  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const next = blocks[i + 1];
    if (next && isNarrow(block, inner) && isNarrow(next, inner)) {
      const half = (inner - GUTTER) / 2;
      const left: Column = { x: PAD, width: half, y: page.y, parts: page.parts };
      const right: Column = { x: PAD + half + GUTTER, width: half, y: page.y, parts: page.parts };
      drawHead(block, left);
      drawHead(next, right);
      // Side by side, the two charts start level, under the longer of their takeaways.
      left.y = right.y = Math.max(left.y, right.y);
      drawChart(block, left);
      drawChart(next, right);
      page.y = Math.max(left.y, right.y);
      i++;
    } else {
      drawHead(block, page);
      drawChart(block, page);
    }
  }
  // The panel's own notes: the rate money was converted at, targets not drawn in this currency.
  for (const extra of panel.querySelectorAll('.source-footer__extra')) note(page, wordsOf(extra));

  for (const item of meta.lines ?? []) {
    write(page, item, { size: 19, step: 26, fill: text, hang: 24 });
    page.y += 6;
  }
  page.y += 8;
  write(page, 'Sources', { size: 18, step: 28, fill: muted, weight: 700 });
  for (const source of meta.sources) write(page, source, { size: 16, step: 22, fill: muted });
  page.y += 10;
  write(page, `View: ${meta.url}`, { size: 16, step: 22, fill: muted });
  const height = page.y + PAD;
  const svg = `<svg xmlns="${NS}" width="${IMAGE_WIDTH}" height="${height}" viewBox="0 0 ${IMAGE_WIDTH} ${height}" font-family="${escapeXml(fontFamily)}"><rect width="100%" height="100%" fill="${background}"/>${page.parts.join('')}</svg>`;
  return { svg, width: IMAGE_WIDTH, height };
}

/** Draws the SVG onto a canvas `scale` times its size and returns a PNG. */
export async function svgToPng(svg: string, width: number, height: number, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw the image.');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The image could not be encoded.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
