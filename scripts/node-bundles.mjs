// The esbuild settings of the Node bundles, shared by scripts/build-node.mjs and the unit tests
// (which build the PDF worker first, so the PDF tests run through the same worker the app runs).
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  // ExcelJS (spreadsheets) is loaded from node_modules when first used, instead of tripling the
  // size of every bundle the app parses at start.
  external: ['electron', 'better-sqlite3', 'exceljs'],
};
// app-root.ts reads import.meta only where __dirname is missing (the ES-module bundles).
export const cjs = { ...common, format: 'cjs', logOverride: { 'empty-import-meta': 'silent' } };
// react-pdf is ESM-only and finds its data files next to its own modules: it stays in node_modules.
export const esm = {
  ...common,
  format: 'esm',
  external: [...common.external, '@react-pdf/renderer', 'react', 'react/jsx-runtime'],
  // Bundled CommonJS dependencies still call require(); give them one.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
};

/** The PDF worker: every react-pdf render runs in it (electron/core/pdf/worker.ts). */
export const buildPdfWorker = () => build({ ...esm, entryPoints: ['electron/core/pdf/worker.ts'], outfile: 'dist/pdf/worker.mjs' });
