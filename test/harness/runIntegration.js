#!/usr/bin/env node
// Integration tier: runs the mocha suites in out/test/integration inside a real VS Code extension host
// (code-server's), with this repository as the extension under development, exactly as
// @vscode/test-electron would (extensionDevelopmentPath + extensionTestsPath).
//   node test/harness/runIntegration.js [--grep pattern] [--untrusted | --multi-root | --web]
// With --untrusted it runs the suites of out/test/integration-untrusted instead, in a workspace that
// is not trusted (workspace trust enabled) and holds a workspace glossary file.
// With --multi-root it runs the suites of out/test/integration-multiroot, in a `.code-workspace` of
// two folders with different workspace glossaries, and a user-level glossary file in user settings.
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

/** One glossary file's text: its terms as [term, definition, id?] and the ids it disables. */
function glossaryJson(terms, disable = []) {
  return JSON.stringify({ terms: terms.map(([term, definition, id]) => ({ ...(id ? { id } : {}), term, definition })), disable }, null, 2);
}

/** A document both folders of the multi-root run hold: each folder's term, the other's, a built-in and the user's. */
const MULTI_ROOT_DOC = '# Notes\n\nAn alpha beacon, a bravo gauge, a mesa-optimizer and the harbor metric.\n';

/**
 * The multi-root run's files, in the run folder: folders `alpha` and `bravo`, each with its own
 * workspace glossary (a term of its own, and mesa-optimizer overridden differently) and notes.md,
 * `multi.code-workspace` listing both, and a user-level glossary named in the user settings.
 * Returns the workspace file's path.
 */
function prepareMultiRoot(run) {
  const folders = {
    alpha: glossaryJson([['Alpha beacon', 'A beacon only folder alpha defines.'], ['Mesa-optimizer', 'Folder alpha defines mesa-optimizers its own way.', 'mesa-optimizer']]),
    bravo: glossaryJson([['Bravo gauge', 'A gauge only folder bravo defines.'], ['Mesa-optimizer', 'Folder bravo has another definition of mesa-optimizers.', 'mesa-optimizer']]),
  };
  for (const [name, glossary] of Object.entries(folders)) {
    fs.mkdirSync(path.join(run.dir, name, '.vscode'), { recursive: true });
    fs.writeFileSync(path.join(run.dir, name, '.vscode/ai-safety-glossary.json'), glossary);
    fs.writeFileSync(path.join(run.dir, name, 'notes.md'), MULTI_ROOT_DOC);
  }
  const workspace = path.join(run.dir, 'multi.code-workspace');
  fs.writeFileSync(workspace, JSON.stringify({ folders: [{ path: 'alpha' }, { path: 'bravo' }], settings: {} }, null, 2));
  const userGlossary = path.join(run.dir, 'user-glossary.json');
  fs.writeFileSync(userGlossary, glossaryJson([['Harbor metric', 'A metric the user keeps in every workspace.']]));
  const settingsFile = path.join(run.userData, 'User/settings.json');
  const settings = JSON.parse(fs.readFileSync(settingsFile, 'utf8'));
  fs.writeFileSync(settingsFile, JSON.stringify({ ...settings, 'aiSafety.glossary.files': [userGlossary] }, null, 2));
  return workspace;
}

/** The fake language model extension (test/fixtures/fake-lm-extension), by id. */
const FAKE_LM_ID = 'ai-safety-annotations-tests.fake-language-model';

/** Settings of the web run: our extension (and the fake language model) run in the web worker extension host. */
function webSettings(env) {
  return { 'remote.extensionKind': { [cs.EXTENSION_ID]: ['web'], [FAKE_LM_ID]: ['web'] }, 'aiSafetyTest.web': env };
}

async function runIntegration({ grep, untrusted = false, multiRoot = false, web = false } = {}) {
  cs.checkTools();
  const name = untrusted ? 'integration-untrusted' : multiRoot ? 'integration-multiroot' : web ? 'integration-web' : 'integration';
  const broker = web ? await require('./webTestBroker').startWebTestBroker() : undefined;
  const run = cs.prepareRun(name, untrusted ? UNTRUSTED_SETTINGS : web ? webSettings({ ...broker.env, ...(grep ? { grep } : {}) }) : {});
  if (untrusted) {
    fs.mkdirSync(path.join(run.ws, '.vscode'), { recursive: true });
    fs.writeFileSync(path.join(run.ws, '.vscode/ai-safety-glossary.json'), UNTRUSTED_GLOSSARY);
  }
  const workspaceFile = multiRoot ? prepareMultiRoot(run) : undefined;
  // A test-only extension that registers a fake language model through vscode.lm, installed next to
  // the extension under test (the payload takes one extensionDevelopmentPath).
  cs.installFixtureExtension(run, path.join(cs.ROOT, 'test/fixtures/fake-lm-extension'));
  const resultsFile = path.join(run.dir, 'results.json');
  const env = cs.serverEnv(run, {
    AISAFETY_RESULTS: resultsFile,
    // The LLM tier reads its key from the environment here; the fake server is started by the tests.
    OPENAI_API_KEY: 'sk-test-env-key-0000',
    ...(grep ? { AISAFETY_GREP: grep } : {}),
    ...(untrusted || multiRoot ? { AISAFETY_SUITES: name } : {}),
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
    const query = `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await page.goto(workspaceFile ? cs.workspaceUrl(server, workspaceFile, query) : cs.folderUrl(server, run.ws, query));
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
  const multiRoot = process.argv.includes('--multi-root');
  const web = process.argv.includes('--web');
  const name = untrusted ? 'integration-untrusted' : multiRoot ? 'integration-multiroot' : web ? 'integration-web' : 'integration';
  runIntegration({ grep: gi > 0 ? process.argv[gi + 1] : undefined, untrusted, multiRoot, web }).then((r) => {
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
