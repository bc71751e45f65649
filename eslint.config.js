// Where code may run is enforced by the layering allow-list (build/eslint/layering.js): the
// renderer reaches only itself and the contract, the core never imports Electron, and so on.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import layering from './build/eslint/layering.js';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'test-results/**', '.tmp/**', 'scripts/*.d.mts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty-pattern': 'off',
    },
  },
  {
    files: ['electron/**/*.{ts,tsx}', 'renderer/src/**/*.{ts,tsx}'],
    plugins: { local: layering },
    rules: { 'local/layering': 'error' },
  },
  {
    files: ['scripts/**/*.mjs', 'eslint.config.js', 'build/eslint/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
