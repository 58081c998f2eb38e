// Checks on the packaged VSIX: what it holds and how big it is (issue: ship what we test).
// The VSIX is read with yauzl (the zip reader vsce itself uses), not a hand-written parser.
'use strict';
const fs = require('fs');
const path = require('path');
const yauzl = require('yauzl');

// The activation bundles (about 44 KB on the desktop, 45 KB on the web) carry the English texts (the l10n
// keys) of what activation shows; the LLM side's texts, its English defaults and its controller are in the
// lazily loaded llmHost bundle.
const LIMITS = { vsixBytes: 400 * 1024, extensionJsBytes: 52 * 1024, webExtensionJsBytes: 52 * 1024 };

/** The lazily loaded bundles beside each activation bundle (src/platform/types.ts `BundleName`). */
const LAZY_BUNDLES = ['core', 'surfaces', 'explainerHtml', 'glossary', 'llmHost', 'llm'];
/** The ones both hosts load from dist/ (src/platform/types.ts `SHARED_BUNDLES`); the web has its own of the rest. */
const SHARED_BUNDLES = ['core', 'explainerHtml', 'llmHost', 'llm'];
/** The shared ones that may require `vscode` (both hosts provide it); the others require nothing. */
const SHARED_WITH_VSCODE = ['llmHost'];
const WEB_BUNDLES = ['extension', ...LAZY_BUNDLES.filter((b) => !SHARED_BUNDLES.includes(b))];

