// `npm run build:pdfs`: every package PDF of every language present, into dist/pdfs/ (the folder
// shipped as the "CD"). Usage: build-pdfs [--out <dir>] [language…]
import fs from 'node:fs';
import path from 'node:path';
import { isLanguage } from '../electron/api/languages';
import { appRoot } from '../electron/core/app-root';
import { ContentLibrary } from '../electron/core/library/library';
import { buildPackagePdfs } from '../electron/core/pdf/package-pdfs';

function parseArgs(argv: string[]): { outDir: string; languages: string[] } {
  let outDir = path.join(appRoot(), 'dist', 'pdfs');
  const languages: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--out') outDir = path.resolve(argv[++i] ?? '');
    else if (isLanguage(arg)) languages.push(arg);
    else throw new Error(`Unknown argument ${arg}. Usage: build-pdfs [--out <dir>] [language…]`);
  }
  return { outDir, languages };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0).padStart(5)} kB`;

async function main() {
  const { outDir, languages } = parseArgs(process.argv.slice(2));
  const library = new ContentLibrary(path.join(appRoot(), 'content'));
  const present = library.languages();
  const wanted = languages.length ? languages : present;
  const missing = wanted.filter((l) => !present.includes(l as (typeof present)[number]));
  // Asking for a language that is not there would silently print English under its name.
  if (missing.length) throw new Error(`No package text for: ${missing.join(', ')}`);
  const start = performance.now();
  let files = 0;
  let bytes = 0;
  for (const language of wanted) {
    // Start clean so that a renamed worksheet does not leave its old PDF on the CD.
    fs.rmSync(path.join(outDir, language), { recursive: true, force: true });
    // One line per file as it is written: a language takes several seconds.
    let last = performance.now();
    const built = await buildPackagePdfs(library, language, outDir, (done, total, name) => {
      const now = performance.now();
      const size = fs.statSync(path.join(outDir, name)).size;
      console.log(`[${String(done).padStart(2)}/${total}] ${name.padEnd(44)} ${kb(size)} ${Math.round(now - last).toString().padStart(6)} ms`);
      last = now;
    });
    files += built.length;
    bytes += built.reduce((n, b) => n + b.bytes, 0);
  }
  library.close();
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  console.log(`${files} PDFs in ${wanted.length} language(s), ${(bytes / 1024 / 1024).toFixed(1)} MB, ${seconds} s -> ${outDir}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
