#!/usr/bin/env node
// `npm test`: every tier, in order, on a fresh machine.
//   1. static   type check (tsc: host and webview projects) and type-aware lint (eslint), through the
//               npm scripts, whose caches make the package tier's `vscode:prepublish` rerun cheap
//   2. unit     mocha in plain Node against the vscode-free core and the LLM client
//   3. tools    installs Debian chromium, Node 24 and code-server outside the clone (idempotent)
//   4. integration  mocha suites inside a real VS Code extension host (code-server): the Node host,
//               an untrusted workspace, and the browser's web worker host (the web extension)
//   5. package  production VSIX: contents and sizes (both activation bundles)
//   6. e2e      the packaged VSIX in the real workbench, driven through headless Chromium; then one
//               extra pass with only the web checks, the VSIX run in the web worker host
//               and once more with VS Code's display language German (test/e2e/de/: translated titles and labels)
// Ends with one line that counts every check of every tier: "N passed, N failed".
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '../..');
const RESULTS = path.join(ROOT, 'test-results');
const tiers = [];
const started = Date.now();

function sh(label, cmd, args, opts = {}) {
  console.log(`\n▶ ${label}: ${[cmd, ...args].join(' ')}`);
  const t = Date.now();
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', ...opts });
  console.log(`  (${label} took ${((Date.now() - t) / 1000).toFixed(1)} s)`);
  return r.status === 0;
}

function record(tier, passes, failed) {
  tiers.push({ tier, passes, failures: failed.length, failed });
}

