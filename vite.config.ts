/// <reference types="vitest/config" />
import { defineConfig, type HtmlTagDescriptor, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { isEmbedPath, isSitePage, pageTitle, panelPage, SITE_PAGES } from './src/state/pages.ts';
import { PANEL_TITLES, type PanelKey } from './src/state/view-state.ts';

/**
 * The built page's Content-Security-Policy: scripts, styles, data and workers from the page's
 * own origin only; no inline script, no eval. Images may also be blob: or data: URLs, which the
 * PNG export draws through. Delivered as a <meta> tag so it holds on any static host; the dev
 * server goes without, since Vite injects inline scripts there.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * What a host should send with every page, since a <meta> policy cannot forbid framing
 * (frame-ancestors) or set the other headers. `vite preview` sends them; public/_headers
 * carries them for static hosts that read that file (Netlify, Cloudflare Pages), and
 * docs/hosting.md gives the same for nginx. tests/app/host-headers.test.ts keeps all three equal.
 */
export const HOST_HEADERS: Record<string, string> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** The embed page is the one any site may frame (docs/embedding.md); everything else stays unframeable. */
export const EMBED_HEADERS: Record<string, string> = { ...HOST_HEADERS, 'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors *` };

/**
 * The pages besides index.html (src/state/pages.ts): embed.html, and each panel's page and embed
 * page. All are index.html under another name, the panel pages with that panel's title and
 * preview image, so hosts can send embed pages other headers and a pasted link previews its
 * panel. The build writes the copies; the dev server answers them; the preview server sends
 * each page its headers.
 */
function sitePages(): Plugin {
  const pathOf = (url: string | undefined) => new URL(url ?? '/', 'http://x').pathname;
  return {
    name: 'site-pages',
    enforce: 'post',
    generateBundle(_, bundle) {
      const page = bundle['index.html'];
      if (page?.type !== 'asset') return;
      const html = String(page.source);
      for (const { file, panel } of SITE_PAGES) this.emitFile({ type: 'asset', fileName: file, source: panel ? panelHtml(html, panel) : html });
    },
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        const path = pathOf(req.url);
        if (req.url && isSitePage(path)) req.url = req.url.replace(path, path.replace(/[^/]*$/, 'index.html'));
        next();
      });
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        for (const [name, value] of Object.entries(isEmbedPath(pathOf(req.url)) ? EMBED_HEADERS : HOST_HEADERS)) res.setHeader(name, value);
        next();
      });
    },
  };
}

/** index.html as built, with one panel's title, address and preview image in place of the dashboard's. */
export function panelHtml(html: string, panel: PanelKey): string {
  let out = html.replace(`<meta property="og:title" content="${pageTitle(null)}"`, `<meta property="og:title" content="${pageTitle(panel)}"`);
  out = out.replace(/<title>[^<]*<\/title>/, `<title>${pageTitle(panel)}</title>`);
  const site = siteAddress();
  if (site) {
    // Each attribute of the dashboard's preview tags becomes the panel's.
    const [mine, theirs] = [previewTags(site, panel), previewTags(site, null)];
    theirs.forEach((tag, i) => {
      for (const [key, value] of Object.entries(tag.attrs)) out = out.replaceAll(`${key}="${value}"`, `${key}="${mine[i]!.attrs[key]}"`);
    });
  }
  if (!out.includes(`content="${pageTitle(panel)}"`)) throw new Error(`index.html has no og:title for the ${panel} page to take`);
  return out;
}

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}

/**
 * Where the site is published (SITE_URL=https://example.org/xiaomi/), for the tags a link
 * preview needs as absolute addresses; undefined without it.
 */
