import { describe, expect, it } from 'vitest';
import { embedPanelOf, isEmbedPath, pageForView, panelOfView } from '../../src/state/pages.ts';

const view = { embed: null, slide: null, deck: 'panels', focus: null } as const;

describe('the page a link names', () => {
  it('is the panel a view centres on: its embed, its panel slide, a saved slide of a focused view, or its focus', () => {
    expect(panelOfView(view)).toBeNull();
    expect(panelOfView({ ...view, focus: 'regions' })).toBe('regions');
    expect(panelOfView({ ...view, slide: 1 })).toBeNull();
    expect(panelOfView({ ...view, slide: 3 })).toBe('revenue');
    expect(panelOfView({ ...view, slide: 5, focus: 'shipments' })).toBe('goals');
    expect(panelOfView({ ...view, slide: 9 })).toBeNull();
    expect(panelOfView({ ...view, deck: 'saved', slide: 2 })).toBeNull();
    expect(panelOfView({ ...view, deck: 'saved', slide: 2, focus: 'goals' })).toBe('goals');
    expect(panelOfView({ ...view, embed: 'revenue', focus: 'goals' })).toBe('revenue');
  });

  it("is the panel's page in the folder of the page open now, or the folder itself", () => {
    expect(pageForView('/xiaomi/', { ...view, slide: 2 })).toBe('/xiaomi/shipments.html');
    expect(pageForView('/xiaomi/shipments.html', { ...view, slide: 1 })).toBe('/xiaomi/');
    expect(pageForView('/index.html', { ...view, focus: 'goals' })).toBe('/goals.html');
    expect(pageForView('/revenue.html', view)).toBe('/');
  });

  it('keeps an embed page an embed page', () => {
    expect(pageForView('/x/embed.html', { ...view, embed: 'regions' })).toBe('/x/embed-regions.html');
    expect(pageForView('/x/embed-regions.html', view)).toBe('/x/embed-regions.html');
    expect(pageForView('/x/embed.html', view)).toBe('/x/embed.html');
    // A link to the page that embeds a panel moves to that panel's embed page, not its full page.
    expect(pageForView('/x/', { ...view, embed: 'regions' })).toBe('/x/embed-regions.html');
    expect(pageForView('/x/revenue.html', { ...view, embed: 'goals', focus: 'revenue' })).toBe('/x/embed-goals.html');
    expect(isEmbedPath('/x/embed-goals.html')).toBe(true);
    expect(isEmbedPath('/x/goals.html')).toBe(false);
    expect(isEmbedPath('/x/embed-nothing.html')).toBe(false);
  });

  it('gives an embed page without embed= its own panel, and embed.html the first', () => {
    expect(embedPanelOf('/x/embed-goals.html')).toBe('goals');
    expect(embedPanelOf('/x/embed.html')).toBe('shipments');
  });
});
