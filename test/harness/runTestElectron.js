#!/usr/bin/env node
// The integration tier through @vscode/test-electron, for machines that can download VS Code.
// Runs the same suites as runIntegration.js (same entry: test/harness/integrationIndex.js).
//   node esbuild.js --tests && node test/harness/runTestElectron.js
// On this project's CI machines VS Code cannot be downloaded; `npm test` uses code-server instead.
'use strict';
const path = require('path');
const fs = require('fs');
const os = require('os');
const { runTests } = require('@vscode/test-electron');

async function main() {
  const root = path.resolve(__dirname, '../..');
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'aisafety-ws-'));
  fs.cpSync(path.join(root, 'test/fixtures/workspace'), workspace, { recursive: true });
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(__dirname, 'integrationIndex.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
    extensionTestsEnv: { OPENAI_API_KEY: 'sk-test-env-key-0000', AISAFETY_RESULTS: path.join(root, 'test-results/integration-electron.json') },
  });
}

main().catch((err) => {
  console.error('Integration tests through @vscode/test-electron failed:', err && err.message || err);
  process.exit(1);
});
