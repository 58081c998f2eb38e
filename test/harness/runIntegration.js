#!/usr/bin/env node
// Integration tier: runs the mocha suites in out/test/integration inside a real VS Code extension host
// (code-server's), with this repository as the extension under development, exactly as
// @vscode/test-electron would (extensionDevelopmentPath + extensionTestsPath).
//   node test/harness/runIntegration.js [--grep pattern] [--untrusted | --web]
// With --untrusted it runs the suites of out/test/integration-untrusted instead, in a workspace that
// is not trusted (workspace trust enabled) and holds a workspace glossary file.
// With --web it runs the suites in the browser's web worker extension host (the host of vscode.dev
// and github.dev) instead of the Node one: the user settings of the run set
// `remote.extensionKind` to ["web"] for our extension, so the workbench runs it, from its `browser`
// entry, in the web worker host (code-server otherwise runs it in its remote Node host). The suites
// are one browser bundle (out/test/integration-web/index.js, mocha's browser build inside); they
// POST their counts to a loopback server of the harness (webTestBroker.js), which also runs the
// fake OpenAI APIs they use. Works offline: nothing is downloaded.
// Prints the suites' output, writes the counts to test-results/integration.json, exits 1 on any failure
// or when the suites never ran.
'use strict';
const fs = require('fs');
const path = require('path');
const util = require('util');
const cs = require('./codeServer');

const WORKBENCH_CHATTER = /^\s*$|connection token|^Creating a socket|grace time|web worker extension host|Ignoring fetching additional builtin|Service Worker|AgentHost|AccountPolicyGate|builtin extensions cache|Failed to load resource/;
const TIMEOUT_MS = Number(process.env.AISAFETY_INTEGRATION_TIMEOUT_MS || 600000);

/** Settings of the untrusted run: workspace trust on, no start-up prompt, so the folder opens restricted. */
const UNTRUSTED_SETTINGS = {
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.banner': 'never',
  'security.workspace.trust.emptyWindow': false,
};

/** The workspace glossary put into the untrusted run's workspace (its terms must never be read). */
const UNTRUSTED_GLOSSARY = JSON.stringify({
  terms: [{ term: 'Lantern probe', definition: 'A term from an untrusted repository.' }],
  disable: ['mesa-optimizer'],
}, null, 2);

/** The fake language model extension (test/fixtures/fake-lm-extension), by id. */
const FAKE_LM_ID = 'ai-safety-annotations-tests.fake-language-model';

/** Settings of the web run: our extension (and the fake language model) run in the web worker extension host. */
function webSettings(env) {
  return { 'remote.extensionKind': { [cs.EXTENSION_ID]: ['web'], [FAKE_LM_ID]: ['web'] }, 'aiSafetyTest.web': env };
}

