import { defineConfig } from '@playwright/test';

// Runs only in the release workflow, where the Electron binary exists.
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  workers: 1,
  timeout: 90_000,
  reporter: [['list']],
});
