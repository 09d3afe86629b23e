// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, HOST_HEADERS, siteUrl } from '../../vite.config.ts';

/** "  Name: value" lines under "/*" in a _headers file. */
function headersFile(text: string): Record<string, string> {
  return Object.fromEntries(
    text
      .split('\n')
      .filter((line) => /^\s+\S+:/.test(line))
      .map((line) => {
        const at = line.indexOf(':');
        return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
      }),
  );
}

describe('the headers a host should send', () => {
  it('forbid framing and keep the page policy, which a <meta> tag cannot extend to framing', () => {
    expect(HOST_HEADERS['Content-Security-Policy']).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
    expect(HOST_HEADERS['X-Content-Type-Options']).toBe('nosniff');
  });

  it('are the same in public/_headers, for static hosts that read it', () => {
    expect(headersFile(readFileSync('public/_headers', 'utf8'))).toEqual(HOST_HEADERS);
  });

  it('are the same in the nginx lines of docs/hosting.md', () => {
    const nginx = Object.fromEntries([...readFileSync('docs/hosting.md', 'utf8').matchAll(/add_header (\S+) "([^"]+)" always;/g)].map((m) => [m[1], m[2]]));
    expect(nginx).toEqual(HOST_HEADERS);
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
    ]);
    expect(tagsFor(undefined)).toEqual([]);
  });

  it('refuse a SITE_URL that is not an http(s) address', () => {
    expect(() => tagsFor('javascript:alert(1)')).toThrow(/must be an http\(s\) address/);
    expect(() => tagsFor('not a url')).toThrow();
  });
});
