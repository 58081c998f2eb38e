#!/usr/bin/env node
// `npm run demo`: the packaged extension in a real VS Code in your browser.
// Builds the production VSIX, installs the tools (Debian chromium is not needed for the demo, but the
// same setup script installs Node 24 and code-server), installs the VSIX into a fresh code-server and
// opens a sample workspace (markdown notes, Python and TypeScript files that use the terms).
//   npm run demo                       real API: set your key with "AI Safety: Set API Key…"
//   npm run demo -- --fake-llm         a local fake OpenAI-compatible server answers instead (offline)
//   AISAFETY_DEMO_PORT=8080 npm run demo
'use strict';
const path = require('path');
const { execFileSync } = require('child_process');
const cs = require('./codeServer');

async function main() {
  const root = cs.ROOT;
  const vsix = path.join(root, 'ai-safety-annotations.vsix');
  const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
  run(path.join(root, 'node_modules/.bin/vsce'), ['package', '--no-dependencies', '-o', vsix]);
  run('bash', [path.join(__dirname, 'setup-tools.sh')]);
  if (process.argv.includes('--fake-llm')) run(process.execPath, ['esbuild.js', '--tests']);

  let fake;
  const settings = {};
  if (process.argv.includes('--fake-llm')) {
    fake = await require(path.join(root, 'out/test/fixtures/fakeOpenAiServer.js')).startFakeOpenAiServer();
    settings['aiSafety.llm.baseUrl'] = fake.url;
  }
  const demo = cs.prepareRun('demo', { ...settings, 'workbench.colorTheme': 'Default Dark Modern' });
  const env = cs.serverEnv(demo, fake ? { OPENAI_API_KEY: 'sk-demo-fake-key' } : {});
  if (!fake && process.env.OPENAI_API_KEY) env.OPENAI_API_KEY = process.env.OPENAI_API_KEY;
  console.log(cs.installVsix(demo, vsix, env));
  const port = Number(process.env.AISAFETY_DEMO_PORT || 0);
  const server = await cs.startCodeServer(demo, env, { smoke: false, name: 'demo', port });
  console.log('\nAI Safety Annotations demo is running in a real VS Code (code-server):');
  console.log(`\n    ${cs.folderUrl(server, demo.ws)}\n`);
  console.log('Open it in a browser, hover "mesa-optimizer" in notes.md, and open the AI Safety view in the activity bar.');
  if (fake) console.log(`LLM answers come from a local fake server at ${fake.url}.`);
  console.log(`Logs: ${server.logFile}\nPress Ctrl+C to stop.`);
  const stop = async () => {
    await cs.stopCodeServer(server);
    if (fake) await fake.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e) => { console.error(e && e.message || e); process.exit(1); });
