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

/**
 * Runs one pass of a harness (an integration run or a UI pass) and records its counts as `tier`; a
 * harness that throws, or a pass in which no check ran at all, is a failure, never a silent pass.
 */
async function pass(tier, label, run) {
  console.log(`\n▶ ${tier}: ${label}`);
  const r = await run().catch((e) => ({ passes: 0, failed: [{ title: `${tier} harness`, error: String(e && e.stack || e) }] }));
  const failed = [...(r.failed || [])];
  if (r.passes === 0 && failed.length === 0) failed.push({ title: tier, error: 'no check ran' });
  record(tier, r.passes, failed);
  return r;
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
    // 4. Integration tier: the development build in dist/ as extensionDevelopmentPath, in four runs.
    const { runIntegration } = require('./runIntegration');
    await pass('integration', 'mocha inside the code-server extension host', () => runIntegration());
    // In a workspace that is not trusted (trust enabled).
    await pass('integration-untrusted', 'untrusted workspace: mocha inside the code-server extension host', () => runIntegration({ untrusted: true }));
    // In a multi-root workspace of two folders with different glossaries.
    await pass('integration-multiroot', 'multi-root workspace: mocha inside the code-server extension host', () => runIntegration({ multiRoot: true }));
    // The same suites in the browser's web worker extension host (the web extension, as on vscode.dev).
    const webInteg = await pass('integration-web', "web worker host: mocha inside the browser's web extension host", () => runIntegration({ web: true }));
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

      // 6. UI tier against the packaged extension: the Node host, then only the web checks in the web
      // worker host, then once more with VS Code's display language German.
      const { runE2e } = require('./runE2e');
      await pass('e2e', 'the VSIX in the real workbench (headless Chromium)', () => runE2e({ vsix }));
      await pass('e2e-web', 'web worker host: the VSIX as a web extension, hover and sidebar', () => runE2e({ vsix, web: true }));
      await pass('e2e-de', "German: the VSIX with VS Code's display language set to German", () => runE2e({ vsix, locale: 'de' }));
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
