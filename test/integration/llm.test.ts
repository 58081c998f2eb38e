import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import type { ExtensionApi } from '../../src/extension';
import type { AnswerRecord } from '../../src/core/answer';
import type { AskOutcome } from '../../src/llm/llmController';
import { SEED_PROMPT, buildTermPrompt } from '../../src/core/prompt';
import { findTerm } from '../../src/core/glossary/glossary';
import {
  FAKE_ANSWER_MARKER,
  FAKE_OK_CHUNKS,
  startFakeOpenAiServer,
  type FakeOpenAiServer,
} from '../fixtures/fakeOpenAiServer';

const ID = 'ai-safety-annotations.ai-safety-annotations';
/** The harness puts this key in the extension host's environment (OPENAI_API_KEY). */
const ENV_KEY = 'sk-test-env-key-0000';
const OK_ANSWER = FAKE_OK_CHUNKS.join('');

/** Polls `check` until it returns a truthy value. */
async function waitFor<T>(what: string, check: () => T | undefined | false, timeoutMs = 15000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = check();
    if (value) {
      return value;
    }
    if (Date.now() - started > timeoutMs) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await new Promise((r) => setTimeout(r, 25));
  }
}

function sent(outcome: AskOutcome | undefined): Extract<AskOutcome, { sent: true }> {
  assert.ok(outcome, 'the command returned an outcome');
  assert.equal(outcome.sent, true, outcome.sent ? '' : outcome.message);
  return outcome as Extract<AskOutcome, { sent: true }>;
}

