import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import type { ExtensionApi } from '../../src/extension';

const ID = 'ai-safety-annotations.ai-safety-annotations';

function label(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

/** Our items (their description names the extension) at the end of `content`. */
async function ourItems(language: string, content: string, trigger?: string): Promise<vscode.CompletionItem[]> {
  const doc = await vscode.workspace.openTextDocument({ language, content });
  await vscode.window.showTextDocument(doc);
  const end = doc.positionAt(content.length);
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, end, trigger);
  return list.items.filter((i) => typeof i.label !== 'string' && /AI Safety/.test(i.label.description ?? ''));
}

describe('Glossary completion in a real VS Code', function () {
  this.timeout(60000);
  let api: ExtensionApi;

  before(async () => {
    const ext = vscode.extensions.getExtension<ExtensionApi>(ID);
    assert.ok(ext);
    api = await ext.activate();
  });

  afterEach(async () => {
    await vscode.workspace.getConfiguration('aiSafety.completion').update('enabled', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('offers the glossary terms in markdown on invoke, with definitions, inserting the glossary spelling', async () => {
    const items = await ourItems('markdown', 'Notes on mesa-opt');
    const mesa = items.find((i) => label(i) === 'Mesa-optimizer');
    assert.ok(mesa, `no Mesa-optimizer among ${items.length} items`);
    assert.equal(mesa.insertText, 'Mesa-optimizer');
    const definition = api.glossary.terms.find((t) => t.id === 'mesa-optimizer')?.definition ?? '';
    const doc = mesa.documentation;
    const text = (typeof doc === 'string' ? doc : doc?.value ?? '').replace(/\\/g, '');
    assert.ok(text.includes(definition.slice(0, 40)), `documentation ${JSON.stringify(text)} lacks the definition ${JSON.stringify(definition)}`);
    const range = mesa.range as vscode.Range;
    assert.equal(range.start.character, 'Notes on '.length, 'the typed word is replaced');
    assert.ok(items.length >= api.glossary.terms.length);
  });

  it('stays out of the way while typing unless aiSafety.completion.enabled is on', async () => {
    assert.deepEqual(await ourItems('markdown', 'Notes on mes', 's'), [], 'typing does not pop up terms by default');
    await vscode.workspace.getConfiguration('aiSafety.completion').update('enabled', true, vscode.ConfigurationTarget.Global);
    assert.deepEqual(await ourItems('markdown', 'Notes on me', 'e'), [], 'not before three letters');
    const items = await ourItems('plaintext', 'Notes on mes', 's');
    assert.ok(items.some((i) => label(i) === 'Mesa-optimizer'), 'after three letters in plain text');
    const markdown = await ourItems('markdown', 'Notes on mes', 's');
    assert.ok(markdown.some((i) => label(i) === 'Mesa-optimizer'), 'and in markdown');
  });
});