async function runIntegration({ grep, untrusted = false, web = false } = {}) {
  cs.checkTools();
  const name = untrusted ? 'integration-untrusted' : web ? 'integration-web' : 'integration';
  const broker = web ? await require('./webTestBroker').startWebTestBroker() : undefined;
  const run = cs.prepareRun(name, untrusted ? UNTRUSTED_SETTINGS : web ? webSettings({ ...broker.env, ...(grep ? { grep } : {}) }) : {});
  if (untrusted) {
    fs.mkdirSync(path.join(run.ws, '.vscode'), { recursive: true });
    fs.writeFileSync(path.join(run.ws, '.vscode/ai-safety-glossary.json'), UNTRUSTED_GLOSSARY);
  }
  // A test-only extension that registers a fake language model through vscode.lm, installed next to
  // the extension under test (the payload takes one extensionDevelopmentPath).
  cs.installFixtureExtension(run, path.join(cs.ROOT, 'test/fixtures/fake-lm-extension'));
  const resultsFile = path.join(run.dir, 'results.json');
  const env = cs.serverEnv(run, {
    AISAFETY_RESULTS: resultsFile,
    // The LLM tier reads its key from the environment here; the fake server is started by the tests.
    OPENAI_API_KEY: 'sk-test-env-key-0000',
    ...(grep ? { AISAFETY_GREP: grep } : {}),
    ...(untrusted ? { AISAFETY_SUITES: 'integration-untrusted' } : {}),
  });
  let server, browser;
  const lines = [];
  try {
    server = await cs.startCodeServer(run, env, { smoke: true, name, trust: untrusted });
    const auth = `127.0.0.1:${server.port}`;
    const index = web ? 'out/test/integration-web/index.js' : 'test/harness/integrationIndex.js';
    const payload = [
      ['extensionDevelopmentPath', `vscode-remote://${auth}${cs.ROOT}`],
      ['extensionTestsPath', `vscode-remote://${auth}${path.join(cs.ROOT, index)}`],
    ];
    browser = await cs.launchChromium();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    let done = false;
    let resolveExit;
    const exited = new Promise((r) => { resolveExit = r; });
    await page.exposeFunction('codeAutomationExit', (code) => { done = true; resolveExit(code); });
    page.on('console', async (m) => {
      if (done) return;
      try {
        let vals = await Promise.all(m.args().map((a) => a.jsonValue()));
        if (typeof vals[0] === 'string' && vals[0].startsWith('%c')) vals = vals.slice(2);
        const line = util.format(...vals);
        // Only what the extension host prints (mocha's reporter, our logs); not workbench chatter.
        // Show what the extension host prints (mocha's reporter, test logs), not the workbench's start-up chatter.
        if (WORKBENCH_CHATTER.test(line)) return;
        const clean = line.replace(/^\s*\[Extension Host\]\s?/, '').replace(/\s*\(at console\.<anonymous>.*$/, '');
        lines.push(clean);
        console.log(`  ${clean}`);
      } catch { /* page closed */ }
    });
    await page.goto(cs.folderUrl(server, run.ws, `&payload=${encodeURIComponent(JSON.stringify(payload))}`));
    const code = await Promise.race([exited, cs.delay(TIMEOUT_MS).then(() => 'timeout')]);
    let results = null;
    if (web) {
      // POSTed before the suites' run() settles, so it is here by now if the suites ran at all.
      results = await Promise.race([broker.results, cs.delay(2000).then(() => null)]);
    } else {
      try { results = JSON.parse(fs.readFileSync(resultsFile, 'utf8')); } catch { /* never ran */ }
    }
    if (!results) {
      results = { passes: 0, failures: 1, tests: 0, failed: [{ title: 'integration suites', error: `never ran (exit ${code}); see ${server.logFile}` }] };
    } else if (code !== 0 && results.failures === 0) {
      results.failures = 1;
      results.failed.push({ title: 'integration run', error: `extension host exited with ${code}` });
    }
    return { ...results, exitCode: code, runDir: run.dir };
  } finally {
    if (browser) await browser.close().catch(() => {});
    await cs.stopCodeServer(server);
    await broker?.close();
  }
}

module.exports = { runIntegration };

if (require.main === module) {
  const gi = process.argv.indexOf('--grep');
  const untrusted = process.argv.includes('--untrusted');
  const web = process.argv.includes('--web');
  const name = untrusted ? 'integration-untrusted' : web ? 'integration-web' : 'integration';
  runIntegration({ grep: gi > 0 ? process.argv[gi + 1] : undefined, untrusted, web }).then((r) => {
    fs.mkdirSync(path.join(cs.ROOT, 'test-results'), { recursive: true });
    fs.writeFileSync(path.join(cs.ROOT, `test-results/${name}.json`), JSON.stringify(r, null, 2));
    for (const f of r.failed || []) console.log(`FAIL ${f.title}: ${f.error}`);
    for (const x of r.excluded || []) console.log(`NOT RUN on the web (Node-only): ${x.name}: ${x.reason}`);
    console.log(`${name}: ${r.passes} passed, ${r.failures} failed${r.excluded ? `, ${r.excluded.length} suite(s) not run (Node-only)` : ''}`);
    process.exit(r.failures ? 1 : 0);
  }, (e) => {
    console.error(e);
    process.exit(1);
  });
}
