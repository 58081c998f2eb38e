import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import type { ExtensionApi } from '../../src/extension';

const ID = 'ai-safety-annotations.ai-safety-annotations';
let api: ExtensionApi;

/** Resolves with the marks of `editor` once an update satisfies `ok` (no sleeps; the test timeout fails it). */
function marksWhere(editor: vscode.TextEditor, ok: (ranges: readonly vscode.Range[]) => boolean): Promise<readonly vscode.Range[]> {
  return new Promise((resolve) => {
    const sub = api.highlights.onDidApply((event) => {
      if (event.editor === editor && ok(event.ranges)) {
        sub.dispose();
        resolve(event.ranges);
      }
    });
    api.highlights.requestUpdate(editor);
  });
}

async function setHighlight(key: 'enabled' | 'maxMatches', value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('aiSafety.highlight').update(key, value, vscode.ConfigurationTarget.Global);
}

describe('Opt-in highlights in a real VS Code', function () {
  this.timeout(60000);

  before(async () => {
    const ext = vscode.extensions.getExtension<ExtensionApi>(ID);
    assert.ok(ext, `${ID} is not installed`);
    api = await ext.activate();
  });

  afterEach(async () => {
    await setHighlight('enabled', undefined);
    await setHighlight('maxMatches', undefined);
  });

  it('marks nothing while aiSafety.highlight.enabled is off (the default)', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'A mesa-optimizer and reward hacking.\n' });
    const editor = await vscode.window.showTextDocument(doc);
    api.highlights.update(editor);
    assert.deepEqual(api.highlights.rangesFor(editor), []);
  });

  it('underlines exactly the annotated terms when enabled, and clears them when disabled again', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'A mesa-optimizer here.\nA qubit in superposition.\n' });
    const editor = await vscode.window.showTextDocument(doc);
    try {
      await setHighlight('enabled', true);
      const ranges = await marksWhere(editor, (r) => r.length > 0);
      assert.deepEqual(ranges.map((r) => doc.getText(r)), ['mesa-optimizer']);
      assert.deepEqual(ranges.map((r) => doc.offsetAt(r.start)), api.annotate(doc).map((m) => m.start), 'the same marks as the hover: superposition stays unmarked with one AI-safety term');
      await editor.edit((e) => e.insert(new vscode.Position(2, 0), 'And deceptive alignment.\n'));
      const edited = await marksWhere(editor, (r) => r.length === 3);
      assert.deepEqual(edited.map((r) => doc.getText(r)), ['mesa-optimizer', 'superposition', 'deceptive alignment'], 'a second AI-safety term makes superposition a term');
    } finally {
      await setHighlight('enabled', undefined);
    }
    await marksWhere(editor, (r) => r.length === 0);
    assert.deepEqual(api.highlights.rangesFor(editor), []);
  });

  it('decorates only the visible part of a large file, up to aiSafety.highlight.maxMatches', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Line about reward hacking and mesa-optimizers.\n'.repeat(20_000) });
    const editor = await vscode.window.showTextDocument(doc);
    await setHighlight('enabled', true);
    const ranges = await marksWhere(editor, (r) => r.length > 0);
    const lastVisible = Math.max(...editor.visibleRanges.map((r) => r.end.line));
    assert.ok(ranges.every((r) => r.start.line <= lastVisible + 100), 'only the visible lines plus the margin');
    assert.ok(ranges.length <= 2 * (lastVisible + 101), `${ranges.length} marks`);
    await setHighlight('maxMatches', 7);
    const capped = await marksWhere(editor, (r) => r.length === 7);
    assert.equal(capped[0]?.start.line, 0);
  });
});
