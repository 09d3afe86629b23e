/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { EMBED_PAGE } from './src/state/embed-page.ts';

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
 * embed.html is the same page as index.html (the same app reads `embed=` from the link), served
 * under its own name so hosts can send it headers that allow framing. The build writes the copy;
 * the dev server answers for it; the preview server sends each page its headers.
 */
function embedPage(): Plugin {
  const headersFor = (url: string | undefined) => (new URL(url ?? '/', 'http://x').pathname.endsWith(`/${EMBED_PAGE}`) ? EMBED_HEADERS : HOST_HEADERS);
  return {
    name: 'embed-page',
    enforce: 'post',
    generateBundle(_, bundle) {
      const page = bundle['index.html'];
      if (page?.type === 'asset') this.emitFile({ type: 'asset', fileName: EMBED_PAGE, source: page.source });
    },
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        if (req.url && new URL(req.url, 'http://x').pathname.endsWith(`/${EMBED_PAGE}`)) req.url = req.url.replace(EMBED_PAGE, 'index.html');
        next();
      });
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        for (const [name, value] of Object.entries(headersFor(req.url))) res.setHeader(name, value);
        next();
      });
    },
  };
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
 * preview needs as absolute addresses. Without it the build writes none rather than broken ones.
 */
export function siteUrl(): Plugin {
  return {
    name: 'site-url',
    apply: 'build',
    transformIndexHtml: () => {
      const raw = process.env.SITE_URL;
      // Without an absolute address there is no image to point to: a text card only.
      if (!raw) return [{ tag: 'meta', attrs: { name: 'twitter:card', content: 'summary' }, injectTo: 'head' }];
      const url = new URL(raw);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL must be an http(s) address, not ${raw}`);
      // The title slide's preview (npm run previews), drawn by the app itself at 1200×630.
      const image = new URL('previews/title.png', url).href;
      return [
        { tag: 'meta', attrs: { property: 'og:url', content: url.href }, injectTo: 'head' },
        { tag: 'link', attrs: { rel: 'canonical', href: url.href }, injectTo: 'head' },
        { tag: 'meta', attrs: { property: 'og:image', content: image }, injectTo: 'head' },
        { tag: 'meta', attrs: { property: 'og:image:width', content: '1200' }, injectTo: 'head' },
        { tag: 'meta', attrs: { property: 'og:image:height', content: '630' }, injectTo: 'head' },
        { tag: 'meta', attrs: { property: 'og:image:alt', content: 'Xiaomi in figures: key figures from five published articles' }, injectTo: 'head' },
        { tag: 'meta', attrs: { name: 'twitter:card', content: 'summary_large_image' }, injectTo: 'head' },
        { tag: 'meta', attrs: { name: 'twitter:image', content: image }, injectTo: 'head' },
      ];
    },
  };
}

// base './' makes every asset and the dataset URL relative, so the same build works when
// served from the site root or from any sub-path (GitHub Pages, an S3 prefix, an intranet folder).
export default defineConfig({
  base: './',
  plugins: [
    react(),
    contentSecurityPolicy(),
    siteUrl(),
    embedPage(),
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
    // and cost requests; everything else stays in chunks loaded on demand.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'vendor', tags: ['$initial'], test: /node_modules/ },
            { name: 'app', tags: ['$initial'] },
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
