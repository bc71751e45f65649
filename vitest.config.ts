import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: [{ find: /^@api\//, replacement: `${path.resolve(__dirname, 'electron', 'api')}/` }] },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/content/**/*.test.ts'],
    environment: 'node',
    // The PDF tests render through the worker: build it from the sources first.
    globalSetup: ['tests/helpers/pdf-worker-setup.ts'],
    pool: 'forks',
    testTimeout: 20_000,
  },
});
