import type { Page } from '@playwright/test';

export interface LowContrastText {
  text: string;
  ratio: number;
  foreground: string;
  background: string;
}

/**
 * Chart text is SVG, which axe's colour-contrast rule does not check. This measures every
 * visible chart label against what is drawn behind it: the bar it sits inside, else the first
 * HTML ancestor with a background. Text on a pattern (a hatched bar) cannot be measured and is
 * reported with ratio 0.
 */
export function lowContrastChartText(page: Page, minimum = 4.5): Promise<LowContrastText[]> {
  return page.evaluate((min) => {
    type Rgb = [number, number, number];
    const parse = (c: string): [number, number, number, number] | null => {
      const m = c.match(/[\d.]+/g);
      if (!m || m.length < 3) return null;
      const [r, g, b, a = 1] = m.map(Number);
      // color-mix() computes to color(srgb r g b / a), each channel from 0 to 1.
      const k = c.startsWith('color(srgb') ? 255 : 1;
      return [r! * k, g! * k, b! * k, a];
    };
    const lum = (c: Rgb) => {
      const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]);
    };
    const contrast = (a: Rgb, b: Rgb) => {
      const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    const over = (fg: Rgb, alpha: number, bg: Rgb): Rgb => [0, 1, 2].map((i) => fg[i]! * alpha + bg[i]! * (1 - alpha)) as Rgb;
    const htmlBackground = (el: Element): Rgb => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        if (e instanceof SVGElement) continue;
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c && c[3] > 0) return [c[0], c[1], c[2]];
      }
      return [255, 255, 255];
    };
    const opacity = (el: Element) => {
      let o = 1;
      for (let e: Element | null = el; e; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
      return o;
    };
    const failures: { text: string; ratio: number; foreground: string; background: string }[] = [];
    for (const text of document.querySelectorAll<SVGTextElement>('.recharts-wrapper svg text')) {
      const label = text.textContent?.trim();
      const box = text.getBoundingClientRect();
      if (!label || box.width === 0 || getComputedStyle(text).visibility === 'hidden') continue;
      const style = getComputedStyle(text);
      const fill = parse(style.fill);
      if (!fill) continue;
      const cx = box.x + box.width / 2;
      const cy = box.y + box.height / 2;
      // The bar as drawn, not the transparent area above it that answers a tap.
      const under = [...text.ownerSVGElement!.querySelectorAll('.bar rect:not(.hit-area)')].find((bar) => {
        const b = bar.getBoundingClientRect();
        return b.left <= box.left && b.right >= box.right && b.top <= cy && b.bottom >= cy && cx > b.left;
      });
      let background = htmlBackground(text);
      if (under) {
        const barFill = getComputedStyle(under).fill;
        const c = parse(barFill);
        if (!c || barFill.startsWith('url(')) {
          failures.push({ text: label, ratio: 0, foreground: style.fill, background: barFill });
          continue;
        }
        background = over([c[0], c[1], c[2]], c[3] * Number(getComputedStyle(under).fillOpacity), background);
      }
      // A halo in one colour lies under the glyphs: that is what they are read against (a white
      // halo under white type inside a bar leaves it unreadable).
      const halo = parse(style.stroke);
      if (halo && parseFloat(style.strokeWidth) > 0) background = over([halo[0], halo[1], halo[2]], halo[3], background);
      const foreground = over([fill[0], fill[1], fill[2]], fill[3] * opacity(text) * Number(style.fillOpacity), background);
      const ratio = contrast(foreground, background);
      if (ratio < min)
        failures.push({
          text: label,
          ratio: Math.round(ratio * 100) / 100,
          foreground: style.fill,
          background: `rgb(${background.map(Math.round).join(', ')})`,
        });
    }
    return failures;
  }, minimum);
}
