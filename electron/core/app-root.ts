import path from 'node:path';
import { fileURLToPath } from 'node:url';

// CommonJS bundles have __dirname; the ES-module PDF bundle and the test runner have import.meta.
const here = typeof __dirname === 'string' ? __dirname : path.dirname(fileURLToPath(import.meta.url));

/**
 * The folder holding package.json, dist/, content/ and locales/: the repository in development,
 * app.asar in the packaged app. Bundles live in dist/<area>/, two levels below, and so do the
 * sources in electron/core/.
 */
export function appRoot(): string {
  return path.resolve(here, '..', '..');
}

export const rendererDir = () => path.join(appRoot(), 'dist', 'renderer');
