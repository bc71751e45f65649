// Vitest global setup: builds the PDF worker (dist/pdf/worker.mjs) from the sources, as
// `npm run build` does, so every PDF test renders through the worker the app ships, never a stale one.
import { buildPdfWorker } from '../../scripts/node-bundles.mjs';

export default async function setup(): Promise<void> {
  await buildPdfWorker();
}
