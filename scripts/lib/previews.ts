/** The link-preview images (npm run previews): one per slide that a pasted link may show. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

export const PREVIEWS_DIR = 'public/previews';
export const PREVIEW_SIZE = { width: 1200, height: 630 };
export const PREVIEWS = [
  { name: 'title', slide: 1 },
  { name: 'shipments', slide: 2 },
  { name: 'revenue', slide: 3 },
  { name: 'regions', slide: 4 },
  { name: 'goals', slide: 5 },
] as const;

export const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Why the committed previews do not show this dataset, or null when they do. */
export function stalePreviews(dataset: Buffer): string | null {
  const manifest = `${PREVIEWS_DIR}/previews.json`;
  if (!existsSync(manifest)) return `${manifest} is missing: run npm run previews`;
  const { datasetSha256 } = JSON.parse(readFileSync(manifest, 'utf8')) as { datasetSha256?: string };
  const missing = PREVIEWS.filter((p) => !existsSync(`${PREVIEWS_DIR}/${p.name}.png`)).map((p) => `${p.name}.png`);
  if (missing.length) return `${missing.join(', ')} missing from ${PREVIEWS_DIR}: run npm run previews`;
  if (datasetSha256 !== sha256(dataset)) return `the images in ${PREVIEWS_DIR} were drawn from another dataset: run npm run previews`;
  return null;
}
