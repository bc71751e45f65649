import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Font } from '@react-pdf/renderer';
import { appRoot } from '../app-root';

/** The family every PDF uses; the built-in Helvetica has no Greek, Cyrillic or Baltic letters. */
export const PDF_FONT = 'Noto Sans';

const PACKAGE = '@expo-google-fonts/noto-sans';
const FACES = [
  { dir: '400Regular', fontWeight: 400, fontStyle: 'normal' },
  { dir: '400Regular_Italic', fontWeight: 400, fontStyle: 'italic' },
  { dir: '700Bold', fontWeight: 700, fontStyle: 'normal' },
  { dir: '700Bold_Italic', fontWeight: 700, fontStyle: 'italic' },
] as const;

/** End of the blocks holding the letters of the nine package languages (U+2000 starts punctuation). */
const LETTERS_END = 0x2000;

let registered = false;
let loaded: Promise<void> | null = null;

/**
 * The font package folder. Tried in turn because this module runs as a CommonJS bundle (dist/),
 * as an ES module bundle (no require, and __dirname only if the bundle defines it), in Vitest,
 * and inside app.asar; the plain node_modules path under the app root or the working directory
 * is the last resort.
 */
export function fontDir(): string {
  const attempts: (() => string)[] = [
    () => createRequire(path.join(appRoot(), 'package.json')).resolve(`${PACKAGE}/package.json`),
    () => createRequire(path.join(process.cwd(), 'package.json')).resolve(`${PACKAGE}/package.json`),
    () => path.join(appRoot(), 'node_modules', PACKAGE, 'package.json'),
  ];
  for (const attempt of attempts) {
    try {
      const file = attempt();
      if (fs.existsSync(file)) return path.dirname(file);
    } catch {
      // try the next way
    }
  }
  throw new Error(`PDF fonts not found: ${PACKAGE} is not installed next to the app`);
}

/**
 * Registers Noto Sans once per process (from `dir` when the host knows better where the font
 * package is). TTF on purpose: fontkit breaks on WOFF2 with accented text.
 */
export function registerPdfFonts(dir?: string): void {
  if (registered) return;
  const base = dir ?? fontDir();
  const fonts = FACES.map((face) => ({
    src: path.join(base, face.dir, `NotoSans_${face.dir}.ttf`),
    fontWeight: face.fontWeight,
    fontStyle: face.fontStyle,
  }));
  const missing = fonts.find((f) => !fs.existsSync(f.src));
  // Fail loudly: a missing face would silently fall back to Helvetica and drop every non-Latin glyph.
  if (missing) throw new Error(`PDF font not found: ${missing.src}`);
  Font.register({ family: PDF_FONT, fonts });
  // react-pdf ends every font stack with Helvetica, for characters the font lacks (a line break
  // inside a text is one). Helvetica is not embedded and knows fewer letters than Noto Sans, so
  // the fallback is Noto Sans itself: the same sources, so one embedded font, and a character no
  // font has prints as an empty box instead of Helvetica's garbage.
  const families = Font.getRegisteredFonts() as unknown as Record<string, { sources: unknown[] }>;
  families.Helvetica!.sources = families[PDF_FONT]!.sources;
  // react-pdf hyphenates English rules into every language; whole words read better in all nine.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}

/**
 * Registers the fonts and loads them, with every letter looked up once through the character
 * map. fontkit caches a glyph object by id with the characters it was first made for; while
 * shaping a composed letter (Greek ί) it makes the glyph of its base letter (ι) with none, and
 * every later PDF that prints a plain ι then maps it to garbage in its text layer
 * ("Κο\u0003νων\u0003κή"), unsearchable and uncopyable. Looking letters up first avoids that.
 */
export function loadPdfFonts(dir?: string): Promise<void> {
  registerPdfFonts(dir);
  loaded ??= (async () => {
    for (const face of FACES) {
      const source = Font.getFont({ fontFamily: PDF_FONT, fontWeight: face.fontWeight, fontStyle: face.fontStyle }) as unknown as { load(): Promise<void>; data: unknown };
      await source.load();
      const font = source.data as { characterSet: number[]; glyphForCodePoint(codePoint: number): unknown };
      // Letters only (Latin, Greek, Cyrillic, combining marks): a ligature's own code point
      // (U+FB01 ﬁ) must not be primed, or the ligature made from "fi" claims one character for
      // two and every line break after it shifts.
      for (const codePoint of font.characterSet) if (codePoint < LETTERS_END) font.glyphForCodePoint(codePoint);
    }
  })().catch((error: unknown) => {
    loaded = null;
    throw error;
  });
  return loaded;
}
