/**
 * The web implementations of src/platform and the browser behaviour of the guarded fetch, in plain
 * Node. Node's global fetch behaves like the browser's where these tests look (a manual redirect is
 * not followed, bodies arrive decompressed), with two differences the tests make explicit: Node
 * hands back the 3xx response itself where a browser returns an opaque redirect (status 0, no
 * Location), and Node's network failures carry a `cause` with a code where a browser's are a bare
 * `TypeError` (a CORS refusal looks exactly like a network failure there).
 */
import * as assert from 'assert';
import { STATUS_CODES } from 'http';
import { statusText } from '../../src/core/httpStatus';
import { guardedFetch, type FetchState } from '../../src/llm/guardedFetch';
import { runtime as webRuntime } from '../../src/platform/web/runtime';
import { runtime as nodeRuntime } from '../../src/platform/node/runtime';
import { planGlossaryFiles } from '../../src/core/glossary/filePlan';
import { createNonce } from '../../src/views/explainerHtml';
import type { StopReason } from '../../src/llm/errorMapping';
import { reserveClosedPort, startFakeOpenAiServer, type FakeOpenAiServer } from '../fixtures/fakeOpenAiServer';

const KEY = 'sk-test-WEB-0987654321';
const MiB = 1024 * 1024;

/** A guarded fetch against `base`, with what it reports. */
function setup(base: string, options: { fetch?: typeof fetch; browserFetch?: boolean; maxBytes?: number } = {}) {
  const state: FetchState = {};
  const stops: StopReason[] = [];
  const send = guardedFetch({
    base,
    host: new URL(base).host,
    model: 'gpt-4o',
    secrets: [KEY],
    maxBytes: options.maxBytes ?? 64 * MiB,
    now: () => 0,
    state,
    stopWith: (reason) => stops.push(reason),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.browserFetch !== undefined ? { browserFetch: options.browserFetch } : {}),
  });
  const post = () =>
    send(`${base}/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }], stream: true }),
    });
  return { state, stops, post };
}

/** What a browser returns for a redirect under `redirect: 'manual'`: no status, no headers, no body. */
function opaqueRedirect(): Response {
  const response = new Response(null, { status: 200 });
  Object.defineProperty(response, 'type', { value: 'opaqueredirect' });
  Object.defineProperty(response, 'status', { value: 0 });
  Object.defineProperty(response, 'ok', { value: false });
  return response;
}

describe('the web platform', () => {
  describe('runtime facts', () => {
    it('names the statuses an API answers with exactly as Node does, without Node (one LLM client for both hosts)', () => {
      for (const status of [301, 302, 307, 308, 400, 401, 403, 404, 408, 413, 422, 429, 500, 502, 503, 504]) {
        assert.strictEqual(statusText(status), STATUS_CODES[status], String(status));
      }
      assert.strictEqual(statusText(299), undefined);
    });

    it('has no home folder and no environment, and fetches under browser rules', () => {
      assert.strictEqual(webRuntime.kind, 'web');
      assert.strictEqual(webRuntime.homeDir(), undefined);
      assert.strictEqual(webRuntime.envVar('PATH'), undefined);
      assert.strictEqual(webRuntime.browserFetch, true);
      assert.strictEqual(nodeRuntime.browserFetch, false);
      assert.strictEqual(nodeRuntime.envVar('PATH'), process.env.PATH);
    });

    it('reports ~ glossary paths as unread where no home folder is known, and keeps absolute ones', () => {
      const plan = planGlossaryFiles({ user: ['~/glossary.json', '/srv/glossary.json'], workspace: [] }, true, webRuntime.homeDir());
      assert.deepStrictEqual(plan.everywhere, ['/srv/glossary.json']);
      assert.deepStrictEqual(plan.ignored.map((i) => i.path), ['~/glossary.json']);
      assert.match(plan.ignored[0]?.reason ?? '', /no home folder/);
    });

    it('makes nonces from Web Crypto: 144 bits, base64, fresh each time', () => {
      const a = createNonce();
      assert.match(a, /^[A-Za-z0-9+/]{24}$/);
      assert.notStrictEqual(a, createNonce());
    });
  });

  describe('the guarded fetch under browser rules', () => {
    let server: FakeOpenAiServer;
    before(async () => {
      server = await startFakeOpenAiServer();
    });
    after(() => server.close());
    beforeEach(() => {
      server.setScenario('ok');
      server.requests.length = 0;
      server.secondOrigin.requests.length = 0;
    });

    it('turns an opaque redirect (a browser under redirect: manual) into the "not following it" error', async () => {
      server.setScenario('redirect-cross-origin');
      // Node's fetch returns the 302 itself; a browser hides it behind an opaque redirect.
      const browserLike: typeof fetch = async (input, init) => {
        const response = await fetch(input, init);
        assert.strictEqual(response.status, 302, 'Node does not follow it either');
        return opaqueRedirect();
      };
      const { state, post } = setup(server.url, { fetch: browserLike, browserFetch: true });
      await assert.rejects(post());
      assert.strictEqual(state.failure?.fix, 'baseUrl');
      assert.strictEqual(
        state.failure?.error,
        `The API at host 127.0.0.1:${server.port} redirected to another address (the browser does not say where); not following it. Check aiSafety.llm.baseUrl.`,
      );
      assert.strictEqual(server.secondOrigin.requests.length, 0, 'the redirect target got no request');
    });

    it('says the endpoint may not allow browser origins (CORS) when a browser fetch fails with a bare TypeError', async () => {
      const refused: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
      const { state, post } = setup('https://llm.example.org/v1', { fetch: refused, browserFetch: true });
      await assert.rejects(post());
      assert.strictEqual(state.failure?.fix, 'settings');
      assert.match(state.failure?.error ?? '', /^Could not reach llm\.example\.org:443 from the browser \(Failed to fetch\)\./);
      assert.match(state.failure?.error ?? '', /may not allow requests from browser origins \(CORS\)/);
      assert.match(state.failure?.error ?? '', /aiSafety\.llm\.provider "vscode"/);
      assert.ok(!(state.failure?.error ?? '').includes(KEY));
    });

    it('keeps the precise network message in Node, where the failure names its cause', async () => {
      const port = await reserveClosedPort();
      const { state, post } = setup(`http://127.0.0.1:${port}/v1`, { browserFetch: false });
      await assert.rejects(post());
      assert.match(state.failure?.error ?? '', /^Nothing is listening at 127\.0\.0\.1:\d+ \(connection refused\)/);
      // Node's TypeError carries ECONNREFUSED, so even under browser rules it is not mistaken for CORS.
      const asBrowser = setup(`http://127.0.0.1:${port}/v1`, { browserFetch: true });
      await assert.rejects(asBrowser.post());
      assert.match(asBrowser.state.failure?.error ?? '', /connection refused/);
    });

    it('counts the decompressed bytes of a one-member gzip stream and stops at the budget', async () => {
      server.setScenario('bomb-stream', { expandedMiB: 32, singleGzipMember: true });
      const { stops, post } = setup(server.url, { maxBytes: 4 * MiB });
      const response = await post();
      const reader = (response.body as ReadableStream<Uint8Array>).getReader();
      let read = 0;
      await assert.rejects(async () => {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) {
            return;
          }
          read += value.byteLength;
        }
      });
      assert.deepStrictEqual(stops, ['too-large']);
      assert.ok(read <= 4 * MiB, `${read} bytes passed the budget`);
    });
  });
});