async function main() {
  fs.rmSync(RESULTS, { recursive: true, force: true });
  fs.mkdirSync(RESULTS, { recursive: true });
  const npx = (bin) => path.join(ROOT, 'node_modules/.bin', bin);

  // 1. Build (development bundles + test bundles), then static checks.
  const built = sh('build', process.execPath, ['esbuild.js', '--tests']);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const typed = sh('type check', npm, ['run', '-s', 'check-types']);
  // ESLint's cache is per file, so a type-aware finding caused by a change in another file could hide in it:
  // the static tier starts it afresh, and the package tier's prepublish reuses what this run just wrote.
  fs.rmSync(path.join(ROOT, 'out/.cache/eslint'), { recursive: true, force: true });
  const linted = sh('lint', npm, ['run', '-s', 'lint']);
  record('static', [built, typed, linted].filter(Boolean).length,
    [['build', built], ['type check', typed], ['lint', linted]].filter(([, ok]) => !ok).map(([title]) => ({ title, error: 'see output above' })));

  // 2. Unit tier.
  const unitJson = path.join(RESULTS, 'unit.json');
  sh('unit', npx('mocha'), ['--reporter', path.join(__dirname, 'unitReporter.js')], { env: { ...process.env, AISAFETY_RESULTS: unitJson } });
  const unit = readJson(unitJson) || { passes: 0, failed: [{ title: 'unit tier', error: 'did not run' }] };
  record('unit', unit.passes, unit.failed);
  if (unit.tests === 0) tiers[tiers.length - 1].failed.push({ title: 'unit tier', error: 'no unit test ran' });

  // 3. Real VS Code and browser.
  const toolsOk = sh('tools', 'bash', [path.join(__dirname, 'setup-tools.sh')]);
  if (!toolsOk) {
    record('tools', 0, [{ title: 'setup-tools.sh', error: 'could not install code-server/chromium; integration and e2e tiers not run' }]);
  } else {
    // 4. Integration tier: the development build in dist/ as extensionDevelopmentPath.
    console.log('\n▶ integration: mocha inside the code-server extension host');
    const { runIntegration } = require('./runIntegration');
    const integ = await runIntegration().catch((e) => ({ passes: 0, failed: [{ title: 'integration harness', error: String(e && e.stack || e) }] }));
    record('integration', integ.passes, integ.failed || []);
    if (!integ.tests && !(integ.failed || []).length) tiers[tiers.length - 1].failed.push({ title: 'integration', error: 'no integration test ran' });
    // The same tier in a workspace that is not trusted (a second code-server run, trust enabled).
    console.log('\n▶ integration (untrusted workspace): mocha inside the code-server extension host');
    const untrusted = await runIntegration({ untrusted: true }).catch((e) => ({ passes: 0, failed: [{ title: 'untrusted integration harness', error: String(e && e.stack || e) }] }));
    record('integration-untrusted', untrusted.passes, untrusted.failed || []);
    if (!untrusted.tests && !(untrusted.failed || []).length) tiers[tiers.length - 1].failed.push({ title: 'integration-untrusted', error: 'no untrusted-workspace test ran' });
    // And in a multi-root workspace of two folders with different glossaries (a third run).
    console.log('\n▶ integration (multi-root workspace): mocha inside the code-server extension host');
    const multiRoot = await runIntegration({ multiRoot: true }).catch((e) => ({ passes: 0, failed: [{ title: 'multi-root integration harness', error: String(e && e.stack || e) }] }));
    record('integration-multiroot', multiRoot.passes, multiRoot.failed || []);
    if (!multiRoot.tests && !(multiRoot.failed || []).length) tiers[tiers.length - 1].failed.push({ title: 'integration-multiroot', error: 'no multi-root test ran' });
    // The same suites in the browser's web worker extension host (the web extension, as on vscode.dev).
    console.log('\n▶ integration (web worker host): mocha inside the browser\'s web extension host');
    const webInteg = await runIntegration({ web: true }).catch((e) => ({ passes: 0, failed: [{ title: 'web integration harness', error: String(e && e.stack || e) }] }));
    record('integration-web', webInteg.passes, webInteg.failed || []);
    if (!webInteg.tests && !(webInteg.failed || []).length) tiers[tiers.length - 1].failed.push({ title: 'integration-web', error: 'no web-host test ran' });
    for (const x of webInteg.excluded || []) console.log(`  not run in the web host (Node-only): ${x.name}: ${x.reason}`);

    // 5. Package: vsce runs `vscode:prepublish` (type check, lint, production build) first.
    const vsix = path.join(RESULTS, 'ai-safety-annotations.vsix');
    const packaged = sh('package', npx('vsce'), ['package', '--no-dependencies', '-o', vsix]);
    if (!packaged) {
      record('package', 0, [{ title: 'vsce package', error: 'failed; e2e tier not run' }]);
    } else {
      const { checkPackage } = require('./packageChecks');
      const pkg = await checkPackage(vsix);
      for (const c of pkg.checks) console.log(`  ${c.ok ? '✔' : '✘'} ${c.name}${c.detail ? ` (${c.detail})` : ''}`);
      console.log(`  bundle sizes: ${JSON.stringify(pkg.sizes)}`);
      record('package', pkg.checks.filter((c) => c.ok).length, pkg.checks.filter((c) => !c.ok).map((c) => ({ title: c.name, error: c.detail })));

      // 6. UI tier against the packaged extension.
      console.log('\n▶ e2e: the VSIX in the real workbench (headless Chromium)');
      const { runE2e } = require('./runE2e');
      const e2e = await runE2e({ vsix }).catch((e) => ({ passes: 0, failed: [{ title: 'e2e harness', error: String(e && e.stack || e) }] }));
      record('e2e', e2e.passes, e2e.failed || []);
      console.log('\n▶ e2e (web worker host): the VSIX as a web extension, hover and sidebar');
      const e2eWeb = await runE2e({ vsix, web: true }).catch((e) => ({ passes: 0, failed: [{ title: 'e2e-web harness', error: String(e && e.stack || e) }] }));
      record('e2e-web', e2eWeb.passes, e2eWeb.failed || []);
      console.log('\n▶ e2e (German): the VSIX with VS Code\'s display language set to German');
      const de = await runE2e({ vsix, locale: 'de' }).catch((e) => ({ passes: 0, failed: [{ title: 'e2e (German) harness', error: String(e && e.stack || e) }] }));
      record('e2e-de', de.passes, de.failed || []);
    }
  }

  console.log('\n── Summary ──');
  for (const t of tiers) {
    console.log(`  ${t.tier.padEnd(12)} ${t.passes} passed, ${t.failed.length} failed`);
    for (const f of t.failed) console.log(`      ✘ ${f.title}: ${String(f.error).split('\n')[0].slice(0, 300)}`);
  }
  const passed = tiers.reduce((n, t) => n + t.passes, 0);
  const failed = tiers.reduce((n, t) => n + t.failed.length, 0);
  fs.writeFileSync(path.join(RESULTS, 'summary.json'), JSON.stringify({ tiers, seconds: (Date.now() - started) / 1000 }, null, 2));
  console.log(`  total time ${((Date.now() - started) / 1000).toFixed(0)} s`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

function readJson(file) {
  try { return JSON.parse(fs.readFileSync(file, 'utf8')); } catch { return null; }
}

main().catch((e) => { console.error(e); console.log('0 passed, 1 failed'); process.exit(1); });
