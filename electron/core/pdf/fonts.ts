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

let registered = false;

/**
 * The font package folder. Resolved from the app root rather than from this file, because the
 * bundles live in dist/ (and in app.asar once packaged), where import.meta and a relative path
 * both point somewhere else; the plain node_modules path is the fallback.
 */
export function fontDir(): string {
  try {
    return path.dirname(createRequire(path.join(appRoot(), 'package.json')).resolve(`${PACKAGE}/package.json`));
  } catch {
    return path.join(appRoot(), 'node_modules', ...PACKAGE.split('/'));
  }
}

/** Registers Noto Sans once per process. TTF on purpose: fontkit breaks on WOFF2 with accents. */
export function registerPdfFonts(): void {
  if (registered) return;
  const dir = fontDir();
  const fonts = FACES.map((face) => ({
    src: path.join(dir, face.dir, `NotoSans_${face.dir}.ttf`),
    fontWeight: face.fontWeight,
    fontStyle: face.fontStyle,
  }));
  const missing = fonts.find((f) => !fs.existsSync(f.src));
  // Fail loudly: a missing face would silently fall back to Helvetica and drop every non-Latin glyph.
  if (missing) throw new Error(`PDF font not found: ${missing.src}`);
  Font.register({ family: PDF_FONT, fonts });
  // react-pdf hyphenates English rules into every language; whole words read better in all nine.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}
