import { strict as assert } from 'assert';
import MarkdownIt from 'markdown-it';
import * as vscode from 'vscode';
import type { PreviewApi } from '../../src/extension';

const ID = 'ai-safety-annotations.ai-safety-annotations';

/**
 * The markdown preview's hook in the web host. On vscode.dev the built-in markdown extension runs in
 * the same web worker host and calls `extendMarkdownIt` (`markdown.markdownItPlugins`) on its engine;
 * code-server ships that extension without its browser build, so here the test calls the hook on a
 * markdown-it of its own, as the preview would.
 */
describe('The markdown preview plugin in the web host', function () {
  this.timeout(60000);

  it('extends a markdown-it engine that then marks glossary terms, once the bundles have arrived', async () => {
    const ext = vscode.extensions.getExtension<PreviewApi>(ID);
    assert.ok(ext);
    const api = await ext.activate();
    const md = api.extendMarkdownIt(new MarkdownIt());
    const text = '# Notes\n\nA mesa-optimizer is a learned optimizer; deceptive alignment is one worry about it.\n';
    // Extended at once if the bundles are here, else in place once they are (the preview then re-renders).
    let html = md.render(text);
    for (let i = 0; i < 50 && !html.includes('data-term="mesa-optimizer"'); i++) {
      await new Promise((r) => setTimeout(r, 100));
      html = md.render(text);
    }
    assert.match(html, /<span class="ai-safety-term" data-term="mesa-optimizer" title="[^"]+">mesa-optimizer<\/span>/);
    assert.match(html, /data-term="deceptive-alignment"/);
  });
});
