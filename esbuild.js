// Builds the extension with esbuild (shape of vscode-extension-samples/esbuild-sample).
//   node esbuild.js               development build with source maps
//   node esbuild.js --production  minified, no source maps (what the VSIX ships)
//   node esbuild.js --watch       rebuild on change
//   node esbuild.js --tests       also bundle unit/integration tests and benchmarks into out/
//   node esbuild.js --out DIR     put the extension bundles in DIR instead of dist/ (the watch-mode test uses it)
// Every mode copies the webview's assets (codicons) next to the webview bundle.
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

const configs = [
  // Loaded at activation: must stay small. Heavy pieces are separate entry points loaded on first use.
  { ...host, entryPoints: { extension: 'src/extension.ts' }, outdir: dist },
  // The vscode-free core as a CommonJS module (API contract for benchmarks, tests and outside checks).
  { ...host, entryPoints: { core: 'src/core/index.ts' }, outdir: dist },
  // The annotation surfaces beyond the hover (preview, terms view, highlights, completion), required lazily.
  { ...host, entryPoints: { surfaces: 'src/surfaces.ts' }, outdir: dist },
  // The sidebar page builder and the explainer's text, required lazily on the first render of the view.
  { ...host, entryPoints: { explainerHtml: 'src/views/explainerHtml.ts' }, outdir: dist },
  // Workspace and user glossary files (loading, watching, checks, the glossary commands), required lazily.
  { ...host, entryPoints: { glossary: 'src/glossary/index.ts' }, outdir: dist },
  // The LLM client with the openai SDK, required lazily by the extension on first use.
  { ...host, entryPoints: { llm: 'src/llm/chatClient.ts' }, outdir: dist },
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
    ...files('test/bench', /\.ts$/),
    ...files('test/fixtures', /\.ts$/),
  ];
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
