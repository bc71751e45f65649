import react from '@vitejs/plugin-react';
import path from 'node:path';
import { defineConfig } from 'vite';

// The renderer is served from app:// in Electron and from the loopback host in the browser:
// relative asset paths work for both.
export default defineConfig({
  root: path.resolve(__dirname),
  base: './',
  plugins: [react()],
  build: {
    outDir: path.resolve(__dirname, '..', 'dist', 'renderer'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
});
