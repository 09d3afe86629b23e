/** The page other sites may frame: the same app as index.html, served under its own name so hosts can send it other headers. */
export const EMBED_PAGE = 'embed.html';

/** The message an embedded panel sends its host page whenever its height changes (docs/embedding.md). */
export const EMBED_HEIGHT_MESSAGE = 'xiaomi-dashboard:height';

/** Whether this page was opened as the embed page (it then shows one panel even before the link is read). */
export const isEmbedPage = () => window.location.pathname.endsWith(`/${EMBED_PAGE}`);
