import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import type { ExtensionApi } from '../../src/extension';

const ID = 'ai-safety-annotations.ai-safety-annotations';

describe('The web worker extension host', () => {
  it('runs the extension from its browser entry, in a worker without Node', async () => {
    const ext = vscode.extensions.getExtension<ExtensionApi | undefined>(ID);
    assert.ok(ext, `${ID} is not installed`);
    await ext.activate();
    assert.equal(ext.isActive, true);
    assert.equal(ext.packageJSON.browser, './dist/web/extension.js');
    // A web worker: no Node process object, a WorkerGlobalScope with importScripts.
    assert.equal(typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node, 'undefined');
    assert.equal(typeof (globalThis as { importScripts?: unknown }).importScripts, 'function');
    assert.equal(ext.extensionKind, vscode.ExtensionKind.UI, 'the web worker host runs on the UI side');
  });

  it('keeps the API key in SecretStorage and never reads one from an environment', async () => {
    const ext = vscode.extensions.getExtension<ExtensionApi>(ID);
    assert.ok(ext);
    const api = await ext.activate();
    await api.llm.keys.clear();
    assert.equal(api.llm.keys.envKeyState(), 'absent');
    assert.equal(await api.llm.keys.get(), undefined);
    await api.llm.keys.store('sk-web-test-key-1234');
    try {
      assert.deepEqual(await api.llm.keys.get(), { key: 'sk-web-test-key-1234', source: 'secret' });
    } finally {
      await api.llm.keys.clear();
    }
  });
});
