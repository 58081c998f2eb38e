import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import type { ExtensionApi } from '../../src/extension';
import type { AskOutcome } from '../../src/llm/llmController';
import { handleChatRequest, type ReplyStream } from '../../src/chat/chatParticipant';
import { createTermMatcher } from '../../src/core/matcher';
import { SEED_PROMPT } from '../../src/core/prompt';

const ID = 'ai-safety-annotations.ai-safety-annotations';
/** What the fake language model extension (test/fixtures/fake-lm-extension) streams. */
const FAKE_ANSWER = 'FAKE-LM ANSWER: a mesa-optimizer is a learned model that is itself an optimizer.';
const FAKE_VENDOR = 'aisafety-fake';

/** Every part a chat handler wrote, in order, through the same methods VS Code's stream has. */
class RecordingStream implements ReplyStream {
  readonly parts: { kind: string; value: unknown }[] = [];
  markdown(value: string | vscode.MarkdownString): void {
    this.parts.push({ kind: 'markdown', value: typeof value === 'string' ? value : value.value });
  }
  button(command: vscode.Command): void {
    this.parts.push({ kind: 'button', value: command });
  }
  reference(value: vscode.Uri | vscode.Location): void {
    this.parts.push({ kind: 'reference', value: value instanceof vscode.Uri ? value.toString() : value });
  }
  progress(value: string): void {
    this.parts.push({ kind: 'progress', value });
  }
  text(): string {
    return this.parts.filter((p) => p.kind === 'markdown').map((p) => String(p.value)).join('');
  }
}

