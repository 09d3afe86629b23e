// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SITE_PAGES } from '../../src/state/pages.ts';
import { CONTENT_SECURITY_POLICY, EMBED_HEADERS, HOST_HEADERS, panelHtml, siteUrl } from '../../vite.config.ts';

/** The headers a _headers file gives one path: every block whose pattern matches it, merged as hosts do. */
function headersFor(text: string, path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let matches = false;
  for (const line of text.split('\n')) {
    if (/^\//.test(line)) {
      const pattern = line.trim();
      matches = pattern === path || (pattern.endsWith('*') && path.startsWith(pattern.slice(0, -1)));
    } else if (matches && /^\s+\S+:/.test(line)) {
      const at = line.indexOf(':');
      headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return headers;
}

/** The nginx lines of docs/hosting.md, by location. */
function nginxFor(location: string): Record<string, string> {
  const doc = readFileSync('docs/hosting.md', 'utf8');
  const block = doc.slice(doc.indexOf(`location ${location} {`));
  const body = block.slice(0, block.indexOf('}'));
  return Object.fromEntries([...body.matchAll(/add_header (\S+) "([^"]+)" always;/g)].map((m) => [m[1], m[2]]));
}

describe('the headers a host should send', () => {
  it('forbid framing and keep the page policy, which a <meta> tag cannot extend to framing', () => {
    expect(HOST_HEADERS['Content-Security-Policy']).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
    expect(HOST_HEADERS['X-Content-Type-Options']).toBe('nosniff');
  });

  it('let any site frame the embed page, and only it, with the same policy otherwise', () => {
    expect(EMBED_HEADERS).toEqual({ ...HOST_HEADERS, 'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors *` });
  });

  it('are the same in public/_headers, for static hosts that read it', () => {
    const file = readFileSync('public/_headers', 'utf8');
    expect(headersFor(file, '/')).toEqual(HOST_HEADERS);
    expect(headersFor(file, '/index.html')).toEqual(HOST_HEADERS);
    for (const page of SITE_PAGES) expect(headersFor(file, `/${page.file}`), page.file).toEqual(page.embed ? EMBED_HEADERS : HOST_HEADERS);
    expect(SITE_PAGES.filter((p) => p.embed).map((p) => p.file)).toEqual([
      'embed.html',
      'embed-shipments.html',
      'embed-revenue.html',
      'embed-regions.html',
      'embed-goals.html',
    ]);
  });

  it('are the same in the nginx lines of docs/hosting.md', () => {
    expect(nginxFor('/dashboard/')).toEqual(HOST_HEADERS);
    const embedLocation = '~ ^/dashboard/embed(-[a-z]+)?\\.html$';
    expect(nginxFor(embedLocation)).toEqual(EMBED_HEADERS);
    // The location's pattern matches every embed page and no other page.
    const pattern = new RegExp(embedLocation.slice(2));
    for (const page of SITE_PAGES) expect(pattern.test(`/dashboard/${page.file}`), page.file).toBe(page.embed);
    expect(pattern.test('/dashboard/index.html')).toBe(false);
  });
});

describe('link-preview tags', () => {
  const withSiteUrl = <T>(value: string | undefined, run: () => T): T => {
    const before = process.env.SITE_URL;
    if (value === undefined) delete process.env.SITE_URL;
    else process.env.SITE_URL = value;
    try {
      return run();
    } finally {
      if (before === undefined) delete process.env.SITE_URL;
      else process.env.SITE_URL = before;
    }
  };
  const tagsFor = (value: string | undefined) =>
    withSiteUrl(value, () => (siteUrl().transformIndexHtml as unknown as () => { tag: string; attrs: Record<string, string> }[])());

  it('are absolute addresses from SITE_URL, and absent without it', () => {
    expect(tagsFor('https://example.org/xiaomi/').map((t) => t.attrs)).toEqual([
      { property: 'og:url', content: 'https://example.org/xiaomi/' },
      { rel: 'canonical', href: 'https://example.org/xiaomi/' },
      { property: 'og:image', content: 'https://example.org/xiaomi/previews/title.png' },
      { property: 'og:image:width', content: '1200' },
      { property: 'og:image:height', content: '630' },
      { property: 'og:image:alt', content: 'Xiaomi in figures: key figures from five published articles' },
      { name: 'twitter:card', content: 'summary_large_image' },
      { name: 'twitter:image', content: 'https://example.org/xiaomi/previews/title.png' },
    ]);
    expect(tagsFor(undefined).map((t) => t.attrs)).toEqual([{ name: 'twitter:card', content: 'summary' }]);
  });

  it("give each panel's page its own title, address and preview image", () => {
    const site = 'https://example.org/xiaomi/';
    const head = (tags: { tag: string; attrs: Record<string, string> }[]) =>
      `<head><meta property="og:title" content="Xiaomi in figures" /><title>Xiaomi in figures: shipments, revenue, markets and goals</title>${tags
        .map(
          (t) =>
            `<${t.tag} ${Object.entries(t.attrs)
              .map(([k, v]) => `${k}="${v}"`)
              .join(' ')}>`,
        )
        .join('')}</head>`;
    const html = head(tagsFor(site));
    const revenue = withSiteUrl(site, () => panelHtml(html, 'revenue'));
    expect(revenue).toContain('<title>Revenue segments: Xiaomi in figures</title>');
    expect(revenue).toContain('<meta property="og:title" content="Revenue segments: Xiaomi in figures"');
    expect(revenue).toContain('<meta property="og:url" content="https://example.org/xiaomi/revenue.html">');
    expect(revenue).toContain('<link rel="canonical" href="https://example.org/xiaomi/revenue.html">');
    expect(revenue.match(/content="https:\/\/example.org\/xiaomi\/previews\/revenue.png"/g)).toHaveLength(2);
    expect(revenue).not.toContain('title.png');
    // Built without SITE_URL: the panel's title, and still no address.
    const plain = withSiteUrl(undefined, () => panelHtml(head([]), 'goals'));
    expect(plain).toContain('<title>Goal tracking: Xiaomi in figures</title>');
    expect(plain).not.toContain('og:image');
  });

  it('refuse a SITE_URL that is not an http(s) address', () => {
    expect(() => tagsFor('javascript:alert(1)')).toThrow(/must be an http\(s\) address/);
    expect(() => tagsFor('not a url')).toThrow();
  });
});
