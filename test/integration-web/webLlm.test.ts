import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import type { ExtensionApi } from '../../src/extension';
import type { AskOutcome } from '../../src/llm/llmController';
import { SEED_PROMPT } from '../../src/core/prompt';

const ID = 'ai-safety-annotations.ai-safety-annotations';
const KEY = 'sk-web-test-key-5678';
/** The 'ok' answer of test/fixtures/fakeOpenAiServer.ts starts with this marker. */
const FAKE_ANSWER_MARKER = 'FAKE-LLM-ANSWER';

/** The fake servers the harness started (test/harness/webTestBroker.js), from the run's settings. */
interface WebLlmEnv {
  /** The fake OpenAI API, sending CORS headers. */
  readonly apiUrl: string;
  /** Its redirect target (another origin). */
  readonly secondUrl: string;
  /** A second fake API that sends no CORS headers, as most self-hosted endpoints. */
  readonly noCorsUrl: string;
  /** The harness's control endpoint: POST {scenario, options} sets the CORS server's scenario; GET …/requests lists requests. */
  readonly controlUrl: string;
}

function env(): WebLlmEnv {
  const value = vscode.workspace.getConfiguration('aiSafetyTest').get<WebLlmEnv>('web');
  assert.ok(value?.apiUrl && value.noCorsUrl && value.controlUrl, 'aiSafetyTest.web names the fake servers');
  return value;
}

/** What a fake server received (test/harness/webTestBroker.js). */
interface Received {
  readonly method: string;
  readonly path: string;
  readonly authorization?: string;
  readonly body: unknown;
}

async function control(what: 'scenario' | 'reset', body: unknown = {}): Promise<void> {
  const res = await fetch(`${env().controlUrl}/${what}`, { method: 'POST', body: JSON.stringify(body) });
  assert.equal(res.status, 204);
}

async function received(server: 'api' | 'second' | 'noCors'): Promise<Received[]> {
  const res = await fetch(`${env().controlUrl}/requests?server=${server}`);
  return (await res.json()) as Received[];
}

function sent(outcome: AskOutcome | undefined): Extract<AskOutcome, { sent: true }> {
  assert.ok(outcome, 'the command returned an outcome');
  assert.equal(outcome.sent, true, outcome.sent ? '' : outcome.message);
  return outcome as Extract<AskOutcome, { sent: true }>;
}

describe('Explain with an LLM from the web worker host (the browser fetch)', function () {
  this.timeout(60000);
  let api: ExtensionApi;
  const llmConfig = () => vscode.workspace.getConfiguration('aiSafety.llm');

  const useEndpoint = async (url: string): Promise<void> => {
    await llmConfig().update('baseUrl', url, vscode.ConfigurationTarget.Global);
    await api.llm.consent.trustHost(new URL(url).host);
  };

  before(async () => {
    const ext = vscode.extensions.getExtension<ExtensionApi>(ID);
    assert.ok(ext, `${ID} is not installed`);
    api = await ext.activate();
    await llmConfig().update('provider', 'openai', vscode.ConfigurationTarget.Global);
    await api.llm.keys.store(KEY);
  });

  after(async () => {
    for (const key of ['baseUrl', 'provider']) {
      await llmConfig().update(key, undefined, vscode.ConfigurationTarget.Global);
    }
    await api.llm.keys.clear();
  });

  beforeEach(async () => {
    await control('reset');
  });

  it('streams an answer from an endpoint that allows browser origins, with the key from SecretStorage', async () => {
    await useEndpoint(env().apiUrl);
    const outcome = sent(await vscode.commands.executeCommand<AskOutcome>('aiSafety.explainWithLlm'));
    assert.equal(outcome.status, 'complete', outcome.error);
    const record = api.explainer.records().find((r) => r.id === outcome.id);
    assert.ok(record?.text.startsWith(FAKE_ANSWER_MARKER), record?.text);
    const requests = (await received('api')).filter((r) => r.method === 'POST');
    assert.equal(requests.length, 1);
    assert.equal(requests[0]?.path, '/v1/chat/completions');
    assert.equal(requests[0]?.authorization, `Bearer ${KEY}`);
    assert.deepEqual(requests[0]?.body, { model: 'gpt-4o', messages: [{ role: 'user', content: SEED_PROMPT }], stream: true });
  });

  it('does not follow a redirect (the browser reports it as an opaque redirect), so the key stays with the base URL', async () => {
    await useEndpoint(env().apiUrl);
    await control('scenario', { name: 'redirect-cross-origin' });
    const outcome = sent(await vscode.commands.executeCommand<AskOutcome>('aiSafety.explainWithLlm'));
    assert.equal(outcome.status, 'error');
    assert.match(outcome.error ?? '', /redirected to another address \(the browser does not say where\); not following it/);
    assert.equal((await received('second')).length, 0, 'the redirect target got no request');
  });

  it('stops a compressed answer at the byte budget counted after the browser decompressed it', async () => {
    await useEndpoint(env().apiUrl);
    // One gzip member: Chromium decodes only the first member of a multi-member body.
    await control('scenario', { name: 'bomb-stream', options: { expandedMiB: 100, singleGzipMember: true } });
    const outcome = sent(await vscode.commands.executeCommand<AskOutcome>('aiSafety.explainWithLlm'));
    assert.equal(outcome.status, 'error');
    assert.match(outcome.error ?? '', /too large: it passed 64 MiB/);
  });

  it('says that the endpoint may not allow browser origins (CORS) when the browser refuses, and sends no key', async () => {
    await useEndpoint(env().noCorsUrl);
    const outcome = sent(await vscode.commands.executeCommand<AskOutcome>('aiSafety.explainWithLlm'));
    assert.equal(outcome.status, 'error');
    assert.match(outcome.error ?? '', /may not allow requests from browser origins \(CORS\)/);
    assert.match(outcome.error ?? '', /aiSafety\.llm\.provider "vscode"/);
    const withKey = (await received('noCors')).filter((r) => r.authorization !== undefined);
    assert.deepEqual(withKey, [], 'only the preflight reached the server, without the key');
  });
});
