// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, EMBED_HEADERS, HOST_HEADERS, siteUrl } from '../../vite.config.ts';

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
    expect(headersFor(file, '/embed.html')).toEqual(EMBED_HEADERS);
  });

  it('are the same in the nginx lines of docs/hosting.md', () => {
    expect(nginxFor('/dashboard/')).toEqual(HOST_HEADERS);
    expect(nginxFor('= /dashboard/embed.html')).toEqual(EMBED_HEADERS);
  });
});

describe('link-preview tags', () => {
  const tagsFor = (value: string | undefined) => {
    const before = process.env.SITE_URL;
    if (value === undefined) delete process.env.SITE_URL;
    else process.env.SITE_URL = value;
    try {
      const hook = siteUrl().transformIndexHtml as unknown as () => { attrs: Record<string, string> }[];
      return hook();
    } finally {
      if (before === undefined) delete process.env.SITE_URL;
      else process.env.SITE_URL = before;
    }
  };

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

  it('refuse a SITE_URL that is not an http(s) address', () => {
    expect(() => tagsFor('javascript:alert(1)')).toThrow(/must be an http\(s\) address/);
    expect(() => tagsFor('not a url')).toThrow();
  });
});
