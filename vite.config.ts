/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

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

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}

/**
 * src/boot.ts is an entry of its own, loaded `async` so it runs as soon as it arrives: it starts
 * the dataset download (and, for a large file, the worker that reads it) while the browser is
 * still compiling React and recharts. A second script in index.html would be folded into the
 * app's entry and wait for the libraries like the rest, so the script is added here, and the
 * modules it needs form a chunk of their own (BOOT_MODULES). The build fails if that chunk
 * would import another (and wait for it) or grows past BOOT_LIMIT_BYTES (the bundler moves a
 * library the boot script imports into it rather than make it wait).
 */
const BOOT_MODULES =
  /\/src\/(boot|data\/(download-dataset|request-dataset|dataset-worker-client|dataset-worker-protocol|pack-records|dataset-error|mark))\.ts$/;

const BOOT_LIMIT_BYTES = 8_000;

function bootScript(): Plugin {
  let base = '/';
  let minified = true;
  return {
    name: 'boot-script',
    configResolved(config) {
      base = config.base;
      minified = config.build.minify !== false;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const boot = bundle && Object.values(bundle).find((chunk) => chunk.type === 'chunk' && chunk.isEntry && chunk.name === 'boot');
        const src = boot ? `${base}${boot.fileName}` : '/src/boot.ts';
        const tags = [{ tag: 'script', attrs: { type: 'module', async: true, crossorigin: true, src }, injectTo: 'head' as const }];
        if (!bundle) return tags;
        // In the build, the app's script is preloaded rather than run: the boot script runs it
        // once the dataset's reader is under way (see src/boot.ts).
        const app = Object.values(bundle).find((chunk) => chunk.type === 'chunk' && chunk.isEntry && chunk.name === 'index');
        const script = app && `<script type="module" crossorigin src="${base}${app.fileName}"></script>`;
        if (!script || !html.includes(script)) this.error(`index.html has no script tag for the app's entry chunk to hand to src/boot.ts`);
        return { html: html.replace(script, `<link rel="modulepreload" crossorigin href="${base}${app.fileName}" data-app-entry>`), tags };
      },
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry || chunk.name !== 'boot') continue;
        const waitsFor = [...chunk.imports, ...chunk.dynamicImports];
        if (waitsFor.length) {
          this.error(`src/boot.ts must not import other chunks (${waitsFor.join(', ')}): add the modules it needs to BOOT_MODULES in vite.config.ts`);
        }
        // The limit is for the shipped (minified) chunk; a profiling build with --minify false is larger.
        if (minified && chunk.code.length > BOOT_LIMIT_BYTES) {
          this.error(
            `the boot chunk is ${chunk.code.length} bytes (limit ${BOOT_LIMIT_BYTES}): src/boot.ts now pulls in ${chunk.moduleIds.filter((id) => !BOOT_MODULES.test(id)).join(', ') || 'more code'}`,
          );
        }
      }
    },
  };
}

/**
 * V8's explicit compile hint (Chrome 136 and later): a script that opens with this comment has
 * all its functions compiled as it loads, on a background thread, instead of each one on the
 * page's thread the first time it runs. Nearly all of the code in these chunks runs while the
 * charts are first drawn, and compiling it function by function cost the page's thread about
 * 0.25 s at 4x CPU throttling. Other engines read a comment.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

function compileHints(): Plugin {
  return {
    name: 'compile-hints',
    apply: 'build',
    enforce: 'post',
    // After Vite's own changes to the chunks (its list of preloads goes on the first line), so
    // the comment opens every file: functions before it would be left alone.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk') continue;
          chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
          // The source map (already emitted as a file of its own) moves down a line with the code.
          const map = bundle[`${chunk.fileName}.map`];
          if (map?.type === 'asset' && typeof map.source === 'string') {
            const json = JSON.parse(map.source) as { mappings: string };
            map.source = JSON.stringify({ ...json, mappings: `;${json.mappings}` });
          }
        }
      },
    },
  };
}

// base './' makes every asset and the dataset URL relative, so the same build works when
// served from the site root or from any sub-path (GitHub Pages, an S3 prefix, an intranet folder).
export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy(), bootScript(), compileHints()],
  build: {
    target: 'es2022',
    sourcemap: true,
    // What the first view needs loads as two files: the libraries (cached across releases) and
    // the app. Left to itself the bundler split it into eleven files, which compressed 7 KiB worse
    // and cost requests; everything else stays in chunks loaded on demand.
    rolldownOptions: {
      input: { index: 'index.html', boot: 'src/boot.ts' },
      output: {
        codeSplitting: {
          groups: [
            { name: 'boot', test: BOOT_MODULES },
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
  },
});