describe('Explain with an LLM, in a real VS Code extension host', function () {
  this.timeout(60000);
  let api: ExtensionApi;
  let server: FakeOpenAiServer;
  let llmAlreadyLoaded = false;
  const llmConfig = () => vscode.workspace.getConfiguration('aiSafety.llm');

  before(async () => {
    const ext = vscode.extensions.getExtension<ExtensionApi>(ID);
    assert.ok(ext, `${ID} is not installed`);
    llmAlreadyLoaded = Object.keys(require.cache).some((p) => /[\\/]dist[\\/]llm\.js$/.test(p));
    api = await ext.activate();
    assert.ok(api?.llm, 'activate() returned the API with the LLM controller');
    server = await startFakeOpenAiServer();
    await llmConfig().update('baseUrl', server.url, vscode.ConfigurationTarget.Global);
    // No stored key: the key comes from OPENAI_API_KEY, as the harness sets it.
    await api.llm.keys.clear();
    await api.llm.consent.trustHost(new URL(server.url).host);
  });

  after(async () => {
    for (const key of ['baseUrl', 'idleTimeoutSeconds', 'requestTimeoutSeconds']) {
      await llmConfig().update(key, undefined, vscode.ConfigurationTarget.Global);
    }
    await server?.close();
  });

  beforeEach(() => {
    server.setScenario('ok');
    server.requests.length = 0;
  });

  function record(id: string): AnswerRecord {
    const found = api.explainer.records().find((r) => r.id === id);
    assert.ok(found, `answer ${id} is in the sidebar's records`);
    return found;
  }

  it('does not load the chat client (and the openai SDK) at activation', () => {
    assert.equal(llmAlreadyLoaded, false);
  });

  it('runs the seed prompt from "Explain Mesa-Optimization with LLM" and puts the streamed answer in the sidebar', async () => {
    const outcome = sent(await vscode.commands.executeCommand<AskOutcome>('aiSafety.explainWithLlm'));
    assert.equal(outcome.status, 'complete', outcome.error);
    const r = record(outcome.id);
    assert.equal(r.status, 'complete');
    assert.equal(r.question, SEED_PROMPT);
    assert.equal(r.model, 'gpt-4o');
    assert.equal(r.host, new URL(server.url).host);
    assert.equal(r.termId, 'mesa-optimization');
    assert.equal(r.text, OK_ANSWER);
    assert.ok(r.text.includes(FAKE_ANSWER_MARKER));
    assert.ok(Object.keys(require.cache).some((p) => /[\\/]dist[\\/]llm\.js$/.test(p)), 'the client loaded on first use');
  });

  it('sends the exact prompt and model, with the key from OPENAI_API_KEY, to the configured base URL', async () => {
    await vscode.commands.executeCommand('aiSafety.explainWithLlm');
    assert.equal(server.requests.length, 1);
    const req = server.requests[0]!;
    assert.equal(req.path, '/v1/chat/completions');
    assert.deepEqual(req.body, { model: 'gpt-4o', messages: [{ role: 'user', content: SEED_PROMPT }], stream: true });
    assert.equal(req.authorization, `Bearer ${ENV_KEY}`);
  });

  it('explains a term given by id, as a hover link does, with the glossary definition as context', async () => {
    server.setScenario('echo');
    const outcome = sent(await vscode.commands.executeCommand<AskOutcome>('aiSafety.explainTerm', 'mesa-optimizer'));
    assert.equal(outcome.status, 'complete', outcome.error);
    const term = findTerm(api.glossary, 'mesa-optimizer');
    assert.ok(term);
    const expected = buildTermPrompt(term);
    const r = record(outcome.id);
    assert.equal(r.termId, 'mesa-optimizer');
    assert.equal(r.question, expected);
    assert.equal(r.text, expected, 'the echo server answered with the prompt it received');
    assert.ok(expected.includes(term.definition));
    const body = server.requests[0]?.body as { messages: { content: string }[] };
    assert.equal(body.messages[0]?.content, expected);
  });

  it('accepts the id wrapped in a one-element array and refuses an unknown id without sending', async () => {
    server.setScenario('echo');
    const outcome = sent(await vscode.commands.executeCommand<AskOutcome>('aiSafety.explainTerm', ['reward-hacking']));
    assert.equal(record(outcome.id).termId, 'reward-hacking');
    server.requests.length = 0;
    const refused = await vscode.commands.executeCommand<AskOutcome | undefined>('aiSafety.explainTerm', 'no-such-term');
    assert.equal(refused, undefined, 'the command failed with a message instead');
    assert.equal(server.requests.length, 0);
  });

  it('explains the term at the cursor in notes.md', async () => {
    server.setScenario('echo');
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'a workspace folder is open');
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'notes.md'));
    const editor = await vscode.window.showTextDocument(doc);
    const offset = doc.getText().indexOf('mesa-optimizer') + 4;
    assert.ok(offset > 4);
    const pos = doc.positionAt(offset);
    editor.selection = new vscode.Selection(pos, pos);
    const outcome = sent(await vscode.commands.executeCommand<AskOutcome>('aiSafety.explainTerm'));
    assert.equal(record(outcome.id).termId, 'mesa-optimizer');
    assert.match(record(outcome.id).question, /^Explain the AI-safety concept "Mesa-optimizer"/);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('sends nothing when aiSafety.llm.baseUrl is invalid', async () => {
    const countBefore = api.explainer.records().length;
    await llmConfig().update('baseUrl', 'ftp://x', vscode.ConfigurationTarget.Global);
    try {
      const outcome = await vscode.commands.executeCommand<AskOutcome>('aiSafety.explainWithLlm');
      assert.ok(outcome && !outcome.sent);
      assert.equal(outcome.reason, 'settings');
      assert.match(outcome.message, /aiSafety\.llm\.baseUrl must start with https:\/\//);
    } finally {
      await llmConfig().update('baseUrl', server.url, vscode.ConfigurationTarget.Global);
    }
    assert.equal(server.requests.length, 0);
    assert.equal(api.explainer.records().length, countBefore, 'no answer was started');
  });

  it('keeps the question and the partial answer, marked interrupted, when the stream stalls', async () => {
    server.setScenario('stall-after-first');
    await llmConfig().update('idleTimeoutSeconds', 1, vscode.ConfigurationTarget.Global);
    try {
      const outcome = sent(await vscode.commands.executeCommand<AskOutcome>('aiSafety.explainWithLlm'));
      assert.equal(outcome.status, 'interrupted');
      const r = record(outcome.id);
      assert.equal(r.status, 'interrupted');
      assert.equal(r.question, SEED_PROMPT);
      assert.equal(r.text, FAKE_OK_CHUNKS[0]);
      assert.match(r.error ?? '', /stalled.*aiSafety\.llm\.idleTimeoutSeconds/);
    } finally {
      await llmConfig().update('idleTimeoutSeconds', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('reports a 401 that echoes the key without the key, and says the key came from the environment', async () => {
    server.setScenario('unauthorized-echo-key');
    const outcome = sent(await vscode.commands.executeCommand<AskOutcome>('aiSafety.explainWithLlm'));
    assert.equal(outcome.status, 'error');
    const r = record(outcome.id);
    assert.equal(r.status, 'error');
    assert.match(r.error ?? '', /401 Unauthorized/);
    assert.match(r.error ?? '', /OPENAI_API_KEY/);
    assert.ok(!JSON.stringify(r).includes(ENV_KEY));
  });

  it('stops a streaming answer for real with "Stop LLM Answer", keeping the partial text', async () => {
    server.setScenario('slow', { chunkDelayMs: 100 });
    const pending = vscode.commands.executeCommand<AskOutcome>('aiSafety.explainWithLlm');
    const streaming = await waitFor('a streaming answer with text', () =>
      api.explainer.records().find((r) => r.status === 'streaming' && r.text.length > 0),
    );
    assert.equal(api.llm.busy, true);
    assert.equal(await vscode.commands.executeCommand('aiSafety.stopLlm'), true);
    const outcome = sent(await pending);
    assert.equal(outcome.id, streaming.id);
    assert.equal(outcome.status, 'cancelled');
    const r = record(outcome.id);
    assert.equal(r.status, 'cancelled');
    assert.ok(r.text.length > 0 && r.text.length < OK_ANSWER.length);
    assert.ok(OK_ANSWER.startsWith(r.text));
    assert.equal(api.llm.busy, false);
  });

  it('aborts the first answer when a second question is asked, so the two never interleave', async () => {
    server.setScenario('slow', { chunkDelayMs: 100 });
    const first = vscode.commands.executeCommand<AskOutcome>('aiSafety.explainWithLlm');
    await waitFor('the first answer streaming', () => api.explainer.records().find((r) => r.status === 'streaming' && r.text.length > 0));
    server.setScenario('ok');
    const second = sent(await vscode.commands.executeCommand<AskOutcome>('aiSafety.explainTerm', 'mesa-optimizer'));
    const firstOutcome = sent(await first);
    assert.equal(firstOutcome.status, 'cancelled');
    assert.match(firstOutcome.error ?? '', /newer question/);
    assert.equal(second.status, 'complete');
    assert.equal(record(second.id).text, OK_ANSWER, 'the second answer holds only its own chunks');
    const a = record(firstOutcome.id);
    assert.ok(OK_ANSWER.startsWith(a.text) && a.text.length < OK_ANSWER.length, 'the first keeps only its own partial text');
  });

  it('prefers a key stored in SecretStorage over OPENAI_API_KEY, and "Clear API Key" removes it', async () => {
    const stored = 'sk-test-stored-key-1111';
    await api.llm.keys.store(stored);
    try {
      sent(await vscode.commands.executeCommand<AskOutcome>('aiSafety.explainWithLlm'));
      assert.equal(server.requests[0]?.authorization, `Bearer ${stored}`);
    } finally {
      assert.equal(await vscode.commands.executeCommand('aiSafety.clearApiKey'), true);
    }
    assert.equal(await api.llm.keys.hasStoredKey(), false);
    sent(await vscode.commands.executeCommand<AskOutcome>('aiSafety.explainWithLlm'));
    assert.equal(server.requests[1]?.authorization, `Bearer ${ENV_KEY}`);
    assert.equal(await vscode.commands.executeCommand('aiSafety.clearApiKey'), false, 'nothing left to remove');
  });

  it('with no key anywhere and provider "openai", asks for one and sends nothing when the box is dismissed', async () => {
    const saved = process.env.OPENAI_API_KEY;
    delete process.env.OPENAI_API_KEY;
    // The test run also has a VS Code language model (the fake one), which "auto" would use instead.
    await llmConfig().update('provider', 'openai', vscode.ConfigurationTarget.Global);
    try {
      let settled = false;
      const pending = Promise.resolve(vscode.commands.executeCommand<AskOutcome>('aiSafety.explainWithLlm')).finally(() => {
        settled = true;
      });
      // Dismiss the password box as Escape does (again, until the command has its answer).
      for (let i = 0; i < 40 && !settled; i++) {
        await new Promise((r) => setTimeout(r, 250));
        await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      }
      const outcome = await pending;
      assert.ok(outcome && !outcome.sent);
      assert.equal(outcome.reason, 'no-key');
      assert.match(outcome.message, /nothing was sent/);
    } finally {
      process.env.OPENAI_API_KEY = saved;
      await llmConfig().update('provider', undefined, vscode.ConfigurationTarget.Global);
    }
    assert.equal(server.requests.length, 0);
    assert.equal(await api.llm.keys.hasStoredKey(), false);
  });

  it('ignores OPENAI_BASE_URL in the environment and says so in the log', async () => {
    process.env.OPENAI_BASE_URL = server.secondOrigin.url;
    try {
      const outcome = sent(await vscode.commands.executeCommand<AskOutcome>('aiSafety.explainWithLlm'));
      assert.equal(outcome.status, 'complete');
    } finally {
      delete process.env.OPENAI_BASE_URL;
    }
    assert.equal(server.requests.length, 1);
    assert.equal(server.secondOrigin.requests.length, 0);
    await readLogs(api.llm.logUri, /OPENAI_BASE_URL is set \(127\.0\.0\.1:\d+\) but ignored/);
  });

  it("ignores a workspace's .vscode/settings.json that points aiSafety.llm.baseUrl elsewhere", async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the fixture workspace is open');
    const settingsUri = vscode.Uri.joinPath(folder.uri, '.vscode', 'settings.json');
    // A window-scoped setting (set to its default) rides along as a witness: once VS Code shows its
    // workspace value, it has read this file, and the machine-scoped values in it were ignored.
    const hostile = JSON.stringify({
      'aiSafety.llm.baseUrl': server.secondOrigin.url,
      'aiSafety.llm.model': 'attacker-model',
      'aiSafety.explainer.followCursor': true,
    });
    await vscode.workspace.fs.writeFile(settingsUri, new TextEncoder().encode(hostile));
    try {
      await waitFor('VS Code to read the folder settings', () =>
        vscode.workspace.getConfiguration('aiSafety.explainer').inspect('followCursor')?.workspaceValue === true,
      );
      assert.equal(llmConfig().inspect('baseUrl')?.workspaceValue, undefined, 'machine-scoped: no workspace value');
      const outcome = sent(await vscode.commands.executeCommand<AskOutcome>('aiSafety.explainWithLlm'));
      assert.equal(outcome.status, 'complete', outcome.error);
      assert.equal(server.requests.length, 1, 'the request went to the user-configured server');
      assert.equal((server.requests[0]?.body as { model?: unknown }).model, 'gpt-4o', 'the workspace cannot change the model either');
      assert.equal(server.secondOrigin.requests.length, 0, 'nothing reached the URL the workspace named');
    } finally {
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder.uri, '.vscode'), { recursive: true });
    }
  });

  it('never puts the key in the answers or the log', async () => {
    server.setScenario('key-in-answer');
    const outcome = sent(await vscode.commands.executeCommand<AskOutcome>('aiSafety.explainWithLlm'));
    assert.match(record(outcome.id).text, /your key is \[redacted\]/);
    assert.ok(!JSON.stringify(api.explainer.records()).includes(ENV_KEY));

    const text = await readLogs(api.llm.logUri, /Request [0-9a-f-]+ ended/);
    assert.ok(!text.includes(ENV_KEY), 'the key is not in the log');
  });
});

/** Concatenated text of the *.log files under `dir`, once one matches `expect` (polls up to 15 s). */
async function readLogs(dir: vscode.Uri, expect: RegExp): Promise<string> {
  const started = Date.now();
  for (;;) {
    const parts: string[] = [];
    const walk = async (uri: vscode.Uri): Promise<void> => {
      let entries: [string, vscode.FileType][] = [];
      try {
        entries = await vscode.workspace.fs.readDirectory(uri);
      } catch {
        return;
      }
      for (const [name, type] of entries) {
        const child = vscode.Uri.joinPath(uri, name);
        if (type === vscode.FileType.Directory) {
          await walk(child);
        } else if (name.endsWith('.log')) {
          parts.push(new TextDecoder().decode(await vscode.workspace.fs.readFile(child)));
        }
      }
    };
    await walk(dir);
    const text = parts.join('\n');
    if (expect.test(text)) {
      return text;
    }
    if (Date.now() - started > 15000) {
      throw new Error(`no log under ${dir.toString()} matched ${expect}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}
