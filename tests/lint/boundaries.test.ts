// @vitest-environment node
/**
 * The layer rules in eslint.config.js, proven on planted files: each forbidden kind of import is
 * reported by the rule meant to catch it (and resolves, so it is not silently skipped), and an
 * allowed import in every layer lints clean, so no rule passes by flagging everything.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TIMEOUT_MS = 60_000;

const PATHS = 'import-x/no-restricted-paths';
const CYCLE = 'import-x/no-cycle';
const LIBRARIES = 'no-restricted-imports';

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

/**
 * How src/`file` imports `target`: a folder in src/ stands for a real module in it (so the import
 * resolves while the folders are reshaped), a file in src/ for itself; anything else is imported as written.
 */
function importOf(file: string, target: string): string {
  if (!target.startsWith('src/')) return target;
  const absolute = path.join(ROOT, target);
  let module = target;
  if (fs.statSync(absolute).isDirectory()) {
    const name = fs
      .readdirSync(absolute)
      .sort()
      .find((entry) => /^[^_].*\.tsx?$/.test(entry) && !entry.endsWith('.d.ts'));
    if (!name) throw new Error(`${target} has no module to import`);
    module = `${target}/${name}`;
  }
  const relative = path.posix.relative(path.posix.dirname(`src/${file}`), module);
  return relative.startsWith('.') ? relative : `./${relative}`;
}

/** Lints a file that is not on disk at src/`file`, holding one import of `target`. */
async function lintImport(file: string, target: string) {
  const [result] = await eslint.lintText(`import '${importOf(file, target)}';\n`, { filePath: path.join(ROOT, 'src', file) });
  return result?.messages ?? [];
}

describe('layer boundaries in eslint.config.js', () => {
  const forbidden: [string, string, string, string][] = [
    ['a feature imports another', 'features/shipments/__planted__.ts', 'src/features/revenue', PATHS],
    ['a feature imports features/saved-views', 'features/shipments/__planted__.ts', 'src/features/saved-views', PATHS],
    ['features/saved-views imports another feature', 'features/saved-views/__planted__.ts', 'src/features/shipments', PATHS],
    ['a feature imports app/', 'features/shipments/__planted__.ts', 'src/app', PATHS],
    ['panel chrome imports features/saved-views', 'components/panel-chrome/__planted__.ts', 'src/features/saved-views', PATHS],
    ['hooks import a feature', 'hooks/__planted__.ts', 'src/features/revenue', PATHS],
    ['components/ui imports hooks', 'components/ui/__planted__.ts', 'src/hooks', PATHS],
    ['components/charts import state', 'components/charts/__planted__.ts', 'src/state', PATHS],
    ['state imports a feature', 'state/__planted__.ts', 'src/features/shipments', PATHS],
    ['domain imports state', 'domain/__planted__.ts', 'src/state', PATHS],
    ['domain imports react', 'domain/__planted__.ts', 'react', LIBRARIES],
    ['domain imports zustand/react/shallow', 'domain/__planted__.ts', 'zustand/react/shallow', LIBRARIES],
    ['data imports domain', 'data/__planted__.ts', 'src/domain', PATHS],
    ['data/loader imports state', 'data/loader/__planted__.ts', 'src/state', PATHS],
  ];

  it.each(forbidden)('reports it when %s', { timeout: TIMEOUT_MS }, async (_name, file, target, rule) => {
    const messages = await lintImport(file, target);
    // Exactly the one rule: no-unresolved here would mean the boundary was never checked.
    expect(messages.map((m) => m.ruleId)).toEqual([rule]);
  });

  it('reports a feature reaching another through ../../features/', { timeout: TIMEOUT_MS }, async () => {
    const sibling = importOf('features/shipments/__planted__.ts', 'src/features/revenue');
    expect(sibling).toMatch(/^\.\.\/revenue\//);
    const [result] = await eslint.lintText(`import '../../features/${sibling.slice(3)}';\n`, {
      filePath: path.join(ROOT, 'src/features/shipments/__planted__.ts'),
    });
    expect(result?.messages.map((m) => m.ruleId)).toEqual([PATHS]);
    expect(result?.messages[0]?.message).toContain('Features never import each other; share through domain/, hooks/ or components/.');
  });

  const allowed: [string, string, string][] = [
    ['app/ imports a feature', 'app/__planted__.ts', 'src/features/saved-views'],
    ['a feature imports itself', 'features/shipments/__planted__.ts', 'src/features/shipments'],
    ['a feature imports panel chrome', 'features/shipments/__planted__.ts', 'src/components/panel-chrome'],
    ['panel chrome imports hooks', 'components/panel-chrome/__planted__.ts', 'src/hooks'],
    ['panel chrome imports state', 'components/panel-chrome/__planted__.ts', 'src/state'],
    ['hooks import state', 'hooks/__planted__.ts', 'src/state'],
    ['components/charts import components/ui', 'components/charts/__planted__.ts', 'src/components/ui'],
    ['components/ui imports domain', 'components/ui/__planted__.ts', 'src/domain'],
    ['components/charts import data', 'components/charts/__planted__.ts', 'src/data/schema.ts'],
    ['state imports domain', 'state/__planted__.ts', 'src/domain'],
    ['domain imports data', 'domain/__planted__.ts', 'src/data/schema.ts'],
    ['data/loader imports data', 'data/loader/__planted__.ts', 'src/data/schema.ts'],
  ];

  it.each(allowed)('allows it when %s', { timeout: TIMEOUT_MS }, async (_name, file, target) => {
    expect(await lintImport(file, target)).toEqual([]);
  });

  it('reports a missing relative module rather than skipping it', { timeout: TIMEOUT_MS }, async () => {
    const messages = await lintImport('domain/__planted__.ts', '../state/__no-such-module__.ts');
    expect(messages.map((m) => m.ruleId)).toEqual(['import-x/no-unresolved']);
  });

  describe('import cycles', () => {
    // Real files: the cycle rule reads the imported module from disk.
    const id = randomUUID().slice(0, 8);
    const first = path.join(ROOT, 'src/domain', `__cycle-${id}-a.ts`);
    const second = path.join(ROOT, 'src/domain', `__cycle-${id}-b.ts`);

    it('reports two modules that import each other', { timeout: TIMEOUT_MS }, async () => {
      try {
        fs.writeFileSync(first, `import { b } from './${path.basename(second)}';\n\nexport const a = (): number => b + 1;\n`);
        fs.writeFileSync(second, `import { a } from './${path.basename(first)}';\n\nexport const b = 1;\nexport const c = (): number => a();\n`);
        const [result] = await eslint.lintFiles([first]);
        expect(result?.messages.map((m) => m.ruleId)).toEqual([CYCLE]);
      } finally {
        fs.rmSync(first, { force: true });
        fs.rmSync(second, { force: true });
      }
    });
  });
});