async function fakeModel(): Promise<vscode.LanguageModelChat> {
  for (let i = 0; i < 100; i++) {
    const [model] = await vscode.lm.selectChatModels({ vendor: FAKE_VENDOR });
    if (model) {
      return model;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the fake language model extension did not register its model');
}

async function fakePrompts(): Promise<string[]> {
  return (await vscode.commands.executeCommand<string[]>('aiSafetyFakeLm.prompts')) ?? [];
}

function textOf(result: vscode.LanguageModelToolResult): string {
  return result.content.map((p) => (p instanceof vscode.LanguageModelTextPart ? p.value : '')).join('');
}

describe('VS Code language models, @aisafety and the glossary tool, in a real extension host', function () {
  this.timeout(60000);
  let api: ExtensionApi;
  let model: vscode.LanguageModelChat;
  const llmConfig = () => vscode.workspace.getConfiguration('aiSafety.llm');

  before(async () => {
    const ext = vscode.extensions.getExtension<ExtensionApi>(ID);
    assert.ok(ext, `${ID} is not installed`);
    api = await ext.activate();
    model = await fakeModel();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('aiSafetyFakeLm.setMode', 'stream');
  });

  describe('the glossary tool', () => {
    it('is registered with its name and input schema', () => {
      const tool = vscode.lm.tools.find((t) => t.name === 'aiSafety_lookupTerm');
      assert.ok(tool, vscode.lm.tools.map((t) => t.name).join(', '));
      assert.deepEqual((tool.inputSchema as { required?: string[] }).required, ['term']);
      assert.match(tool.description, /instead of guessing/);
    });

    it('returns the entry with definition, explanation and source through vscode.lm.invokeTool', async () => {
      const result = await vscode.lm.invokeTool('aiSafety_lookupTerm', { input: { term: 'mesa optimizers' }, toolInvocationToken: undefined });
      const text = textOf(result);
      const entry = api.glossary.terms.find((t) => t.id === 'mesa-optimizer');
      assert.ok(entry);
      assert.ok(text.includes(`Definition: ${entry.definition}`), text);
      assert.ok(text.includes(entry.source!.url), text);
    });

    it('returns the three closest entries for an unknown term', async () => {
      const result = await vscode.lm.invokeTool('aiSafety_lookupTerm', { input: { term: 'decepitve alignmnet' }, toolInvocationToken: undefined });
      const text = textOf(result);
      assert.match(text, /no entry for "decepitve alignmnet"\. The closest entries are:/);
      assert.equal(text.split('\n').filter((l) => l.startsWith('- ')).length, 3);
      assert.ok(text.includes('(id: deceptive-alignment)'), text);
    });
  });

  describe('the @aisafety participant handler, with the model VS Code hands out', () => {
    const deps = () => ({ glossary: api.glossary, finder: createTermMatcher(api.glossary), log: vscode.window.createOutputChannel('AI Safety chat test', { log: true }) });

    it('/define answers from the glossary without calling a model, with the source and a button', async () => {
      const before = (await fakePrompts()).length;
      const stream = new RecordingStream();
      const result = await handleChatRequest({ prompt: 'deceptive alignment', command: 'define', model }, stream, new vscode.CancellationTokenSource().token, deps());
      assert.equal((await fakePrompts()).length, before, 'no model request');
      const entry = api.glossary.terms.find((t) => t.id === 'deceptive-alignment');
      assert.ok(entry);
      assert.ok(stream.text().includes('**Deceptive alignment**'), stream.text());
      assert.ok(stream.parts.some((p) => p.kind === 'reference' && p.value === vscode.Uri.parse(entry.source!.url).toString()));
      assert.ok(stream.parts.some((p) => p.kind === 'button' && (p.value as vscode.Command).command === 'aiSafety.showTerm'));
      assert.deepEqual((result.metadata as { termIds: string[] }).termIds, ['deceptive-alignment']);
    });

    it('/explain streams the chat model\'s answer, with the glossary entry in the prompt', async () => {
      const stream = new RecordingStream();
      const result = await handleChatRequest({ prompt: 'reward hacking', command: 'explain', model }, stream, new vscode.CancellationTokenSource().token, deps());
      assert.ok(stream.text().includes(FAKE_ANSWER), stream.text());
      assert.equal(result.errorDetails, undefined);
      const prompt = (await fakePrompts()).pop() ?? '';
      const entry = api.glossary.terms.find((t) => t.id === 'reward-hacking');
      assert.ok(entry && prompt.includes(entry.definition), prompt);
      assert.ok(prompt.includes('cite its source'));
    });

    it('/seed sends the seed prompt', async () => {
      const stream = new RecordingStream();
      await handleChatRequest({ prompt: '', command: 'seed', model }, stream, new vscode.CancellationTokenSource().token, deps());
      assert.ok((await fakePrompts()).pop()?.includes(SEED_PROMPT));
      assert.ok(stream.text().includes(FAKE_ANSWER));
    });

    it('stops the model request when the chat request is cancelled', async () => {
      await vscode.commands.executeCommand('aiSafetyFakeLm.setMode', 'stall');
      const cts = new vscode.CancellationTokenSource();
      const stream = new RecordingStream();
      const pending = handleChatRequest({ prompt: 'what is scheming?', command: undefined, model }, stream, cts.token, deps());
      for (let i = 0; i < 200 && !stream.text().includes(FAKE_ANSWER); i++) {
        await new Promise((r) => setTimeout(r, 25));
      }
      cts.cancel();
      const result = await pending;
      assert.equal(result.errorDetails, undefined, 'a cancelled reply is not an error');
      assert.ok(stream.text().includes(FAKE_ANSWER));
    });

    it('reports a model failure with the next step', async () => {
      await vscode.commands.executeCommand('aiSafetyFakeLm.setMode', 'fail', 'Blocked');
      const result = await handleChatRequest({ prompt: 'why does sycophancy happen?', command: undefined, model }, new RecordingStream(), new vscode.CancellationTokenSource().token, deps());
      assert.match(result.errorDetails?.message ?? '', /blocked.*Choose Language Model/);
    });
  });

  describe('the explain commands through vscode.lm', () => {
    let savedKey: string | undefined;
    // The Node host's environment holds the harness's key; the web worker host has no environment.
    const hostEnv = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env;
    before(async () => {
      savedKey = hostEnv?.OPENAI_API_KEY;
      delete hostEnv?.OPENAI_API_KEY;
      await api.llm.keys.clear();
    });
    after(async () => {
      if (hostEnv) {
        hostEnv.OPENAI_API_KEY = savedKey;
      }
      for (const key of ['provider', 'vscodeModel']) {
        await llmConfig().update(key, undefined, vscode.ConfigurationTarget.Global);
      }
    });

    it('auto chooses the VS Code model when there is no key, and streams its answer into the sidebar', async () => {
      const outcome = await vscode.commands.executeCommand<AskOutcome>('aiSafety.explainWithLlm');
      assert.ok(outcome?.sent, outcome && !outcome.sent ? outcome.message : 'no outcome');
      assert.equal(outcome.status, 'complete');
      assert.equal(outcome.text, FAKE_ANSWER);
      const record = api.explainer.records().find((r) => r.id === outcome.id);
      assert.ok(record);
      assert.equal(record.text, FAKE_ANSWER);
      assert.match(record.model, /Fake Model \(aisafety-fake\/fake-1\)/);
      assert.ok((await fakePrompts()).pop()?.includes(SEED_PROMPT));
    });

    it('explains a term through the chosen model with the same prompt as the API path', async () => {
      await llmConfig().update('provider', 'vscode', vscode.ConfigurationTarget.Global);
      await llmConfig().update('vscodeModel', `${FAKE_VENDOR}/fake-family`, vscode.ConfigurationTarget.Global);
      const outcome = await vscode.commands.executeCommand<AskOutcome>('aiSafety.explainTerm', 'gradient-hacking');
      assert.ok(outcome?.sent);
      assert.equal(outcome.status, 'complete');
      const entry = api.glossary.terms.find((t) => t.id === 'gradient-hacking');
      assert.ok(entry && (await fakePrompts()).pop()?.includes(entry.definition));
    });

    it('Stop cancels a VS Code model answer and keeps the partial text', async () => {
      await vscode.commands.executeCommand('aiSafetyFakeLm.setMode', 'stall');
      const pending = Promise.resolve(vscode.commands.executeCommand<AskOutcome>('aiSafety.explainWithLlm'));
      const streaming = (): boolean => api.explainer.records().some((r) => r.status === 'streaming' && r.text.includes(FAKE_ANSWER));
      for (let i = 0; i < 400 && !streaming(); i++) {
        await new Promise((r) => setTimeout(r, 25));
      }
      assert.ok(streaming(), 'the fake model streamed its answer and is stalling');
      assert.equal(await vscode.commands.executeCommand('aiSafety.stopLlm'), true);
      const outcome = await pending;
      assert.ok(outcome?.sent);
      assert.equal(outcome.status, 'cancelled');
      assert.equal(outcome.text, FAKE_ANSWER);
    });

    it('shows a language-model error clearly and keeps the question', async () => {
      await vscode.commands.executeCommand('aiSafetyFakeLm.setMode', 'fail', 'NoPermissions');
      const outcome = await vscode.commands.executeCommand<AskOutcome>('aiSafety.explainWithLlm');
      assert.ok(outcome?.sent);
      assert.equal(outcome.status, 'error');
      assert.match(outcome.error ?? '', /did not allow AI Safety Annotations to use Fake Model/);
      const record = api.explainer.records().find((r) => r.id === outcome.id);
      assert.equal(record?.question, SEED_PROMPT);
    });

    it('with provider "vscode" and no matching model, says so and sends nothing', async () => {
      await llmConfig().update('provider', 'vscode', vscode.ConfigurationTarget.Global);
      await llmConfig().update('vscodeModel', 'nobody/none', vscode.ConfigurationTarget.Global);
      const before = (await fakePrompts()).length;
      const outcome = await vscode.commands.executeCommand<AskOutcome>('aiSafety.explainWithLlm');
      assert.ok(outcome && !outcome.sent);
      assert.equal(outcome.reason, 'no-model');
      assert.match(outcome.message, /no language model matching "nobody\/none"/);
      assert.equal((await fakePrompts()).length, before);
    });
  });
});
