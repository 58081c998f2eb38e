// Mocha reporter: the usual spec output, plus the run's counts written as JSON to the file named by
// AISAFETY_RESULTS, so the test command can add up every tier into one closing line.
'use strict';
const fs = require('fs');

function countingReporter(Mocha) {
  return class CountingReporter extends Mocha.reporters.Spec {
    constructor(runner, options) {
      super(runner, options);
      const failures = [];
      runner.on('fail', (test, err) => failures.push({ title: test.fullTitle(), error: String(err && err.message || err).slice(0, 2000) }));
      runner.once('end', () => {
        const file = process.env.AISAFETY_RESULTS;
        if (!file) return;
        const s = runner.stats || {};
        fs.writeFileSync(file, JSON.stringify({ passes: s.passes || 0, failures: s.failures || 0, pending: s.pending || 0, tests: s.tests || 0, failed: failures }));
      });
    }
  };
}

module.exports = countingReporter;
