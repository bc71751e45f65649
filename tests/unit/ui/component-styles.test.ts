import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The component library's styles are imported per component (ui/styles/*), not as one sheet. A
// component whose sheet is missing renders unstyled, and nothing else would notice: these tests do.
const require = createRequire(import.meta.url);
const src = path.resolve('renderer/src');
const sheets = path.join(path.dirname(require.resolve('@mantine/core/styles.css')), 'styles');

/** Components built from others' styles (Mantine's sources); those parts need their sheets too. */
const PARTS: Record<string, string[]> = {
  Select: ['Combobox', 'Input', 'Popover', 'ScrollArea'],
  Autocomplete: ['Combobox', 'Input', 'Popover', 'ScrollArea'],
  MultiSelect: ['Combobox', 'Input', 'Popover', 'ScrollArea', 'Pill', 'PillsInput'],
  TextInput: ['Input'],
  Textarea: ['Input'],
  NativeSelect: ['Input'],
  NumberInput: ['Input'],
  Checkbox: ['InlineInput'],
  Radio: ['InlineInput'],
  Switch: ['InlineInput'],
  Modal: ['ModalBase', 'Overlay', 'CloseButton'],
  Button: ['UnstyledButton'],
  NavLink: ['UnstyledButton'],
  SegmentedControl: ['FloatingIndicator'],
  Accordion: ['UnstyledButton'],
  Tabs: ['UnstyledButton'],
};

function imported(styleModule: string): string[] {
  const text = fs.readFileSync(path.join(src, 'ui', 'styles', styleModule), 'utf8');
  return [...text.matchAll(/'@mantine\/core\/styles\/([\w-]+)\.layer\.css'/g)].map((m) => m[1]!);
}

/**
 * The modules the first screen can use: what main.tsx reaches by imports of any kind, except the
 * other screens App.tsx loads with import() (those bring other-screens.ts along).
 */
function firstScreenGraph(): string[] {
  const seen = new Set<string>();
  const queue = [path.join(src, 'main.tsx')];
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = fs.readFileSync(file, 'utf8');
    const lazy = file.endsWith(`${path.sep}App.tsx`) ? [] : [...text.matchAll(/import\('(\.[^']+)'\)/g)];
    for (const m of [...text.matchAll(/^import (?!type )[^'"]*?from '(\.[^']+)'|^import '(\.[^']+)'/gm), ...lazy]) {
      const base = path.resolve(path.dirname(file), m[1] ?? m[2]!);
      const next = ['.tsx', '.ts', '/index.ts'].map((ext) => base + ext).find((f) => fs.existsSync(f));
      if (next) queue.push(next);
    }
  }
  return [...seen];
}

/** Mantine components a set of files uses, with the parts they are built from, that have a sheet. */
function componentsIn(files: string[]): Set<string> {
  const names = new Set<string>();
  for (const file of files) {
    for (const m of fs.readFileSync(file, 'utf8').matchAll(/^import \{([^}]+)\} from '@mantine\/core';/gm)) {
      for (const raw of m[1]!.split(',')) {
        const name = raw.trim();
        if (!/^[A-Z]/.test(name)) continue;
        for (const n of [name, ...(PARTS[name] ?? [])]) names.add(n);
      }
    }
  }
  return new Set([...names].filter((n) => fs.existsSync(path.join(sheets, `${n}.layer.css`))));
}

const allFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? allFiles(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : []));

describe('component styles', () => {
  const first = imported('first-screen.ts');
  const other = imported('other-screens.ts');

  it('gives every component of the first screen its sheet at start', () => {
    const used = componentsIn(firstScreenGraph());
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((n) => !first.includes(n))).toEqual([]);
    expect(first.slice(0, 3)).toEqual(['baseline', 'default-css-variables', 'global']);
  });

  it('gives every component of the other screens its sheet when they open', () => {
    const used = componentsIn(allFiles(src));
    expect([...used].filter((n) => !first.includes(n) && !other.includes(n))).toEqual([]);
  });

  it('loads each part before the components built from it', () => {
    const order = [...first, ...other];
    for (const [component, parts] of Object.entries(PARTS)) {
      if (!order.includes(component)) continue;
      for (const part of parts) expect(order.indexOf(part), `${part} before ${component}`).toBeLessThan(order.indexOf(component));
    }
  });

  it('names only sheets that exist', () => {
    for (const n of [...first, ...other]) expect(fs.existsSync(path.join(sheets, `${n}.layer.css`)), n).toBe(true);
  });

  it('loads the other screens\' sheets beside every lazy screen', () => {
    const app = fs.readFileSync(path.join(src, 'App.tsx'), 'utf8');
    const lazyScreens = [...app.matchAll(/lazy\(\(\) => (\w+)\(import\('([^']+)'\)\)/g)];
    expect(lazyScreens.length).toBeGreaterThan(5);
    expect(lazyScreens.every((m) => m[1] === 'withStyles')).toBe(true);
    expect(app).toMatch(/withStyles = [^\n]*import\('\.\/ui\/styles\/other-screens'\)/);
  });
});
