import react from '@vitejs/plugin-react';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vite';

// The renderer is served from app:// in Electron and from the loopback host in the browser:
// relative asset paths work for both.
// The pdf.js worker must be the exact version react-pdf was built against, wherever npm put it.
const require = createRequire(import.meta.url);
const pdfWorker = require.resolve('pdfjs-dist/build/pdf.worker.min.mjs', { paths: [path.dirname(require.resolve('react-pdf'))] });

const renderer = path.resolve(__dirname, '..', 'renderer');

/**
 * The entry (main.tsx) is small so it can ask the host for the first screen's data at once, and
 * loads the app (start.tsx) with import(). Named in index.html, the app's files are fetched in
 * parallel with the entry rather than only after it has run.
 */
function preloadFirstScreen(): Plugin {
  return {
    name: 'preload-first-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk }) {
        // Only the facilitator's app has a first screen to preload; the voting page has its own entry.
        if (!bundle || !chunk || !chunk.facadeModuleId?.endsWith('/renderer/src/main.tsx')) return [];
        const start = chunk.dynamicImports.map((f) => bundle[f]).find((c) => c?.type === 'chunk' && c.facadeModuleId?.endsWith('/renderer/src/start.tsx'));
        if (start?.type !== 'chunk') throw new Error('main.tsx no longer loads start.tsx with import(): update preloadFirstScreen');
        const files = new Set<string>();
        const css = new Set<string>();
        const visit = (fileName: string) => {
          const c = bundle[fileName];
          if (c?.type !== 'chunk' || files.has(fileName) || fileName === chunk.fileName) return;
          files.add(fileName);
          c.viteMetadata?.importedCss.forEach((f) => css.add(f));
          c.imports.forEach(visit);
        };
        visit(start.fileName);
        return [
          ...[...css].map((f) => ({ tag: 'link', attrs: { rel: 'stylesheet', crossorigin: true, href: `./${f}` }, injectTo: 'head' as const })),
          ...[...files].map((f) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${f}` }, injectTo: 'head' as const })),
        ];
      },
    },
  };
}

export default defineConfig({
  root: renderer,
  base: './',
  plugins: [react(), preloadFirstScreen()],
  resolve: {
    alias: [
      { find: /^pdfjs-worker(\?.*)?$/, replacement: `${pdfWorker}$1` },
      // The renderer reaches the contract (and nothing else of electron/) through this alias.
      { find: /^@api\//, replacement: `${path.resolve(renderer, '..', 'electron', 'api')}/` },
    ],
  },
  build: {
    outDir: path.resolve(renderer, '..', 'dist', 'renderer'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    // Two pages: the facilitator's app, and the participants' voting page (served to phones by
    // the voting server, which must load none of the app's code: it imports only its own files).
    rolldownOptions: {
      input: { main: path.resolve(renderer, 'index.html'), vote: path.resolve(renderer, 'vote.html') },
    },
  },
});
