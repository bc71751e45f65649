// Bundles everything that runs in Node (Electron main + preload, browser host, benchmark) with
// esbuild. Native and Electron modules stay external. The PDF module is its own ES module (see
// electron/core/pdf/index.ts); the CommonJS bundles import() it from dist/pdf/index.mjs.
import { build } from 'esbuild';

const pdfEntry = {
  name: 'pdf-entry',
  setup(b) {
    b.onResolve({ filter: /^\.\/index$/ }, (args) =>
      args.importer.replaceAll('\\', '/').endsWith('electron/core/pdf/pdf-service.ts') ? { path: '../pdf/index.mjs', external: true } : undefined,
    );
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  external: ['electron', 'better-sqlite3'],
};
// app-root.ts reads import.meta only where __dirname is missing (the ES-module bundle).
const cjs = { ...common, format: 'cjs', plugins: [pdfEntry], logOverride: { 'empty-import-meta': 'silent' } };
const esm = {
  ...common,
  format: 'esm',
  external: [...common.external, '@react-pdf/renderer', 'react', 'react/jsx-runtime'],
  // Bundled CommonJS dependencies still call require(); give them one.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
};

await Promise.all([
  build({ ...cjs, entryPoints: ['electron/shell/main.ts'], outfile: 'dist/electron/main.cjs' }),
  // A sandboxed preload may only require('electron'): bundle it whole.
  build({ ...cjs, entryPoints: ['electron/shell/preload.ts'], outfile: 'dist/electron/preload.cjs' }),
  build({ ...cjs, entryPoints: ['electron/host/cli.ts'], outfile: 'dist/host/cli.cjs' }),
  // The start-up bench drives the installed Playwright; it is never bundled.
  build({ ...esm, external: [...esm.external, '@playwright/test'], entryPoints: ['bench/bench.ts'], outfile: 'dist/bench/bench.mjs' }),
  build({ ...esm, entryPoints: ['electron/core/pdf/index.ts'], outfile: 'dist/pdf/index.mjs' }),
  build({ ...esm, entryPoints: ['scripts/build-pdfs.ts'], outfile: 'dist/scripts/build-pdfs.mjs' }),
]);
