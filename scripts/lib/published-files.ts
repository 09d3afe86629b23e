/**
 * Reads what publishProblems checks from disk and from git history, for validate-data and
 * publish-data.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import * as v from 'valibot';
import { PublishedVersionsSchema, type PublishCheck, type PublishedVersions, type VersionFile } from '../../src/data/published-versions.ts';

export const REGISTRY = 'src/data/published-versions.json';
export const VERSIONS_DIR = 'public/data/versions';
export const CURRENT = 'public/data/xiaomi.json';

export function versionFileOf(bytes: Buffer): VersionFile {
  let version: string | null;
  try {
    const parsed = JSON.parse(bytes.toString('utf8')) as { version?: unknown };
    version = typeof parsed.version === 'string' ? parsed.version : null;
  } catch {
    version = null;
  }
  return { sha256: createHash('sha256').update(bytes).digest('hex'), version };
}

/** Every committed state of the registry, oldest first; empty (with a reason) where git cannot tell. */
export function registryHistory(): { history: PublishedVersions[]; note: string | null } {
  try {
    const commits = execFileSync('git', ['log', '--reverse', '--format=%H', '--', REGISTRY], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .split('\n')
      .filter(Boolean);
    const history = commits.flatMap((c) => {
      const text = execFileSync('git', ['show', `${c}:${REGISTRY}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
      const parsed = v.safeParse(PublishedVersionsSchema, JSON.parse(text));
      return parsed.success ? [parsed.output] : [];
    });
    return { history, note: commits.length ? null : 'the registry has no committed history yet' };
  } catch {
    return { history: [], note: 'git history is not available, so only the files themselves were checked' };
  }
}

export function readPublishCheck(published: PublishedVersions): PublishCheck & { note: string | null } {
  const files = new Map<string, VersionFile>();
  for (const name of readdirSync(VERSIONS_DIR)) {
    if (name.endsWith('.json')) files.set(name.slice(0, -'.json'.length), versionFileOf(readFileSync(`${VERSIONS_DIR}/${name}`)));
  }
  const { history, note } = registryHistory();
  return { published, files, current: versionFileOf(readFileSync(CURRENT)), history, note };
}
