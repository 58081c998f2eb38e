// Builds the extension with esbuild (shape of vscode-extension-samples/esbuild-sample).
//   node esbuild.js               development build with source maps
//   node esbuild.js --production  minified, no source maps (what the VSIX ships)
//   node esbuild.js --watch       rebuild on change
//   node esbuild.js --tests       also bundle unit/integration tests and benchmarks into out/
//   node esbuild.js --out DIR     put the extension bundles in DIR instead of dist/ (the watch-mode test uses it)
// Every mode copies the webview's assets (codicons) next to the webview bundle.
// Every mode also builds the web extension (`browser` in package.json) into DIST/web/: the same
// entry points for VS Code's web worker extension host (vscode.dev, github.dev), with src/platform's
// web implementations in place of the Node ones.
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const tests = process.argv.includes('--tests');
const outArg = process.argv.indexOf('--out');
const dist = outArg > 0 && process.argv[outArg + 1] ? process.argv[outArg + 1] : 'dist';

/** Prints errors in the `file:line:col: error:` form the $esbuild-watch problem matcher reads. */
const problemMatcher = {
  name: 'problem-matcher',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      console.log('[watch] build finished');
    });
  },
};

const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: watch ? 'silent' : 'warning',
  plugins: watch ? [problemMatcher] : [],
};

/** Extension host bundles: CommonJS for Node, `vscode` provided by the host. */
const host = {
  ...common,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  external: ['vscode'],
  // jsonc-parser's `main` is a UMD build whose internal requires esbuild cannot follow; its ESM build bundles.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
};

/**
 * Resolves `src/platform/runtime` and `src/platform/host` to their web implementations
 * (`src/platform/web/…`): the platform is chosen at build time, never sniffed at run time.
 */
const webPlatform = {
  name: 'web-platform',
  setup(build) {
    const platformDir = path.resolve(__dirname, 'src/platform');
    build.onResolve({ filter: /(^|\/)platform\/(runtime|host)$/ }, (args) => {
      const target = path.resolve(args.resolveDir, args.path);
      if (path.dirname(target) !== platformDir) return undefined;
      return { path: path.join(platformDir, 'web', `${path.basename(target)}.ts`) };
    });
  },
};

/**
 * Web worker extension host bundles: CommonJS (the host evaluates the file with `module`,
 * `exports` and a `require` that knows only `vscode`), no Node built-ins (esbuild fails on one).
 */
const web = {
  ...host,
  platform: 'browser',
  target: 'es2022',
  mainFields: ['browser', 'module', 'main'],
  plugins: [...common.plugins, webPlatform],
  define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"' },
};

/** The lazily loaded bundles, by name (src/platform/types.ts `BundleName`), beside the activation bundle. */
const lazyEntries = {
  // The vscode-free core as a CommonJS module (API contract for benchmarks, tests and outside checks).
  core: 'src/core/index.ts',
  // The annotation surfaces beyond the hover (preview, terms view, highlights, completion).
  surfaces: 'src/surfaces.ts',
  // The sidebar page builder and the explainer's text, loaded on the first render of the view.
  explainerHtml: 'src/views/explainerHtml.ts',
  // Workspace and user glossary files (loading, watching, checks, the glossary commands).
  glossary: 'src/glossary/index.ts',
  // The LLM commands' work (settings, routing, key prompt, consent, answers, messages, the chat
  // handler), loaded by the first LLM command or chat request.
  llmHost: 'src/llm/llmHost.ts',
  // The LLM client with the openai SDK, loaded on the first request.
  llm: 'src/llm/chatClient.ts',
};

/**
 * Lazy bundles free of Node built-ins and src/platform: built once, loaded by both hosts
 * (src/platform/types.ts `SHARED_BUNDLES`; the package checks verify that core and explainerHtml
 * require nothing, and llmHost only `vscode`).
 */
const sharedBundles = ['core', 'explainerHtml', 'llmHost', 'llm'];

const configs = [
  // Loaded at activation: must stay small. Heavy pieces are separate entry points loaded on first use.
  { ...host, entryPoints: { extension: 'src/extension.ts' }, outdir: dist },
  // One bundle each, so each loads on its own first use (src/platform/host.ts).
  ...Object.entries(lazyEntries).map(([name, entry]) => ({ ...host, entryPoints: { [name]: entry }, outdir: dist })),
  // The same for the web worker extension host, in DIST/web/.
  { ...web, entryPoints: { extension: 'src/extension.ts' }, outdir: path.join(dist, 'web') },
  ...Object.entries(lazyEntries)
    .filter(([name]) => !sharedBundles.includes(name))
    .map(([name, entry]) => ({ ...web, entryPoints: { [name]: entry }, outdir: path.join(dist, 'web') })),
  // Code that runs inside the sidebar webview (browser).
  {
    ...common,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    entryPoints: { explainer: 'src/webview/main.ts' },
    outdir: path.join(dist, 'webview'),
  },
];

if (tests) {
  // Test bundles start clean: a bundle left from a deleted or renamed test (or another branch) would still run.
  fs.rmSync('out/test', { recursive: true, force: true });
  const files = (dir, re) => fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => re.test(f)).map((f) => path.join(dir, f)) : [];
  const testEntries = [
    ...files('test/unit', /\.ts$/),
    ...files('test/integration', /\.ts$/),
    ...files('test/integration-untrusted', /\.ts$/),
    ...files('test/integration-multiroot', /\.ts$/),
    ...files('test/bench', /\.ts$/),
    ...files('test/fixtures', /\.ts$/),
  ];
  // The integration suites for the web worker extension host: one browser bundle with mocha's browser
  // build, the web platform, and a small `assert` (no Node built-ins there).
  configs.push({
    ...web,
    sourcemap: 'inline',
    minify: false,
    entryPoints: { index: 'test/integration-web/index.ts' },
    outdir: 'out/test/integration-web',
    alias: { ...web.alias, assert: './test/integration-web/assert.ts' },
  });
  // One bundle per test file, so one broken file does not hide the others' results.
  for (const entry of testEntries) {
    configs.push({
      ...host,
      sourcemap: true,
      minify: false,
      entryPoints: [entry],
      outbase: '.',
      outdir: 'out',
      external: ['vscode', 'mocha', 'openai', 'markdown-it', 'playwright-core', '@vscode/l10n-dev'],
    });
  }
}

/** The webview's codicons come from the package, copied next to the webview bundle. */
function copyWebviewAssets() {
  const codicons = path.join(path.dirname(require.resolve('@vscode/codicons/package.json')), 'dist');
  const target = path.join(dist, 'webview');
  fs.mkdirSync(target, { recursive: true });
  for (const f of ['codicon.css', 'codicon.ttf']) fs.copyFileSync(path.join(codicons, f), path.join(target, f));
}

async function main() {
  // A production build starts clean, so no development source map is left behind for the VSIX.
  if (production) fs.rmSync(dist, { recursive: true, force: true });
  // Before any build, in every mode: `--watch` (F5, `npm run watch`) never gets past the watch call.
  copyWebviewAssets();
  const contexts = await Promise.all(configs.map((c) => esbuild.context(c)));
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  try {
    const results = await Promise.all(contexts.map((c) => c.rebuild()));
    if (results.some((r) => r.errors.length)) process.exitCode = 1;
  } catch {
    process.exitCode = 1;
  } finally {
    await Promise.all(contexts.map((c) => c.dispose()));
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