/** Lists a zip's entries: name, uncompressed and compressed size. */
function zipEntries(file) {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true, autoClose: true }, (err, zip) => {
      if (err) return reject(new Error(`${file} is not a readable zip file: ${err.message}`));
      const entries = [];
      zip.on('entry', (e) => {
        entries.push({ name: e.fileName, size: e.uncompressedSize, compressed: e.compressedSize });
        zip.readEntry();
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** The files the walkthrough needs: each step's media (image, svg or markdown) and the sample note. */
function walkthroughFiles() {
  const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8'));
  const media = (manifest.contributes.walkthroughs || []).flatMap((w) => w.steps).flatMap((step) => {
    const m = step.media || {};
    const image = typeof m.image === 'object' && m.image ? Object.values(m.image) : [m.image];
    return [...image, m.svg, m.markdown].filter((f) => typeof f === 'string');
  });
  return [...new Set([...media, 'media/walkthrough/sample-note.md'])];
}

/** Resolves to { checks: [{ name, ok, detail }], sizes, vsixKB } for the VSIX at `vsix`. */
async function checkPackage(vsix) {
  const checks = [];
  const add = (name, ok, detail) => checks.push({ name, ok, detail });
  const size = fs.statSync(vsix).size;
  add(`VSIX is at most ${LIMITS.vsixBytes / 1024} KB`, size <= LIMITS.vsixBytes, `${(size / 1024).toFixed(1)} KB`);
  const entries = await zipEntries(vsix);
  const files = entries.map((e) => e.name).filter((n) => n.startsWith('extension/')).map((n) => n.slice('extension/'.length));
  const allowed = /^(dist\/.+|media\/.+|package\.json|package\.nls(\.[a-z-]+)?\.json|l10n\/bundle\.l10n(\.[a-z-]+)?\.json|readme\.md|changelog\.md|license(\.txt|\.md)?)$/i;
  const stray = files.filter((f) => !allowed.test(f));
  add('VSIX holds only dist/, media/, README, CHANGELOG, LICENSE, package.json and its translations', stray.length === 0, stray.length ? `unexpected: ${stray.join(', ')}` : `${files.length} files`);
  const maps = files.filter((f) => f.endsWith('.map'));
  add('VSIX holds no source maps', maps.length === 0, maps.join(', '));
  const ext = entries.find((e) => e.name === 'extension/dist/extension.js');
  add(`dist/extension.js is at most ${LIMITS.extensionJsBytes / 1024} KB`, !!ext && ext.size <= LIMITS.extensionJsBytes, ext ? `${(ext.size / 1024).toFixed(1)} KB` : 'missing');
  for (const needed of [...LAZY_BUNDLES.map((b) => `dist/${b}.js`), 'dist/webview/explainer.js', 'dist/webview/codicon.css', 'dist/webview/codicon.ttf', 'package.json', 'package.nls.json', 'package.nls.de.json', 'l10n/bundle.l10n.de.json']) {
    add(`VSIX contains ${needed}`, files.includes(needed), '');
  }
  // The walkthrough: every step's media and the sample note its first step opens.
  const walkthrough = walkthroughFiles();
  add('the manifest contributes a walkthrough whose steps have media', walkthrough.length > 1, walkthrough.join(', '));
  for (const needed of walkthrough) {
    add(`VSIX contains ${needed} (walkthrough)`, files.includes(needed), '');
  }
  // The web extension (vscode.dev, github.dev): its activation bundle within budget, every lazy bundle beside it.
  const webExt = entries.find((e) => e.name === 'extension/dist/web/extension.js');
  add(`dist/web/extension.js is at most ${LIMITS.webExtensionJsBytes / 1024} KB`, !!webExt && webExt.size <= LIMITS.webExtensionJsBytes, webExt ? `${(webExt.size / 1024).toFixed(1)} KB` : 'missing');
  const webMissing = WEB_BUNDLES.map((b) => `dist/web/${b}.js`).filter((f) => !files.includes(f));
  add(`VSIX contains dist/web/ with the web bundles (${WEB_BUNDLES.join(', ')})`, webMissing.length === 0, webMissing.length ? `missing: ${webMissing.join(', ')}` : '');
  const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8'));
  const browserEntry = String(manifest.browser || '').replace(/^\.\//, '');
  add('package.json `browser` names dist/web/extension.js, which the VSIX holds', browserEntry === 'dist/web/extension.js' && files.includes(browserEntry), manifest.browser || 'no browser entry');
  // The production build vsce just made: the activation bundles must not carry the heavy libraries.
  for (const rel of ['dist/extension.js', 'dist/web/extension.js']) {
    const file = path.resolve(__dirname, '../..', rel);
    const src = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    // The LLM side's texts (English defaults and translation keys alike) belong to dist/llmHost.js.
    const heavy = [['openai SDK', /x-stainless/], ['markdown-it', /linkify|markdown-it/i], ['the LLM messages', /is rate-limiting requests/]]
      .filter(([, re]) => re.test(src)).map(([n]) => n);
    add(`${rel} does not bundle the openai SDK, markdown-it or the LLM messages (they load lazily)`, !!src && heavy.length === 0, heavy.join(', '));
  }
  // The web bundles (and the shared ones) run where `require` knows only `vscode`: no other module may be required.
  const webRequires = [...WEB_BUNDLES.map((b) => `web/${b}`), ...SHARED_BUNDLES].flatMap((b) => {
    const file = path.resolve(__dirname, `../../dist/${b}.js`);
    const src = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    const vscodeAllowed = b.startsWith('web/') || SHARED_WITH_VSCODE.includes(b);
    return [...src.matchAll(/\brequire\((["'])([^"']+)\1\)/g)].map((m) => m[2]).filter((id) => !(vscodeAllowed && id === 'vscode')).map((id) => `${b}: ${id}`);
  });
  const bare = SHARED_BUNDLES.filter((b) => !SHARED_WITH_VSCODE.includes(b));
  add(`dist/web/*.js and the shared ${SHARED_WITH_VSCODE.join(', ')} require nothing but vscode; the shared ${bare.join(', ')} nothing at all`, webRequires.length === 0, webRequires.join(', '));
  const sizes = Object.fromEntries(entries.filter((e) => /dist\/.*\.js$/.test(e.name)).map((e) => [e.name.replace('extension/', ''), `${(e.size / 1024).toFixed(1)} KB`]));
  return { checks, sizes, vsixKB: +(size / 1024).toFixed(1) };
}

module.exports = { checkPackage, zipEntries, LIMITS, LAZY_BUNDLES };