function siteAddress(): URL | undefined {
  const raw = process.env.SITE_URL;
  if (!raw) return undefined;
  const url = new URL(raw);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL must be an http(s) address, not ${raw}`);
  return url;
}

/** The preview tags of the dashboard's page (panel null) or a panel's page: its address and its image (npm run previews). */
export function previewTags(site: URL, panel: PanelKey | null): (HtmlTagDescriptor & { attrs: Record<string, string> })[] {
  const url = new URL(panel ? panelPage(panel) : '', site).href;
  const image = new URL(`previews/${panel ?? 'title'}.png`, site).href;
  const alt = panel ? `${PANEL_TITLES[panel]}: its chart and figures, each with its source` : 'Xiaomi in figures: key figures from five published articles';
  return [
    { tag: 'meta', attrs: { property: 'og:url', content: url }, injectTo: 'head' },
    { tag: 'link', attrs: { rel: 'canonical', href: url }, injectTo: 'head' },
    { tag: 'meta', attrs: { property: 'og:image', content: image }, injectTo: 'head' },
    { tag: 'meta', attrs: { property: 'og:image:width', content: '1200' }, injectTo: 'head' },
    { tag: 'meta', attrs: { property: 'og:image:height', content: '630' }, injectTo: 'head' },
    { tag: 'meta', attrs: { property: 'og:image:alt', content: alt }, injectTo: 'head' },
    { tag: 'meta', attrs: { name: 'twitter:card', content: 'summary_large_image' }, injectTo: 'head' },
    { tag: 'meta', attrs: { name: 'twitter:image', content: image }, injectTo: 'head' },
  ];
}

/** The dashboard's preview tags; without SITE_URL the build writes none rather than broken ones, and a text card only. */
export function siteUrl(): Plugin {
  return {
    name: 'site-url',
    apply: 'build',
    transformIndexHtml: () => {
      const site = siteAddress();
      return site ? previewTags(site, null) : [{ tag: 'meta', attrs: { name: 'twitter:card', content: 'summary' }, injectTo: 'head' }];
    },
  };
}

// base './' makes every asset and the dataset URL relative, so the same build works when
// served from the site root or from any sub-path (GitHub Pages, an S3 prefix, an intranet folder).
export default defineConfig({
  base: './',
  // The dataset worker is a module worker, so it can load the code for a user's file only when one is opened.
  worker: { format: 'es' },
  plugins: [
    react(),
    contentSecurityPolicy(),
    siteUrl(),
    sitePages(),
    // Offline: a Workbox service worker keeps the app, its chunks and the published datasets, so a
    // dashboard opened once opens and presents again without the network. Registered by the app
    // after the first chart (src/app/service-worker.ts); a new build waits until the user reloads.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,json}'],
        // Synthetic benchmark data is never part of a published site.
        globIgnores: ['data/generated/**'],
        // Any address of the page (with its view in the query) opens from the kept page.
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: true,
    // What the first view needs loads as two files: the libraries (cached across releases) and
    // the app. Left to itself the bundler split it into eleven files, which compressed 7 KiB worse
    // and cost requests. The other three panels, requested as the page renders, are one file with
    // what only they use (twelve files before, 4.8 KiB more); everything else stays in chunks
    // loaded on demand.
    rolldownOptions: {
      output: {
        // V8's compile hint: a chunk's functions compile as it loads, on a background thread,
        // rather than one by one on the page's thread when first called (nearly all of them run
        // as the charts are first drawn). Loads alternating with and without it, at 4x CPU
        // throttling: first chart 55 to 145 ms sooner, all four panels 115 to 415 ms.
        postBanner: '//# allFunctionsCalledOnLoad',
        codeSplitting: {
          groups: [
            { name: 'vendor', tags: ['$initial'], test: /node_modules/ },
            { name: 'app', tags: ['$initial'] },
            { name: 'panels', test: /src\/features\/(revenue|regions|goals)\/[a-z]+-panel\.tsx$/, includeDependenciesRecursively: true },
          ],
        },
      },
    },
    // The vendor chunk is react-dom and recharts (about 600 kB before compression); the benchmark
    // budgets what matters, the compressed bytes before the first chart.
    chunkSizeWarningLimit: 700,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    restoreMocks: true,
    // Tests wait for what a user sees (findBy, waitFor up to 10 s, tests/setup.ts); with both
    // cores busy that can take a while, and a test must not fail for it.
    testTimeout: 30_000,
  },
});
