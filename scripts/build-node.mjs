// Bundles everything that runs in Node (Electron main + preload, browser host, PDF worker,
// benchmark) with esbuild. Native and Electron modules stay external. The CommonJS bundles never
// load react-pdf: PDFs are made in the worker (dist/pdf/worker.mjs), an ES module of its own.
import { build } from 'esbuild';
import { buildPdfWorker, cjs, esm } from './node-bundles.mjs';

// A guard: if a change pulled react-pdf into a CommonJS bundle again, the build fails here.
const noReactPdf = {
  name: 'no-react-pdf',
  setup(b) {
    b.onResolve({ filter: /^@react-pdf\// }, (args) => ({ errors: [{ text: `react-pdf belongs to the PDF worker, not to this bundle (imported by ${args.importer})` }] }));
  },
};

await Promise.all([
  build({ ...cjs, plugins: [noReactPdf], entryPoints: ['electron/shell/main.ts'], outfile: 'dist/electron/main.cjs' }),
  // A sandboxed preload may only require('electron'): bundle it whole.
  build({ ...cjs, plugins: [noReactPdf], entryPoints: ['electron/shell/preload.ts'], outfile: 'dist/electron/preload.cjs' }),
  build({ ...cjs, plugins: [noReactPdf], entryPoints: ['electron/host/cli.ts'], outfile: 'dist/host/cli.cjs' }),
  buildPdfWorker(),
  // The start-up bench drives the installed Playwright; it is never bundled.
  build({ ...esm, external: [...esm.external, '@playwright/test'], entryPoints: ['bench/bench.ts'], outfile: 'dist/bench/bench.mjs' }),
  build({ ...esm, entryPoints: ['scripts/build-pdfs.ts'], outfile: 'dist/scripts/build-pdfs.mjs' }),
]);
