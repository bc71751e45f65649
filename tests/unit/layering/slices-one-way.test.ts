import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..', '..', '..');

/**
 * Which slice folders of `base` import which, from the files' relative imports (type imports and
 * lazy `import()` too: a type tie is still a tie a reader has to follow). Files directly in `base`
 * are their own slice.
 */
function sliceImports(repo: string, base: string): Map<string, Map<string, string>> {
  const top = path.join(repo, base);
  const slices = new Map<string, Map<string, string>>();
  const sliceOf = (file: string) => path.relative(top, file).split(path.sep)[0]!.replace(/\.tsx?$/, '');
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.tsx?$/.test(entry.name)) {
        const from = sliceOf(file);
        for (const [, spec] of fs.readFileSync(file, 'utf8').matchAll(/(?:from|import\()\s*'(\.[^']+)'/g)) {
          const target = path.resolve(dir, spec!);
          if (!target.startsWith(top + path.sep)) continue;
          const to = sliceOf(target);
          if (to === from) continue;
          const ties = slices.get(from) ?? new Map<string, string>();
          if (!ties.has(to)) ties.set(to, path.relative(repo, file));
          slices.set(from, ties);
        }
      }
    }
  };
  walk(top);
  return slices;
}

/** Every pair of slices where one imports the other and is reached back from it: "a -> b (file)". */
function importsBackUp(slices: Map<string, Map<string, string>>): string[] {
  const reaches = (from: string, to: string, seen = new Set<string>()): boolean =>
    [...(slices.get(from)?.keys() ?? [])].some((next) => next === to || (!seen.has(next) && seen.add(next) && reaches(next, to, seen)));
  return [...slices].flatMap(([from, ties]) => [...ties].filter(([to]) => reaches(to, from)).map(([to, file]) => `${from} -> ${to} (${file})`));
}

describe('slices depend one way', () => {
  // A slice that imports one which (directly or through others) imports it back has no place in
  // the order of layers: a reader following a channel down would be sent back up.
  it.each(['electron/core', 'renderer/src'])('no slice of %s is imported back by what it imports', (base) => {
    expect(importsBackUp(sliceImports(root, base))).toEqual([]);
  });
});
