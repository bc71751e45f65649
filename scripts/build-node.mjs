// Bundles everything that runs in Node (Electron main + preload, browser host, benchmark) with
// esbuild. Native and Electron modules stay external.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  logLevel: 'warning',
  external: ['electron', 'better-sqlite3'],
};

await Promise.all([
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs' }),
  // A sandboxed preload may only require('electron'): bundle it whole.
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs' }),
  build({ ...common, entryPoints: ['electron/host/cli.ts'], outfile: 'dist/host/cli.cjs' }),
  build({ ...common, entryPoints: ['bench/bench.ts'], outfile: 'dist/bench/bench.cjs' }),
]);
