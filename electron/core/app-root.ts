import path from 'node:path';

/**
 * The folder holding package.json, dist/, content/ and locales/: the repository in development,
 * app.asar in the packaged app. Bundles live in dist/<area>/, two levels below.
 */
export function appRoot(): string {
  return path.resolve(__dirname, '..', '..');
}

export const rendererDir = () => path.join(appRoot(), 'dist', 'renderer');
