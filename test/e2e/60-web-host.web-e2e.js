// The web extension in the real workbench: the packaged VSIX run from its `browser` entry in the
// browser's web worker extension host (the host of vscode.dev and github.dev). Run by the UI tier's
// web pass only (test/harness/runE2e.js --web), where the run's settings force our extension's kind
// to "web" (`remote.extensionKind`), so code-server runs it in the web worker host instead of its
// remote Node host.
'use strict';
const fs = require('fs');

const ID = 'ai-safety-annotations.ai-safety-annotations';
const SOURCE = /Risks from Learned Optimization/;

/** Lines of the remote (Node) extension host's logs that activate our extension. */
function remoteActivations(ctx) {
  return ctx.run.extensionHostLogs()
    .filter((f) => /exthost\.log$/.test(f))
    .flatMap((f) => fs.readFileSync(f, 'utf8').split('\n'))
    .filter((l) => new RegExp(`_doActivateExtension ${ID.replace(/\./g, '\\.')}\\b`).test(l));
}

module.exports = [
  {
    name: 'web host: hovering "mesa-optimizer" in a markdown note shows its definition and source',
    async run(ctx) {
      await ctx.openFile('notes.md', 'mesa-optimizer');
      const text = await ctx.hover('mesa-optimizer', SOURCE);
      if (!/Mesa-optimi[sz]er/i.test(text)) throw new Error(`hover lacks the term: ${text}`);
      if (!/Open in explainer/.test(text)) throw new Error(`hover lacks the explainer link: ${text}`);
      await ctx.shot('web-hover', ctx.page.locator('.monaco-hover:visible', { hasText: 'Open in explainer' }));
    },
  },
  {
    name: 'web host: the AI Safety sidebar renders the explainer and the glossary',
    async run(ctx) {
      await ctx.page.keyboard.press('Escape');
      const icon = ctx.page.locator('.activitybar .action-item [aria-label^="AI Safety"]').first();
      await icon.waitFor({ timeout: 30000 });
      await icon.click();
      const frame = await ctx.webviewFrame('What is mesa-optimization?', 60000);
      await ctx.shot('web-explainer', frame.locator('#panel-explainer h2', { hasText: 'What is mesa-optimization?' }));
      await frame.click('#tab-glossary');
      await frame.waitForSelector('#term-list .term-item', { state: 'visible', timeout: 15000 });
      const terms = await frame.$$eval('#term-list .term-item', (items) => items.length);
      if (terms < 48) throw new Error(`the glossary lists only ${terms} terms`);
    },
  },
  {
    name: 'web host: the extension ran in the web worker host, not in the remote Node host',
    async run(ctx) {
      const lines = remoteActivations(ctx);
      if (lines.length) throw new Error(`the remote Node extension host activated ${ID}:\n${lines.join('\n')}`);
      if (!ctx.run.extensionHostLogs().some((f) => /exthost\.log$/.test(f))) throw new Error('no remote extension host log to compare with');
    },
  },
];
