import { strict as assert } from 'assert';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { ExtensionApi } from '../../src/extension';
import { eventually } from '../integration/helpers';

// Runs in a second code-server run (`runIntegration.js --untrusted`): workspace trust is on, the
// folder is not trusted, and it holds `.vscode/ai-safety-glossary.json` defining "Lantern probe" and
// disabling mesa-optimizer.
const ID = 'ai-safety-annotations.ai-safety-annotations';

describe('An untrusted workspace with a glossary file', function () {
  this.timeout(60000);
  let api: ExtensionApi;
  let folder: vscode.WorkspaceFolder;

  before(async () => {
    const ext = vscode.extensions.getExtension<ExtensionApi>(ID);
    assert.ok(ext, `${ID} is not installed`);
    api = await ext.activate();
    const f = vscode.workspace.workspaceFolders?.[0];
    assert.ok(f, 'no workspace folder open');
    folder = f;
  });

  it('is not trusted, and the extension says its workspace files are blocked', () => {
    assert.equal(vscode.workspace.isTrusted, false);
    assert.equal(api.glossaryFiles().workspaceFilesBlocked, true);
  });

  it('ignores the workspace glossary file, and built-in terms still work', async () => {
    await eventually(() => api.glossaryFiles().reloadCount > 0, 'the glossary files were looked at');
    const uri = vscode.Uri.joinPath(folder.uri, 'notes.md');
    const doc = await vscode.workspace.openTextDocument(uri);
    const ids = api.annotate(doc).map((m) => m.id);
    assert.ok(ids.includes('mesa-optimizer'), `the file's "disable" was applied: ${ids.join(', ')}`);
    const probe = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'lantern probes' });
    assert.deepEqual(api.annotate(probe), []);
    assert.equal(api.glossary.origin('lantern-probe'), undefined);
    assert.equal(vscode.languages.getDiagnostics(vscode.Uri.joinPath(folder.uri, '.vscode', 'ai-safety-glossary.json')).filter((d) => d.source === 'AI Safety glossary').length, 0);
  });

  it('still applies a user-level glossary file', async () => {
    const file = path.join(os.tmpdir(), `aisafety-untrusted-user-${process.pid}.json`);
    const uri = vscode.Uri.file(file);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('{ "terms": [ { "term": "Harbor metric", "definition": "A metric that follows me." } ] }'));
    const config = vscode.workspace.getConfiguration('aiSafety.glossary');
    try {
      await config.update('files', [file], vscode.ConfigurationTarget.Global);
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'plain.txt'));
      const probe = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'the harbor metric' });
      await eventually(() => api.annotate(probe).some((m) => m.id === 'harbor-metric'), 'the user-level term applies');
      assert.ok(!api.annotate(doc).some((m) => m.id === 'lantern-probe'));
      assert.equal(api.glossary.origin('harbor-metric')?.kind, 'file');
    } finally {
      await config.update('files', undefined, vscode.ConfigurationTarget.Global);
      await vscode.workspace.fs.delete(uri);
    }
  });
});
