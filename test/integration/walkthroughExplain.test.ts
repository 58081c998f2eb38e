import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import type { ExtensionApi } from '../../src/extension';
import type { AskOutcome } from '../../src/llm/llmController';
import { startFakeOpenAiServer, type FakeOpenAiServer } from '../fixtures/fakeOpenAiServer';
import { buttonOf, ourWalkthrough } from './walkthroughManifest';

const ID = 'ai-safety-annotations.ai-safety-annotations';

describe("The walkthrough's explain step in a real VS Code", function () {
  this.timeout(60000);
  let api: ExtensionApi;
  let ext: vscode.Extension<ExtensionApi>;
  let server: FakeOpenAiServer;
  const llmConfig = () => vscode.workspace.getConfiguration('aiSafety.llm');

  before(async () => {
    const found = vscode.extensions.getExtension<ExtensionApi>(ID);
    assert.ok(found, `${ID} is not installed`);
    ext = found;
    api = await ext.activate();
    server = await startFakeOpenAiServer();
    await llmConfig().update('baseUrl', server.url, vscode.ConfigurationTarget.Global);
    // No stored key: the key comes from OPENAI_API_KEY, as the harness sets it.
    await api.llm.keys.clear();
    await api.llm.consent.trustHost(new URL(server.url).host);
  });

  after(async () => {
    await llmConfig().update('baseUrl', undefined, vscode.ConfigurationTarget.Global);
    await server?.close();
  });

  it('its button explains mesa-optimizer with the term id its link passes, whatever editor is active', async () => {
    const link = buttonOf(ourWalkthrough(ext), 'explainTerm');
    assert.equal(link.command, 'aiSafety.explainTerm');
    assert.deepEqual(link.args, ['mesa-optimizer']);
    const outcome = await vscode.commands.executeCommand<AskOutcome>(link.command, ...link.args);
    assert.ok(outcome?.sent, outcome && !outcome.sent ? outcome.message : 'no outcome');
    assert.equal(outcome.status, 'complete');
    const asked = JSON.stringify(server.requests.at(-1)?.body ?? '');
    assert.match(asked, /mesa-optimi[sz]er/i, 'the request is about mesa-optimizer');
  });
});
