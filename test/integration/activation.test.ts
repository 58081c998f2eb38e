import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import type { ExtensionApi } from '../../src/extension';

const ID = 'ai-safety-annotations.ai-safety-annotations';

describe('Activation in a real VS Code', () => {
  // First in the file: any test that reads the glossary loads the bundle.
  it('loads the glossary bundle on first use, not at activation', async () => {
    const ext = vscode.extensions.getExtension<ExtensionApi | undefined>(ID);
    assert.ok(ext);
    const api = await ext.activate();
    assert.ok(api);
    assert.equal(api.coreLoaded(), false, 'dist/core.js was loaded during activation');
    assert.equal(api.llm.loaded, false, 'dist/llmHost.js was loaded during activation');
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'a mesa-optimizer' });
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(0, 5));
    assert.ok(hovers.length > 0);
    assert.equal(api.coreLoaded(), true);
  });

  it('loads the LLM side on first use: Stop needs no bundle, an explain command loads it', async () => {
    const api = await vscode.extensions.getExtension<ExtensionApi | undefined>(ID)?.activate();
    assert.ok(api);
    assert.equal(await vscode.commands.executeCommand('aiSafety.stopLlm'), false);
    assert.equal(api.llm.loaded, false, 'Stop loaded dist/llmHost.js');
    // An unknown term id: the plan (in dist/llmHost.js) refuses it, so nothing is asked.
    assert.equal(await vscode.commands.executeCommand('aiSafety.explainTerm', 'no-such-term'), undefined);
    assert.equal(api.llm.loaded, true);
  });

  it('is installed, activates, and returns its API in test mode', async () => {
    const ext = vscode.extensions.getExtension<ExtensionApi | undefined>(ID);
    assert.ok(ext, `${ID} is not installed`);
    const api = await ext.activate();
    assert.equal(ext.isActive, true);
    assert.ok(api, 'activate() returned no API in ExtensionMode.Test');
    assert.ok(api.glossary.terms.length >= 48, `only ${api.glossary.terms.length} terms`);
  });

  it('registers every command the manifest contributes', async () => {
    const ext = vscode.extensions.getExtension(ID);
    assert.ok(ext);
    await ext.activate();
    const contributed: string[] = (ext.packageJSON.contributes.commands as { command: string }[]).map((c) => c.command);
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.filter((c) => !registered.has(c));
    assert.deepEqual(missing, [], `contributed but not registered: ${missing.join(', ')}`);
    assert.ok(contributed.length >= 9);
  });

  it('exposes its settings with the documented defaults', () => {
    const cfg = vscode.workspace.getConfiguration('aiSafety');
    assert.equal(cfg.get('hover.enabled'), true);
    assert.deepEqual(cfg.get('hover.excludedLanguages'), []);
    assert.equal(cfg.get('explainer.followCursor'), true);
    assert.equal(cfg.get('llm.model'), 'gpt-4o');
    assert.equal(cfg.inspect('llm.baseUrl')?.defaultValue, 'https://api.openai.com/v1');
  });
});
