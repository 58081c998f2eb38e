// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'test/fixtures/workspace/**', 'node_modules/**', 'test-results/**', '*.vsix', '.vscode-test/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      // Type-aware rules: each file is checked with the tsconfig.json nearest to it
      // (src/webview/tsconfig.json for the webview, the root one for everything else).
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      curly: 'warn',
      eqeqeq: 'warn',
      '@typescript-eslint/naming-convention': ['warn', { selector: 'import', format: ['camelCase', 'PascalCase'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // A promise nobody awaits or catches loses its rejection; `void` marks the ones that are meant.
      '@typescript-eslint/no-floating-promises': 'error',
      // An async function where a void callback is expected (an event listener) drops its rejection.
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    // The core is plain TypeScript: no editor API, no Node built-ins, so it runs in Node, the webview and tests alike.
    // The answer store and the message outbox follow the same rule, so plain-Node unit tests can drive them.
    files: ['src/core/**/*.ts', 'src/views/answerStore.ts', 'src/views/messageOutbox.ts', 'src/views/protocol.ts', 'src/views/answerSink.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'This module must not depend on the VS Code API; put adapters outside it.' }],
        patterns: [{ group: ['node:*', 'fs', 'path', 'http', 'https', 'child_process', 'os'], message: 'This module must not use Node built-ins.' }],
      }],
    },
  },
  {
    // Nothing below src/ imports from src/commands/ except extension.ts: command ids and errors live in core.
    files: ['src/core/**/*.ts', 'src/llm/**/*.ts', 'src/views/**/*.ts', 'src/hover/**/*.ts', 'src/webview/**/*.ts'],
    ignores: ['src/core/**/*.ts', 'src/views/answerStore.ts', 'src/views/messageOutbox.ts', 'src/views/protocol.ts', 'src/views/answerSink.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/commands/*'], message: 'Features do not import commands; shared vocabulary lives in src/core.' }] }],
    },
  },
  {
    files: ['src/webview/**/*.ts'],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'Webview code runs in the browser.' }],
        patterns: [{ group: ['**/commands/*'], message: 'Features do not import commands; shared vocabulary lives in src/core.' }],
      }],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // UI checks pass functions to page.evaluate: those run in the browser.
    files: ['test/e2e/**/*.js', 'test/harness/**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['eslint.config.mjs'],
    languageOptions: { globals: globals.node },
  },
);
