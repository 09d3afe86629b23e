/**
 * The dataset versions this site has published. Each stays in the build unchanged
 * (public/data/versions/<id>.json, its SHA-256 recorded here), so a link that carries `v=` opens
 * the figures it was made with. public/data/xiaomi.json is a copy of the latest; `npm run
 * publish-data` adds a version, and `npm run validate-data` refuses one changed in place.
 */
import * as v from 'valibot';
import registry from './published-versions.json';

const VersionId = v.pipe(v.string(), v.regex(/^[\w.-]{1,40}$/, 'must be a short version string'));

export const PublishedVersionsSchema = v.pipe(
  v.strictObject({
    latest: VersionId,
    versions: v.pipe(
      v.array(
        v.strictObject({
          id: VersionId,
          published: v.pipe(v.string(), v.isoDate('must be a date like 2026-12-03')),
          sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in hex')),
          summary: v.pipe(v.string(), v.minLength(1), v.maxLength(400)),
        }),
      ),
      v.minLength(1, 'needs at least one version'),
    ),
  }),
  v.check((r) => r.versions.at(-1)?.id === r.latest, 'latest must be the last version listed'),
);

export type PublishedVersions = v.InferOutput<typeof PublishedVersionsSchema>;
export type PublishedVersion = PublishedVersions['versions'][number];

/** Checked when the app is built and tested: a broken registry fails validate-data, not a reader. */
export const PUBLISHED: PublishedVersions = v.parse(PublishedVersionsSchema, registry);

/** The file a published version is served from, relative to the page. */
export const versionFile = (id: string) => `data/versions/${id}.json`;

/** A published version with its place in the list ("version 2"), or null for an id never published. */
export function publishedVersion(id: string): (PublishedVersion & { number: number }) | null {
  const i = PUBLISHED.versions.findIndex((p) => p.id === id);
  return i < 0 ? null : { ...PUBLISHED.versions[i]!, number: i + 1 };
}

/** The versions published after `id`, oldest first, each with its number; empty for the latest or an unknown id. */
export function versionsAfter(id: string): (PublishedVersion & { number: number })[] {
  const i = PUBLISHED.versions.findIndex((p) => p.id === id);
  return i < 0 ? [] : PUBLISHED.versions.slice(i + 1).map((p, k) => ({ ...p, number: i + k + 2 }));
}

/** What the files on disk hold: each version file's hash and the version it names inside. */
export interface VersionFile {
  sha256: string;
  /** The dataset's own `version` field, or null when the file does not parse. */
  version: string | null;
}

export interface PublishCheck {
  published: PublishedVersions;
  /** Files in public/data/versions/, by version id (file name without .json). */
  files: ReadonlyMap<string, VersionFile>;
  /** public/data/xiaomi.json. */
  current: VersionFile;
  /** Every earlier state of the registry in the repository's history, oldest first. */
  history: readonly PublishedVersions[];
}

/**
 * Problems that would let a link show something other than what it showed: a published file
 * changed or removed, a registry entry rewritten, a file no one listed, or a current dataset
 * that differs from the latest published one without a new version.
 */
export function publishProblems({ published, files, current, history }: PublishCheck): string[] {
  const problems: string[] = [];
  const listed = new Set<string>();
  for (const p of published.versions) {
    if (listed.has(p.id)) problems.push(`version ${p.id} is listed twice`);
    listed.add(p.id);
    const file = files.get(p.id);
    if (!file) problems.push(`version ${p.id} is published but ${versionFile(p.id)} is missing`);
    else if (file.sha256 !== p.sha256)
      problems.push(
        `${versionFile(p.id)} has changed since version ${p.id} was published (SHA-256 ${file.sha256.slice(0, 12)}…, published ${p.sha256.slice(0, 12)}…)`,
      );
    else if (file.version !== p.id) problems.push(`${versionFile(p.id)} calls itself version ${file.version ?? '(unreadable)'}, not ${p.id}`);
  }
  for (const id of files.keys())
    if (!listed.has(id)) problems.push(`${versionFile(id)} is not a published version: publish it with npm run publish-data or remove it`);
  for (const earlier of history) {
    for (const p of earlier.versions) {
      const now = published.versions.find((x) => x.id === p.id);
      if (!now) problems.push(`version ${p.id} was published and has been removed`);
      else if (now.sha256 !== p.sha256) problems.push(`version ${p.id} was published with SHA-256 ${p.sha256.slice(0, 12)}… and has been changed in place`);
    }
  }
  const latest = published.versions.at(-1);
  if (latest && current.version === latest.id && current.sha256 !== latest.sha256)
    problems.push(`public/data/xiaomi.json differs from published version ${latest.id}: give it a new version and run npm run publish-data`);
  else if (latest && current.version !== latest.id)
    problems.push(
      `public/data/xiaomi.json is version ${current.version ?? '(unreadable)'}, but the latest published is ${latest.id}: run npm run publish-data`,
    );
  // Several earlier states of the registry can report the same change.
  return [...new Set(problems)];
}
