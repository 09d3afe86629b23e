/**
 * The pages of the built site. Besides index.html and embed.html, each panel has two of its
 * own, `revenue.html` and `embed-revenue.html`: the same app, written by the build with that
 * panel's title and preview image, so a link pasted into a chat shows the panel it opens.
 * Links follow the view: a view that centres on one panel names that panel's page.
 */
import { PANEL_KEYS, PANEL_TITLES, type PanelKey, type ViewState } from './view-state.ts';

/** The page other sites may frame: the same app as index.html, served under its own name so hosts can send it other headers. */
const EMBED_PAGE = 'embed.html';

/** The message an embedded panel sends its host page whenever its height changes (docs/embedding.md). */
export const EMBED_HEIGHT_MESSAGE = 'xiaomi-dashboard:height';

export const panelPage = (panel: PanelKey) => `${panel}.html`;
export const panelEmbedPage = (panel: PanelKey) => `embed-${panel}.html`;

/** Every page the build writes besides index.html, with the panel it previews (null: the title slide's preview). */
export const SITE_PAGES: readonly { file: string; panel: PanelKey | null; embed: boolean }[] = [
  { file: EMBED_PAGE, panel: null, embed: true },
  ...PANEL_KEYS.flatMap((panel) => [
    { file: panelPage(panel), panel, embed: false },
    { file: panelEmbedPage(panel), panel, embed: true },
  ]),
];

const fileOf = (path: string) => path.slice(path.lastIndexOf('/') + 1);
const pageOf = (path: string) => SITE_PAGES.find((p) => p.file === fileOf(path));

/** Whether a path is one of the pages any site may frame. */
export const isEmbedPath = (path: string) => pageOf(path)?.embed === true;

/** Whether a path is a page the build writes as a copy of index.html (the dev server answers it with index.html). */
export const isSitePage = (path: string) => pageOf(path) !== undefined;

/** The panel an embed page shows when its link does not say (embed.html: the first). */
export const embedPanelOf = (path: string): PanelKey => pageOf(path)?.panel ?? PANEL_KEYS[0];

/** The panel a panel's own page (`revenue.html`, not an embed page) stands for; null for any other page. */
export const panelOfPage = (path: string): PanelKey | null => {
  const page = pageOf(path);
  return page && !page.embed ? page.panel : null;
};

/** Whether this page was opened as an embed page (it then shows one panel even before the link is read). */
export const isEmbedPage = () => isEmbedPath(window.location.pathname);

/**
 * The panel a view centres on: the one it embeds, the panel slide it presents (a saved view's
 * slide shows the panel it focused), or the panel it focuses.
 */
export function panelOfView(view: Pick<ViewState, 'embed' | 'slide' | 'deck' | 'focus'>): PanelKey | null {
  if (view.embed) return view.embed;
  if (view.slide !== null && view.deck === 'panels') return PANEL_KEYS[view.slide - 2] ?? null;
  return view.focus;
}

/**
 * The path of the page for a view, in the folder of `path` (the page open now): its panel's
 * page, or the folder itself. An embed page stays an embed page, and a view that embeds a
 * panel moves to that panel's embed page, whatever page it was opened on.
 */
export function pageForView(path: string, view: Pick<ViewState, 'embed' | 'slide' | 'deck' | 'focus'>): string {
  const folder = path.slice(0, path.lastIndexOf('/') + 1);
  if (isEmbedPath(path) || view.embed) {
    // An embed page without embed= shows its own panel, and stays itself.
    const panel = view.embed ?? pageOf(path)?.panel;
    return `${folder}${panel ? panelEmbedPage(panel) : EMBED_PAGE}`;
  }
  const panel = panelOfView(view);
  return `${folder}${panel ? panelPage(panel) : ''}`;
}

/** What a page's title and preview say: the dashboard's, or one panel's. */
export function pageTitle(panel: PanelKey | null): string {
  return panel ? `${PANEL_TITLES[panel]}: Xiaomi in figures` : 'Xiaomi in figures';
}

/** The browser tab's title for a view: its panel's page title, or index.html's own. */
export function documentTitle(panel: PanelKey | null): string {
  return panel ? pageTitle(panel) : 'Xiaomi in figures: shipments, revenue, markets and goals';
}
