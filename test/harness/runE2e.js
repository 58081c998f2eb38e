#!/usr/bin/env node
// UI tier: installs the packaged VSIX into a real VS Code (code-server) with `--install-extension`, opens
// the sample workspace in headless Chromium and runs the checks in test/e2e/*.e2e.js in name order.
// A fake OpenAI-compatible server on 127.0.0.1 stands in for the API.
//   node test/harness/runE2e.js [--vsix file.vsix] [--grep pattern] [--web | --locale de]
// With --web it is one extra pass with only the web checks (test/e2e/*.web-e2e.js): the run's settings
// force our extension's kind to "web" (`remote.extensionKind`), so code-server runs the installed
// VSIX from its `browser` entry in the browser's web worker extension host (as vscode.dev would).
// With --locale, VS Code runs in that display language and the checks in test/e2e/<locale>/ run instead
// (the German pass: translated command titles and sidebar labels).
// Screenshots go to test-results/screenshots/; counts to test-results/e2e.json.
// Every check has its own timeout (`timeout` in the check, else DEFAULT_CHECK_TIMEOUT_MS): a hung check
// fails alone and the next one runs.
'use strict';
const fs = require('fs');
const path = require('path');
const cs = require('./codeServer');
const { createWorkbenchContext } = require('./workbench');

const log = (...a) => console.log('  [e2e]', ...a);

/** How long one UI check may take unless it says otherwise. */
const DEFAULT_CHECK_TIMEOUT_MS = 120000;

/** Runs `check` with its timeout; rejects when it takes longer (the check itself is then abandoned). */
function runWithTimeout(check, ctx) {
  const ms = check.timeout || DEFAULT_CHECK_TIMEOUT_MS;
  let timer;
  const timedOut = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms (this check's timeout)`)), ms);
  });
  return Promise.race([check.run(ctx), timedOut]).finally(() => clearTimeout(timer));
}

async function runE2e({ vsix, grep, web = false, locale } = {}) {
  const passName = web ? 'e2e-web' : locale ? `e2e-${locale}` : 'e2e';
  cs.checkTools();
  if (!vsix || !fs.existsSync(vsix)) throw new Error(`VSIX not found: ${vsix}. Run 'npm run package' first.`);
  const fakeModule = path.join(cs.ROOT, 'out/test/fixtures/fakeOpenAiServer.js');
  const { startFakeOpenAiServer } = require(fakeModule);
  const fakeLlm = await startFakeOpenAiServer();
  const run = cs.prepareRun(passName, {
    'aiSafety.llm.baseUrl': fakeLlm.url,
    ...(web ? { 'remote.extensionKind': { [cs.EXTENSION_ID]: ['web'] } } : {}),
  });
  const env = cs.serverEnv(run, { OPENAI_API_KEY: 'sk-test-env-key-0000' });
  const results = [];
  let server, browser;
  try {
    log('install:', cs.installVsix(run, vsix, env));
    server = await cs.startCodeServer(run, env, { smoke: false, name: passName, locale });
    browser = await cs.launchChromium();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('pageerror', (e) => log('[pageerror]', e.message));
    // The display language: what a language pack's NLS script would set before the workbench loads. No
    // pack can be fetched offline, so VS Code's own messages stay English; the workbench still reports
    // this language to the server, which then reads our package.nls.<locale>.json and starts the
    // extension host with it (vscode.env.language, l10n/bundle.l10n.<locale>.json).
    if (locale) await page.addInitScript((l) => { globalThis._VSCODE_NLS_LANGUAGE = l; }, locale);
    await page.goto(cs.folderUrl(server, run.ws));
    await page.waitForSelector('.monaco-workbench', { timeout: 90000 });
    const ctx = createWorkbenchContext({
      page, workspace: run.ws, screenshotsDir: path.join(cs.ROOT, 'test-results/screenshots'), fakeLlm, log,
      run: { ...run, extensionHostLogs: () => cs.extensionHostLogs(run), vsix },
    });
    const dir = path.join(cs.ROOT, 'test/e2e', locale || '');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith(web ? '.web-e2e.js' : '.e2e.js')).sort();
    for (const file of files) {
      for (const check of require(path.join(dir, file))) {
        const name = `${file.replace(/\.e2e\.js$/, '')}: ${check.name}`;
        if (grep && !name.includes(grep)) continue;
        const t = Date.now();
        try {
          await runWithTimeout(check, ctx);
          results.push({ name, ok: true });
          console.log(`  ✔ ${name} (${Date.now() - t} ms)`);
        } catch (e) {
          results.push({ name, ok: false, error: String(e && e.stack || e).slice(0, 3000) });
          console.log(`  ✘ ${name}\n      ${String(e && e.message || e).split('\n').join('\n      ')}`);
          await ctx.shot(`failure-${name.replace(/[^\w-]+/g, '_').slice(0, 80)}`).catch(() => {});
          await page.keyboard.press('Escape').catch(() => {});
        }
      }
    }
  } catch (e) {
    results.push({ name: 'e2e harness', ok: false, error: String(e && e.stack || e) });
    console.log(`  ✘ e2e harness: ${e && e.stack || e}`);
  } finally {
    if (browser) await browser.close().catch(() => {});
    await cs.stopCodeServer(server);
    await fakeLlm.close();
  }
  const passes = results.filter((r) => r.ok).length;
  const failed = results.filter((r) => !r.ok).map((r) => ({ title: r.name, error: r.error }));
  if (!results.length) failed.push({ title: web ? 'e2e-web' : 'e2e', error: 'no UI check ran' });
  return { passes, failures: failed.length, tests: results.length, failed, runDir: run.dir };
}

module.exports = { runE2e };

if (require.main === module) {
  const arg = (n) => { const i = process.argv.indexOf(n); return i > 0 ? process.argv[i + 1] : undefined; };
  const web = process.argv.includes('--web');
  const locale = arg('--locale');
  const passName = web ? 'e2e-web' : locale ? `e2e-${locale}` : 'e2e';
  runE2e({ vsix: path.resolve(arg('--vsix') || path.join(cs.ROOT, 'ai-safety-annotations.vsix')), grep: arg('--grep'), web, locale }).then((r) => {
    fs.mkdirSync(path.join(cs.ROOT, 'test-results'), { recursive: true });
    fs.writeFileSync(path.join(cs.ROOT, `test-results/${passName}.json`), JSON.stringify(r, null, 2));
    console.log(`${passName}: ${r.passes} passed, ${r.failures} failed`);
    process.exit(r.failures ? 1 : 0);
  }, (e) => { console.error(e); process.exit(1); });
}
