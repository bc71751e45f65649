import react from '@vitejs/plugin-react';
import { createRequire } from 'node:module';
import path from 'node:path';
import { defineConfig } from 'vite';

// The renderer is served from app:// in Electron and from the loopback host in the browser:
// relative asset paths work for both.
// The pdf.js worker must be the exact version react-pdf was built against, wherever npm put it.
const require = createRequire(import.meta.url);
const pdfWorker = require.resolve('pdfjs-dist/build/pdf.worker.min.mjs', { paths: [path.dirname(require.resolve('react-pdf'))] });

const renderer = path.resolve(__dirname, '..', 'renderer');

export default defineConfig({
  root: renderer,
  base: './',
  plugins: [react()],
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
