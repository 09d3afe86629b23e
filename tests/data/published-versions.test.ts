import { describe, expect, it } from 'vitest';
import { PUBLISHED, publishedVersion, publishProblems, versionsAfter, type PublishCheck, type PublishedVersions } from '../../src/data/published-versions.ts';

const hash = (c: string) => c.repeat(64);
const registry: PublishedVersions = {
  latest: 'b',
  versions: [
    { id: 'a', published: '2026-11-23', sha256: hash('a'), summary: 'First.' },
    { id: 'b', published: '2026-12-03', sha256: hash('b'), summary: 'Second.' },
  ],
};
const intact = (): PublishCheck => ({
  published: registry,
  files: new Map([
    ['a', { sha256: hash('a'), version: 'a' }],
    ['b', { sha256: hash('b'), version: 'b' }],
  ]),
  current: { sha256: hash('b'), version: 'b' },
  history: [{ latest: 'a', versions: [registry.versions[0]!] }, registry],
});

describe('publishProblems', () => {
  it('passes versions published and left alone', () => {
    expect(publishProblems(intact())).toEqual([]);
  });
  it('refuses a published file changed in place, even when its registry entry is rewritten to match', () => {
    const files = new Map(intact().files).set('a', { sha256: hash('c'), version: 'a' });
    expect(publishProblems({ ...intact(), files })).toEqual([expect.stringMatching(/^data\/versions\/a\.json has changed since version a was published/)]);
    const rewritten: PublishedVersions = { ...registry, versions: [{ ...registry.versions[0]!, sha256: hash('c') }, registry.versions[1]!] };
    expect(publishProblems({ ...intact(), published: rewritten, files })).toEqual([
      expect.stringMatching(/^version a was published with SHA-256 aaaa.*changed in place/),
    ]);
  });
  it('refuses a removed version, an unlisted file, and a current file edited without a new version', () => {
    const files = new Map(intact().files);
    files.delete('a');
    files.set('c', { sha256: hash('c'), version: 'c' });
    expect(publishProblems({ ...intact(), files, current: { sha256: hash('d'), version: 'b' } })).toEqual([
      'version a is published but data/versions/a.json is missing',
      'data/versions/c.json is not a published version: publish it with npm run publish-data or remove it',
      'public/data/xiaomi.json differs from published version b: give it a new version and run npm run publish-data',
    ]);
  });
});

describe('the published registry', () => {
  it('numbers versions in order of publication and knows none it never published', () => {
    expect(publishedVersion(PUBLISHED.versions[0]!.id)?.number).toBe(1);
    expect(publishedVersion(PUBLISHED.latest)?.number).toBe(PUBLISHED.versions.length);
    expect(publishedVersion('1999-01-01.1')).toBeNull();
  });
  it('lists every version published after one, numbered, and none after the latest', () => {
    const after = versionsAfter(PUBLISHED.versions[0]!.id);
    expect(after.map((p) => p.number)).toEqual(PUBLISHED.versions.slice(1).map((_, i) => i + 2));
    expect(after.at(-1)?.id).toBe(PUBLISHED.latest);
    expect(versionsAfter(PUBLISHED.latest)).toEqual([]);
    expect(versionsAfter('1999-01-01.1')).toEqual([]);
  });
});
