/**
 * Which value labels a chart of columns can show. A label that fits the room its period gives
 * it is shown, as always. One wider than that (a phone: "18.7m" over a 30 px period) may still
 * reach over a neighbouring column where nothing is in its way: that column's own bar and label
 * stand lower or further off. It never reaches into a period without a column, where a target,
 * its label or a gap's words may stand.
 */

/** One period as its value label sees it. Heights are px above the value axis's zero. */
export interface LabelColumn {
  /** The top of the period's column; null where none stands. */
  top: number | null;
  /** The top of anything else drawn in the period that a label must clear (a target's dash); null where nothing is. */
  reach: number | null;
  /** The label's width; null where the column has no label. */
  width: number | null;
  /** The width the label may take without looking round: its period, or more beside empty ones. */
  room: number;
}

export interface ColumnGeometry {
  /** A period's width. */
  slot: number;
  /** A column's width. */
  bar: number;
  /** Where a label keeps within, from the plot's left edge: the chart's edges, as BarLabel draws it. */
  from: number;
  to: number;
  /** From a column's top to its label's baseline. */
  lift: number;
  /** The labels' type size. */
  font: number;
  /** How far a target's dash runs past the sides of a column standing in its period. */
  dash: number;
}

/**
 * Clear space kept between a label's characters and anything it passes: its halo, 0.55em of
 * stroke (charts.css), would otherwise cut into a neighbour's label or column.
 */
const HALO = 0.275;
/** labelWidth is an estimate, and runs short of wide fonts' figures ("7.2m" is 33.8 px in DejaVu Sans, not 30.4). */
const WIDTH_SLACK = 1.1;

interface Box {
  left: number;
  right: number;
  bottom: number;
  top: number;
}

const overlaps = (a: Box, b: Box, clear: number) =>
  a.left < b.right + clear && b.left < a.right + clear && a.bottom < b.top + clear && b.bottom < a.top + clear;

/** For each column, whether its value label is drawn. */
export function shownColumnLabels(columns: readonly LabelColumn[], g: ColumnGeometry): boolean[] {
  const labelBox = (i: number): Box | null => {
    const { top, width: estimate } = columns[i]!;
    if (top === null || estimate === null) return null;
    const width = estimate * WIDTH_SLACK;
    // Centred over its column, but kept inside the chart, as the label is drawn (BarLabel).
    const centre = Math.min(Math.max((i + 0.5) * g.slot, g.from + width / 2), g.to - width / 2);
    // From the foot of its descenders to the top of its figures.
    return { left: centre - width / 2, right: centre + width / 2, bottom: top + g.lift - 0.2 * g.font, top: top + g.lift + 0.75 * g.font };
  };
  const shown = columns.map((c) => c.top !== null && c.width !== null && c.width <= c.room);
  // The tallest columns' labels first: they stand highest, clear of most of what is beside them.
  const rest = columns
    .map((_, i) => i)
    .filter((i) => !shown[i] && labelBox(i) !== null)
    .sort((a, b) => columns[b]!.top! - columns[a]!.top!);
  const clear = HALO * g.font;
  for (const i of rest) {
    const box = labelBox(i)!;
    // Not over the value axis's figures, which end a few px short of the plot.
    const free =
      box.left >= -clear &&
      columns.every((c, j) => {
        if (j === i) return true;
        const slot = { left: j * g.slot, right: (j + 1) * g.slot };
        // A period without a column of its own is not lent: its target or gap words may stand anywhere in it.
        if (c.top === null) return box.right <= slot.left || box.left >= slot.right;
        const centre = (j + 0.5) * g.slot;
        const half = g.bar / 2 + (c.reach === null ? 0 : g.dash);
        const column: Box = { left: centre - half, right: centre + half, bottom: 0, top: Math.max(c.top, c.reach ?? 0) };
        if (overlaps(box, column, clear)) return false;
        const other = shown[j] ? labelBox(j) : null;
        return !other || !overlaps(box, other, clear);
      });
    if (free) shown[i] = true;
  }
  return shown;
}

/** Two bars standing side by side in a period, as a value label over one of them sees them. Heights are px above zero. */
export interface BarPair {
  /** The top of the labelled bar, and its label's width. */
  top: number;
  width: number;
  /** The other bar's top; null where it has no figure. */
  neighbour: number | null;
  /** The bars' width, and the space the period leaves on each side of the pair. */
  bar: number;
  beside: number;
}

/**
 * Where a label over one of two bars side by side is drawn: how far outward from the pair it
 * moves off its bar's centre (0: centred), or null where it is not drawn. One as wide as its bar
 * is centred. A wider one ("≈16.0bn" over a 49 px bar at 1280 px) is centred all the same where
 * it can be: it reaches outward into the space beside the pair, never more than that space, so a
 * label over the next period's pair keeps clear; and inward over the other bar only where it
 * stands clear above that bar and the label over it. Where it cannot reach inward (the other bar
 * is as tall: 19.3bn beside 19.1bn on a phone), its inner edge stands over its bar's, all its
 * extra width outward.
 */
export function pairLabelPlace(p: BarPair, g: Pick<ColumnGeometry, 'lift' | 'font'>): number | null {
  if (p.width <= p.bar) return 0;
  const room = p.beside - HALO * g.font;
  const extra = p.width * WIDTH_SLACK - p.bar;
  const bottom = p.top + g.lift - 0.2 * g.font;
  const overOther = p.neighbour === null || bottom >= p.neighbour + g.lift + 0.75 * g.font + HALO * g.font;
  if (overOther && extra / 2 <= room) return 0;
  return extra <= room ? extra / 2 : null;
}
