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

export const IMAGE_WIDTH = 1600;
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
  const props = TEXTS.has(tag) ? TEXT_PROPS : SHAPES.has(tag) ? SHAPE_PROPS : null;
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
export function wrapText(text: string, max: number): string[] {
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

interface LegendItem {
  label: string;
  color: string;
  /** A filled swatch, a dashed box (a target bar) or a hollow diamond (a target marker). */
  look: 'filled' | 'dashed' | 'hollow';
}

/** The entries of the HTML legend drawn next to a chart, with their resolved colours. */
function legendItems(chart: SVGSVGElement): LegendItem[] {
  const items = chart.closest('figure')?.querySelectorAll('.chart-legend li') ?? [];
  return [...items].flatMap((li) => {
    const swatch = li.querySelector<HTMLElement>('.swatch');
    if (!swatch) return [];
    const style = window.getComputedStyle(swatch);
    const look = swatch.classList.contains('swatch--hollow') ? 'hollow' : swatch.classList.contains('swatch--target') ? 'dashed' : 'filled';
    const color = look === 'filled' ? style.backgroundColor : style.borderTopColor;
    return [{ label: li.textContent?.trim() ?? '', color: color && color !== 'rgba(0, 0, 0, 0)' ? color : style.borderTopColor, look }];
  });
}

export function buildPanelSvg(panel: HTMLElement, meta: ImageMeta): { svg: string; width: number; height: number } {
  const charts = [...panel.querySelectorAll<SVGSVGElement>('svg.recharts-surface')];
  if (charts.length === 0 && !meta.lines?.length) throw new Error('This panel shows no chart right now (is it in table view?).');
  const fontFamily = window.getComputedStyle(panel).fontFamily;
  const text = color('--text');
  const muted = color('--text-muted');
  const background = color('--surface');
  const inner = IMAGE_WIDTH - PAD * 2;
  const parts: string[] = [];
  let y = PAD;

  parts.push(`<text x="${PAD}" y="${y + 36}" font-size="38" font-weight="700" fill="${text}">${escapeXml(meta.title)}</text>`);
  y += 56;
  for (const line of wrapText(meta.filters, 120)) {
    parts.push(`<text x="${PAD}" y="${y + 20}" font-size="20" fill="${muted}">${escapeXml(line)}</text>`);
    y += 28;
  }
  y += 16;

  const serializer = new XMLSerializer();
  for (const chart of charts) {
    // The chart's heading and legend are HTML beside the SVG; restate them in the image.
    const heading = chart.closest('.subchart')?.querySelector('.subchart__title')?.textContent?.trim();
    if (heading && charts.length > 1) {
      parts.push(`<text x="${PAD}" y="${y + 24}" font-size="26" font-weight="650" fill="${text}">${escapeXml(heading)}</text>`);
      y += 40;
    }
    // The chart's takeaway line, as the page shows it above the chart.
    const takeaway = chart.closest('figure')?.querySelector('.chart__takeaway')?.textContent?.trim();
    for (const line of takeaway ? wrapText(takeaway, 130) : []) {
      parts.push(`<text x="${PAD}" y="${y + 18}" font-size="19" fill="${text}">${escapeXml(line)}</text>`);
      y += 26;
    }
    if (takeaway) y += 8;
    const box = chart.getBoundingClientRect();
    const w = box.width || Number(chart.getAttribute('width')) || inner;
    const h = box.height || Number(chart.getAttribute('height')) || 300;
    const scale = Math.min(inner / w, MAX_CHART_SCALE);
    const clone = chart.cloneNode(true) as SVGSVGElement;
    inlineStyles(chart, clone);
    clone.setAttribute('x', String(PAD));
    clone.setAttribute('y', String(y));
    clone.setAttribute('width', String(Math.round(w * scale)));
    clone.setAttribute('height', String(Math.round(h * scale)));
    clone.setAttribute('viewBox', `0 0 ${w} ${h}`);
    clone.setAttribute('overflow', 'visible');
    clone.removeAttribute('style');
    parts.push(serializer.serializeToString(clone));
    y += Math.round(h * scale) + 16;
    const legend = legendItems(chart);
    if (legend.length) {
      let x = PAD;
      for (const item of legend) {
        const width = 30 + item.label.length * 10;
        if (x + width > IMAGE_WIDTH - PAD) {
          x = PAD;
          y += 30;
        }
        parts.push(
          item.look === 'hollow'
            ? `<path d="M${x + 9} ${y + 2}l8 9-8 9-8-9z" fill="none" stroke="${item.color}" stroke-width="2"/>`
            : item.look === 'dashed'
              ? `<rect x="${x + 1}" y="${y + 3}" width="16" height="16" fill="none" stroke="${item.color}" stroke-width="2" stroke-dasharray="4 2"/>`
              : `<rect x="${x}" y="${y + 2}" width="18" height="18" rx="3" fill="${item.color}"/>`,
        );
        parts.push(`<text x="${x + 26}" y="${y + 17}" font-size="18" fill="${text}">${escapeXml(item.label)}</text>`);
        x += width + 24;
      }
      y += 34;
    }
    y += 16;
  }

  for (const item of meta.lines ?? []) {
    wrapText(item, 120).forEach((line, i) => {
      parts.push(`<text x="${PAD + (i ? 24 : 0)}" y="${y + 18}" font-size="19" fill="${text}">${escapeXml(line)}</text>`);
      y += 26;
    });
    y += 6;
  }
  y += 8;
  parts.push(`<text x="${PAD}" y="${y + 18}" font-size="18" font-weight="700" fill="${muted}">Sources</text>`);
  y += 28;
  for (const source of meta.sources) {
    for (const line of wrapText(source, 140)) {
      parts.push(`<text x="${PAD}" y="${y + 16}" font-size="16" fill="${muted}">${escapeXml(line)}</text>`);
      y += 22;
    }
  }
  y += 10;
  for (const line of wrapText(`View: ${meta.url}`, 140)) {
    parts.push(`<text x="${PAD}" y="${y + 16}" font-size="16" fill="${muted}">${escapeXml(line)}</text>`);
    y += 22;
  }
  const height = y + PAD;
  const svg = `<svg xmlns="${NS}" width="${IMAGE_WIDTH}" height="${height}" viewBox="0 0 ${IMAGE_WIDTH} ${height}" font-family="${escapeXml(fontFamily)}"><rect width="100%" height="100%" fill="${background}"/>${parts.join('')}</svg>`;
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
