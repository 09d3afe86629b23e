import type { Locator, Page } from '@playwright/test';

interface Box {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Pairs of visible elements whose boxes cover each other by more than a pixel each way. */
export async function overlappingBoxes(locators: readonly Locator[]): Promise<string[]> {
  const boxes: Box[] = [];
  for (const locator of locators) {
    for (const element of await locator.all()) {
      if (!(await element.isVisible())) continue;
      const box = await element.boundingBox();
      const name = ((await element.getAttribute('aria-label')) ?? (await element.textContent()) ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      if (box && box.width > 0 && box.height > 0) boxes.push({ name, ...box });
    }
  }
  const overlaps: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const dx = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const dy = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (dx > 1 && dy > 1) overlaps.push(`"${a.name}" overlaps "${b.name}" (${Math.round(dx)}×${Math.round(dy)} px)`);
    }
  }
  return overlaps;
}

/**
 * Chart text that a reader cannot read: labels, ticks and event flags and series markers drawn over each other,
 * axis labels that run together, or
 * text outside what can be seen (past the panel or slide, or past the scroll range of a chart
 * that scrolls sideways: SVG that spills out of its box does not extend the scroll range).
 */
export function unreadableChartText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    for (const svg of document.querySelectorAll<SVGSVGElement>('.recharts-wrapper svg.recharts-surface')) {
      const frame = svg.closest('.panel, .deck');
      if (!frame) continue;
      const where = svg.closest('[aria-labelledby], .deck')?.querySelector('h2')?.textContent ?? 'chart';
      const scroller = svg.closest<HTMLElement>('.chart-scroll');
      const scrolls = scroller !== null && scroller.scrollWidth > scroller.clientWidth;
      let left: number;
      let right: number;
      if (scrolls) {
        left = scroller.getBoundingClientRect().left - scroller.scrollLeft;
        right = left + scroller.scrollWidth;
      } else {
        const box = frame.getBoundingClientRect();
        left = Math.max(box.left, 0);
        right = Math.min(box.right, document.documentElement.clientWidth);
      }
      // Wrapped tick labels are one <text> with a <tspan> per line: compare the lines.
      const texts = [...svg.querySelectorAll('text')].flatMap((t) => (t.querySelector('tspan') ? [...t.querySelectorAll('tspan')] : [t]));
      const items = [...texts, ...svg.querySelectorAll('.event-flag path, .series-marker')]
        .map((el) => ({ el, box: el.getBoundingClientRect(), text: el.textContent?.trim() || el.getAttribute('class') || 'mark' }))
        .filter((i) => i.box.width > 0 && i.box.height > 0);
      // An <svg> inside HTML clips what it draws past its own box, too.
      const own = svg.getBoundingClientRect();
      for (const i of items) {
        if (i.box.left < Math.max(left, own.left) - 1 || i.box.right > Math.min(right, own.right) + 1) problems.push(`${where}: "${i.text}" is cut off`);
      }
      for (let a = 0; a < items.length; a++) {
        for (let b = a + 1; b < items.length; b++) {
          const p = items[a]!;
          const q = items[b]!;
          if (p.el.parentElement === q.el.parentElement && p.el.tagName === 'tspan') continue;
          const dx = Math.min(p.box.right, q.box.right) - Math.max(p.box.left, q.box.left);
          const dy = Math.min(p.box.bottom, q.box.bottom) - Math.max(p.box.top, q.box.top);
          if (dx > 2 && dy > 2) problems.push(`${where}: "${p.text}" overlaps "${q.text}"`);
          // Axis labels closer than 4 px read as one word ("75%100%").
          else if (dy > 2 && dx > -4 && p.el.classList.contains('axis-tick') && q.el.classList.contains('axis-tick')) {
            problems.push(`${where}: "${p.text}" runs into "${q.text}"`);
          }
        }
      }
    }
    return problems;
  });
}

/** Whether the page scrolls sideways: content wider than the viewport. */
export function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/**
 * How many pixels differ between two PNG screenshots of the same size by more than `threshold`
 * in a channel (past anti-aliasing by default; lower to see a faint gridline). Decoded in the page.
 */
export function changedPixels(page: Page, a: Buffer, b: Buffer, threshold = 48): Promise<number> {
  return page.evaluate(
    async ([x64, y64, least]) => {
      const pixels = async (base64: string) => {
        const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      };
      const [x, y] = await Promise.all([pixels(x64), pixels(y64)]);
      let count = 0;
      for (let i = 0; i < x.length; i += 4) {
        const channels = [0, 1, 2].map((c) => Math.abs((x[i + c] ?? 0) - (y[i + c] ?? 0)));
        if (Math.max(...channels) > least) count += 1;
      }
      return count;
    },
    [a.toString('base64'), b.toString('base64'), threshold] as const,
  );
}
