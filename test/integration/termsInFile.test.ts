import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import type { TermsInFile } from '../../src/core/termsInFile';
import type { ExtensionApi } from '../../src/extension';

const ID = 'ai-safety-annotations.ai-safety-annotations';
let api: ExtensionApi;

/**
 * Resolves with the view's model once it satisfies `ok`: at once if the current one does, else on
 * the update event (no sleeps; the test's timeout fails it if it never comes).
 */
function modelWhere(document: vscode.TextDocument, ok: (m: TermsInFile) => boolean): Promise<TermsInFile> {
  const shows = (m: TermsInFile | undefined): m is TermsInFile => !!m && api.termsInFile.currentUri?.toString() === document.uri.toString() && ok(m);
  const now = api.termsInFile.current;
  if (shows(now)) {
    return Promise.resolve(now);
  }
  return new Promise((resolve) => {
    const sub = api.termsInFile.onDidUpdate((m) => {
      if (shows(m)) {
        sub.dispose();
        resolve(m);
      }
    });
    api.termsInFile.requestUpdate();
  });
}

const count = (m: TermsInFile, id: string) => m.terms.find((t) => t.id === id)?.count ?? 0;

async function openFixture(name: string): Promise<vscode.TextEditor> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder open');
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, name)));
}

describe('"Terms in This File" in a real VS Code', function () {
  this.timeout(60000);

  before(async () => {
    const ext = vscode.extensions.getExtension<ExtensionApi>(ID);
    assert.ok(ext, `${ID} is not installed`);
    api = await ext.activate();
    assert.ok(api.termsInFile, 'activate() returned no termsInFile in test mode');
    await vscode.commands.executeCommand('aiSafety.termsInFile.focus');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('lists the terms of notes.md with counts and definitions, and their occurrences', async () => {
    const editor = await openFixture('notes.md');
    const model = await modelWhere(editor.document, (m) => count(m, 'mesa-optimizer') > 0);
    const expected = api.annotate(editor.document);
    assert.equal(model.terms.reduce((n, t) => n + t.count, 0), expected.length, 'every annotator mark is counted once');
    const roots = api.termsInFile.getChildren();
    assert.ok(roots.includes('mesa-optimizer') && roots.includes('deceptive-alignment'), JSON.stringify(roots));
    const item = api.termsInFile.getTreeItem('mesa-optimizer');
    const definition = api.glossary.terms.find((t) => t.id === 'mesa-optimizer')?.definition ?? '';
    assert.equal(item.description, `${count(model, 'mesa-optimizer')} · ${definition}`);
    assert.equal(item.contextValue, 'aiSafetyTerm', 'the inline "show card" action applies to term rows');
    const occurrences = api.termsInFile.getChildren('mesa-optimizer');
    assert.equal(occurrences.length, count(model, 'mesa-optimizer'));
    const first = api.termsInFile.getTreeItem(occurrences[0] as { termId: string; index: number });
    assert.equal(first.label, 'Line 3');
    assert.match(String(first.description), /mesa-optimizer/);
  });

  it('clicking an occurrence reveals and selects it in the editor', async () => {
    const editor = await openFixture('notes.md');
    await modelWhere(editor.document, (m) => count(m, 'mesa-optimizer') > 1);
    const second = api.termsInFile.getChildren('mesa-optimizer')[1] as { termId: string; index: number };
    const command = api.termsInFile.getTreeItem(second).command;
    assert.ok(command, 'an occurrence row has a command');
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const active = vscode.window.activeTextEditor;
    assert.equal(active?.document.uri.toString(), editor.document.uri.toString());
    assert.equal(active?.document.getText(active.selection), 'mesa-optimizer');
    assert.equal(active?.selection.start.line, 7);
  });

  it('updates after an edit and follows the active editor', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'Notes on reward hacking.\n' });
    const editor = await vscode.window.showTextDocument(doc);
    await modelWhere(doc, (m) => count(m, 'reward-hacking') === 1 && count(m, 'goal-misgeneralization') === 0);
    await editor.edit((e) => e.insert(new vscode.Position(1, 0), 'Also goal misgeneralization, and reward hacking again.\n'));
    const after = await modelWhere(doc, (m) => count(m, 'goal-misgeneralization') === 1);
    assert.equal(count(after, 'reward-hacking'), 2);
    const plainEditor = await openFixture('plain.txt');
    const plain = await modelWhere(plainEditor.document, (m) => count(m, 'goal-misgeneralization') === 0);
    assert.equal(plain.truncated, false);
  });

  it('scans only a bounded prefix of a huge file and says so', async () => {
    const line = 'Filler text about nothing in particular, then reward hacking.\n';
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: line.repeat(Math.ceil((2 * 1024 * 1024) / line.length)) });
    await vscode.window.showTextDocument(doc);
    const model = await modelWhere(doc, (m) => m.truncated);
    assert.ok(model.scanned <= 1024 * 1024, `scanned ${model.scanned}`);
    assert.ok(count(model, 'reward-hacking') > 0 && count(model, 'reward-hacking') < doc.lineCount);
  });
});
