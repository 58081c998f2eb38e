// Entry point for the integration tier inside a real VS Code extension host. Same contract as
// @vscode/test-electron and @vscode/test-cli: export run(), which rejects when a test fails.
// Works both under code-server (test/harness/runIntegration.js) and under @vscode/test-electron
// (test/harness/runTestElectron.js).
'use strict';
const fs = require('fs');
const path = require('path');
const Mocha = require('mocha');
const countingReporter = require('./countingReporter');

exports.run = function run() {
  // AISAFETY_SUITES picks another folder of suites (the untrusted-workspace or the multi-root run's).
  const suites = ['integration-untrusted', 'integration-multiroot'].includes(process.env.AISAFETY_SUITES) ? process.env.AISAFETY_SUITES : 'integration';
  const dir = path.resolve(__dirname, '../../out/test', suites);
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.test.js')).sort() : [];
  const mocha = new Mocha({ ui: 'bdd', timeout: 30000, color: false, reporter: countingReporter(Mocha) });
  if (process.env.AISAFETY_GREP) mocha.grep(process.env.AISAFETY_GREP);
  for (const f of files) mocha.addFile(path.join(dir, f));
  return new Promise((resolve, reject) => {
    if (!files.length) {
      reject(new Error(`No integration test files in ${dir}; run 'node esbuild.js --tests' first.`));
      return;
    }
    mocha.run((failures) => {
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed.`));
      else resolve();
    });
  });
};
