import * as assert from 'assert';
import { STATUS_CODES } from 'http';
import { streamChat, type StreamChatOptions, type StreamChatResult } from '../../src/llm/chatClient';
import {
  FAKE_ANSWER_MARKER,
  FAKE_HOSTILE_CHUNKS,
  FAKE_OK_CHUNKS,
  reserveClosedPort,
  startFakeOpenAiServer,
  transformedEchoes,
  type EndlessFiller,
  type FakeOpenAiServer,
} from '../fixtures/fakeOpenAiServer';
import { ManualClock } from '../fixtures/manualClock';
import { SEED_PROMPT } from '../../src/core/prompt';

/** A distinctive fake key: if any of it shows up in a message or answer, the test fails. */
const KEY = 'sk-test-SECRET-1234567890';
const KEY_PARTS = ['SECRET-1234567890', '1234567890'];

const MiB = 1024 * 1024;

interface Run {
  readonly deltas: string[];
  readonly result: Promise<StreamChatResult>;
  /** The clock the request runs on; nothing fires unless the test advances it. */
  readonly clock: ManualClock;
  /** Whether the result has settled. */
  settled(): boolean;
}

/** Resolves once `condition` holds, checking between event-loop turns (the mocha timeout bounds it). */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) {
    await new Promise((r) => setTimeout(r, 2));
  }
}

/** Runs `fn` while sampling the growth of ArrayBuffer memory (where response bytes live); returns its result and the peak growth. */
async function withPeakBufferGrowth<T>(fn: () => Promise<T>): Promise<{ value: T; peak: number }> {
  const base = process.memoryUsage().arrayBuffers;
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage().arrayBuffers - base);
  };
  const sampler = setInterval(sample, 1);
  try {
    const value = await fn();
    sample();
    return { value, peak };
  } finally {
    clearInterval(sampler);
  }
}

describe('chatClient.streamChat against the fake OpenAI-compatible server', function () {
  this.timeout(20000);
  let server: FakeOpenAiServer;
  const rejections: unknown[] = [];
  const onRejection = (reason: unknown) => rejections.push(reason);

  before(async () => {
    process.on('unhandledRejection', onRejection);
    server = await startFakeOpenAiServer();
  });

  after(async () => {
    await server.close();
    process.off('unhandledRejection', onRejection);
  });

  beforeEach(() => {
    server.setScenario('ok');
    server.requests.length = 0;
    server.secondOrigin.requests.length = 0;
  });

  afterEach(async () => {
    // Give late rejections a chance to surface (they are reported after a macrotask), then fail the test that caused them.
    for (let turn = 0; turn < 3; turn++) {
      await new Promise((r) => setImmediate(r));
    }
    const found = rejections.splice(0);
    assert.deepStrictEqual(found.map(String), [], 'no unhandled promise rejection');
  });

  function ask(overrides: Partial<StreamChatOptions> = {}): Run {
    const deltas: string[] = [];
    const clock = new ManualClock();
    let settled = false;
    const result = streamChat({
      baseUrl: server.url,
      apiKey: KEY,
      model: 'gpt-4o',
      messages: [{ role: 'user', content: SEED_PROMPT }],
      requestTimeoutMs: 5000,
      idleTimeoutMs: 5000,
      clock,
      onDelta: (t) => deltas.push(t),
      ...overrides,
    }).finally(() => (settled = true));
    return { deltas, result, clock, settled: () => settled };
  }

  function assertKeyFree(result: StreamChatResult, deltas: readonly string[] = []): void {
    for (const text of [result.error ?? '', result.text, deltas.join('')]) {
      for (const part of [KEY, ...KEY_PARTS]) {
        assert.ok(!text.includes(part), `key material "${part}" leaked into: ${text.slice(0, 300)}`);
      }
    }
  }


  it('streams the answer in several pieces and ends complete', async () => {
    const run = ask();
    const result = await run.result;
    assert.strictEqual(result.status, 'complete', result.error);
    assert.strictEqual(result.text, FAKE_OK_CHUNKS.join(''));
    assert.ok(run.deltas.length >= 3, `expected several deltas, got ${run.deltas.length}`);
    assert.strictEqual(run.deltas.join(''), result.text);
    assert.ok(result.text.includes(FAKE_ANSWER_MARKER));
    assert.strictEqual(result.error, undefined);
  });

  it('sends the prompt and model to /v1/chat/completions with streaming on and the key as a bearer token', async () => {
    await ask().result;
    assert.strictEqual(server.requests.length, 1);
    const req = server.requests[0]!;
    assert.strictEqual(req.method, 'POST');
    assert.strictEqual(req.path, '/v1/chat/completions');
    assert.deepStrictEqual(req.body, { model: 'gpt-4o', messages: [{ role: 'user', content: SEED_PROMPT }], stream: true });
    assert.strictEqual(req.authorization, `Bearer ${KEY}`);
    assert.ok(!JSON.stringify(req).includes(KEY), 'the recorded request does not print the key');
  });

  it('explains a 401 that echoes the key without repeating the key, and points to Set API Key', async () => {
    server.setScenario('unauthorized-echo-key');
    const run = ask();
    const result = await run.result;
    assert.strictEqual(result.status, 'error');
    assert.strictEqual(result.httpStatus, 401);
    assert.strictEqual(result.fix, 'apiKey');
    assert.match(result.error ?? '', /401 Unauthorized/);
    assert.match(result.error ?? '', /AI Safety: Set API Key/);
    assert.match(result.error ?? '', /127\.0\.0\.1:\d+/);
    assertKeyFree(result, run.deltas);
  });

  it('explains a 403 and names the model', async () => {
    server.setScenario('forbidden-403');
    const result = await ask().result;
    assert.strictEqual(result.status, 'error');
    assert.match(result.error ?? '', /403 Forbidden/);
    assert.match(result.error ?? '', /gpt-4o/);
    assertKeyFree(result);
  });

  it('explains a 404 as a wrong model or base URL', async () => {
    server.setScenario('not-found-404');
    const result = await ask().result;
    assert.strictEqual(result.status, 'error');
    assert.match(result.error ?? '', /404 Not Found/);
    assert.match(result.error ?? '', /aiSafety\.llm\.model/);
    assert.match(result.error ?? '', /aiSafety\.llm\.baseUrl/);
  });

  it('reports a wrong base URL path (no /v1) as a 404', async () => {
    const result = await ask({ baseUrl: server.url.replace(/\/v1$/, '') }).result;
    assert.strictEqual(result.status, 'error');
    assert.strictEqual(result.httpStatus, 404);
    assert.match(result.error ?? '', /usually ends in \/v1/);
  });

  it('says when to retry after a 429 with Retry-After', async () => {
    server.setScenario('rate-limited');
    const result = await ask().result;
    assert.strictEqual(result.status, 'error');
    assert.strictEqual(result.httpStatus, 429);
    assert.strictEqual(result.retryAfterSeconds, 7);
    assert.match(result.error ?? '', /429 Too Many Requests/);
    assert.match(result.error ?? '', /Try again in 7 s/);
    assert.strictEqual(server.requests.length, 1, 'no automatic retry');
  });

  for (const [scenario, status, name] of [
    ['server-500', 500, 'Internal Server Error'],
    ['bad-gateway-502', 502, 'Bad Gateway'],
    ['unavailable-503', 503, 'Service Unavailable'],
  ] as const) {
    it(`reports ${status} ${name} as a server error to retry later, without retrying by itself`, async () => {
      server.setScenario(scenario);
      const result = await ask().result;
      assert.strictEqual(result.status, 'error');
      assert.strictEqual(result.httpStatus, status);
      assert.match(result.error ?? '', new RegExp(`server error \\(${status} ${name}\\)`));
      assert.match(result.error ?? '', /Try again later/);
      assert.ok(!/<html/i.test(result.error ?? ''), 'no HTML in the message');
      assert.strictEqual(server.requests.length, 1);
    });
  }

  it('names host and port when nothing is listening (connection refused)', async () => {
    const port = await reserveClosedPort();
    const result = await ask({ baseUrl: `http://127.0.0.1:${port}/v1` }).result;
    assert.strictEqual(result.status, 'error');
    assert.strictEqual(result.fix, 'baseUrl');
    assert.match(result.error ?? '', new RegExp(`Nothing is listening at 127\\.0\\.0\\.1:${port} \\(connection refused\\)`));
  });

  it('gives up on a server that never sends headers when its own header timer fires, not the SDK default', async () => {
    server.setScenario('no-headers');
    const run = ask({ requestTimeoutMs: 400 });
    await until(() => server.requests.length === 1);
    assert.deepStrictEqual(run.clock.pendingDelays().sort((a, b) => a - b), [400, 300_000], 'header timer and answer time limit');
    assert.ok(!run.settled(), 'still waiting before the timer fires');
    run.clock.advance(400);
    const result = await run.result;
    assert.strictEqual(result.status, 'error');
    assert.match(result.error ?? '', /No response from 127\.0\.0\.1:\d+ within 0\.4 s \(aiSafety\.llm\.requestTimeoutSeconds\)/);
  });

  it('stops at the overall time limit even while still waiting for headers', async () => {
    server.setScenario('no-headers');
    const run = ask({ requestTimeoutMs: 60_000, maxAnswerMs: 20_000 });
    await until(() => server.requests.length === 1);
    run.clock.advance(20_000);
    const result = await run.result;
    assert.strictEqual(result.status, 'error');
    assert.match(result.error ?? '', /took longer than 20 s \(aiSafety\.llm\.maxAnswerSeconds\)/);
  });

  it('stops a stream that stalls after its first chunk and marks the partial answer interrupted', async () => {
    server.setScenario('stall-after-first');
    const run = ask({ idleTimeoutMs: 400 });
    await until(() => run.deltas.join('') === FAKE_OK_CHUNKS[0]);
    assert.ok(!run.settled());
    run.clock.advance(400);
    const result = await run.result;
    assert.strictEqual(result.status, 'interrupted');
    assert.strictEqual(result.text, FAKE_OK_CHUNKS[0]);
    assert.match(result.error ?? '', /stalled.*0\.4 s \(aiSafety\.llm\.idleTimeoutSeconds\)/);
  });

  it('marks a stream that ends without a finish_reason as truncated, keeping the text', async () => {
    server.setScenario('no-done');
    const result = await ask().result;
    assert.strictEqual(result.status, 'truncated');
    assert.strictEqual(result.text, FAKE_OK_CHUNKS.slice(0, 4).join(''));
    assert.match(result.error ?? '', /without a finish reason/);
  });

  it('takes finish_reason as the end even when the events are separated by CR alone', async () => {
    server.setScenario('cr-only');
    const result = await ask().result;
    assert.strictEqual(result.status, 'complete', result.error);
    assert.strictEqual(result.text, FAKE_OK_CHUNKS.join(''));
  });

  it('judges the end by finish_reason alone: [DONE] without one, with CR line endings, is truncated with all the text', async () => {
    server.setScenario('cr-only', { omitFinish: true });
    const result = await ask().result;
    assert.strictEqual(result.status, 'truncated');
    assert.strictEqual(result.text, FAKE_OK_CHUNKS.join(''));
    assert.match(result.error ?? '', /without a finish reason/);
  });

  it('marks finish_reason "length" as truncated with a note', async () => {
    server.setScenario('length-limit');
    const result = await ask().result;
    assert.strictEqual(result.status, 'truncated');
    assert.strictEqual(result.text, FAKE_OK_CHUNKS.slice(0, 3).join(''));
    assert.match(result.error ?? '', /length limit/);
  });

  it('stops at a malformed chunk with a clear message and keeps the partial answer', async () => {
    server.setScenario('malformed-chunk');
    const result = await ask().result;
    assert.strictEqual(result.status, 'error');
    assert.strictEqual(result.text, FAKE_OK_CHUNKS.slice(0, 2).join(''));
    assert.match(result.error ?? '', /malformed chunk/);
  });

  it("reports an error object sent mid-stream by its code and type, without the server's text", async () => {
    server.setScenario('error-mid-stream');
    const run = ask();
    const result = await run.result;
    assert.strictEqual(result.status, 'error');
    assert.strictEqual(result.text, FAKE_OK_CHUNKS.slice(0, 3).join(''));
    assert.match(result.error ?? '', /reported an error mid-answer \(code: upstream_failure; type: server_error\)/);
    assert.ok(!/upstream model failed|request carried/.test(result.error ?? ''), result.error);
    assertKeyFree(result, run.deltas);
  });

  it('recognises an HTML page with status 200 as not an OpenAI-compatible API', async () => {
    server.setScenario('html-200');
    const result = await ask().result;
    assert.strictEqual(result.status, 'error');
    assert.strictEqual(result.fix, 'baseUrl');
    assert.match(result.error ?? '', /web page \(HTML\), not an OpenAI-compatible API/);
    assert.match(result.error ?? '', /aiSafety\.llm\.baseUrl/);
    assert.strictEqual(result.text, '');
  });

  it('reports a 200 response without any event stream as not an answer', async () => {
    server.setScenario('plain-200');
    const result = await ask().result;
    assert.strictEqual(result.status, 'error');
    assert.match(result.error ?? '', /without sending an answer/);
  });

  it('accepts a server that ignores streaming and sends one JSON completion', async () => {
    server.setScenario('json-completion');
    const run = ask();
    const result = await run.result;
    assert.strictEqual(result.status, 'complete', result.error);
    assert.strictEqual(result.text, FAKE_OK_CHUNKS.join(''));
    assert.strictEqual(run.deltas.join(''), result.text);
  });

  it('marks a socket reset mid-stream as interrupted and keeps the partial answer', async () => {
    server.setScenario('reset-mid-stream');
    const result = await ask().result;
    assert.strictEqual(result.status, 'interrupted');
    assert.strictEqual(result.text, FAKE_OK_CHUNKS.slice(0, 2).join(''));
    assert.match(result.error ?? '', /connection to 127\.0\.0\.1:\d+ broke before the answer was finished/);
  });

  it('cancels for real when the user aborts mid-stream: status cancelled, no piece after the abort', async () => {
    server.setScenario('slow', { chunkDelayMs: 60 });
    const controller = new AbortController();
    const run = ask({ signal: controller.signal });
    await until(() => run.deltas.length >= 2);
    controller.abort();
    const seenAtAbort = run.deltas.length;
    const result = await run.result;
    await until(() => server.openResponses === 0); // the server saw the connection go
    assert.strictEqual(result.status, 'cancelled');
    assert.strictEqual(run.deltas.length, seenAtAbort, 'no delta after abort');
    assert.strictEqual(result.text, run.deltas.join(''));
    assert.ok(result.text.startsWith(FAKE_ANSWER_MARKER));
    assert.ok(result.text.length < FAKE_OK_CHUNKS.join('').length);
  });

  it('sends nothing when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const result = await ask({ signal: controller.signal }).result;
    assert.strictEqual(result.status, 'cancelled');
    assert.strictEqual(server.requests.length, 0);
  });

  it('cancels while waiting for headers', async () => {
    server.setScenario('no-headers');
    const controller = new AbortController();
    const run = ask({ signal: controller.signal, requestTimeoutMs: 5000 });
    await until(() => server.requests.length === 1);
    controller.abort();
    const result = await run.result;
    assert.strictEqual(result.status, 'cancelled');
    assert.match(result.error ?? '', /before the API answered/);
  });

  it('on a double submit, the first request is aborted and the chunks of the two never interleave', async () => {
    server.setScenario('slow', { chunkDelayMs: 40 });
    const events: string[] = [];
    const first = new AbortController();
    const a = ask({ signal: first.signal, onDelta: () => events.push('A') });
    await until(() => events.includes('A'));
    // The second submit aborts the first before starting, as the controller does.
    first.abort();
    events.push('abort');
    server.setScenario('slow', { chunkDelayMs: 5 });
    const b = ask({ onDelta: () => events.push('B') });
    const [ra, rb] = await Promise.all([a.result, b.result]);
    assert.strictEqual(ra.status, 'cancelled');
    assert.strictEqual(rb.status, 'complete', rb.error);
    assert.strictEqual(rb.text, FAKE_OK_CHUNKS.join(''));
    const abortAt = events.indexOf('abort');
    assert.ok(events.slice(0, abortAt).every((e) => e === 'A'));
    assert.ok(events.slice(abortAt + 1).every((e) => e === 'B'), `interleaved: ${events.join('')}`);
    assert.ok(events.slice(abortAt + 1).length > 3);
  });

  it('never follows a cross-origin redirect, so the key never reaches the second origin', async () => {
    server.setScenario('redirect-cross-origin');
    const result = await ask().result;
    assert.strictEqual(result.status, 'error');
    assert.strictEqual(result.fix, 'baseUrl');
    const from = `127.0.0.1:${server.port}`;
    const to = `127.0.0.1:${server.secondOrigin.port}`;
    assert.ok(
      (result.error ?? '').includes(`The API at host ${from} redirected (302) to host ${to}; not following it. Check aiSafety.llm.baseUrl.`),
      result.error,
    );
    assert.strictEqual(server.secondOrigin.requests.length, 0, 'the second origin got no request');
    assert.ok(server.secondOrigin.requests.every((r) => !r.hasAuthorization));
  });

  it('streams a 5 MB answer completely', async () => {
    server.setScenario('huge');
    const run = ask();
    const result = await run.result;
    assert.strictEqual(result.status, 'complete', result.error);
    assert.strictEqual(result.text.length, 5 * 1024 * 1024);
    assert.ok(result.text.startsWith(FAKE_ANSWER_MARKER));
    assert.ok(run.deltas.length > 100);
  });

  it('stops an answer past the length cap and marks it truncated', async () => {
    server.setScenario('huge');
    const result = await ask({ maxChars: 100_000 }).result;
    assert.strictEqual(result.status, 'truncated');
    assert.strictEqual(result.text.length, 100_000);
    assert.match(result.error ?? '', /passed 100,000 characters/);
  });

  it('passes hostile markup through unchanged, as text, including a tag split across chunks', async () => {
    server.setScenario('hostile');
    const run = ask();
    const result = await run.result;
    assert.strictEqual(result.status, 'complete');
    assert.strictEqual(result.text, FAKE_HOSTILE_CHUNKS.join(''));
    assert.strictEqual(run.deltas.join(''), result.text);
    assert.ok(run.deltas.some((d) => d.includes('<sc')) && !run.deltas.some((d) => d.includes('<script>alert(2)')), 'the tag arrives split');
  });

  it('removes the key from an answer that echoes it, even split across chunks', async () => {
    server.setScenario('key-in-answer');
    const run = ask();
    const result = await run.result;
    assert.strictEqual(result.status, 'complete');
    assert.strictEqual(result.text, `${FAKE_ANSWER_MARKER}: your key is [redacted] (echoed).`);
    assert.strictEqual(run.deltas.join(''), result.text);
    assertKeyFree(result, run.deltas);
  });

  it('ignores OPENAI_BASE_URL, OPENAI_CUSTOM_HEADERS and OPENAI_ORG_ID from the environment', async () => {
    const saved = { ...process.env };
    process.env.OPENAI_BASE_URL = server.secondOrigin.url;
    process.env.OPENAI_CUSTOM_HEADERS = 'X-Leak: yes';
    process.env.OPENAI_ORG_ID = 'org-should-not-be-sent';
    try {
      const result = await ask().result;
      assert.strictEqual(result.status, 'complete', result.error);
    } finally {
      for (const k of ['OPENAI_BASE_URL', 'OPENAI_CUSTOM_HEADERS', 'OPENAI_ORG_ID']) {
        if (saved[k] === undefined) {
          delete process.env[k];
        } else {
          process.env[k] = saved[k];
        }
      }
    }
    assert.strictEqual(server.secondOrigin.requests.length, 0);
    const headers = server.requests[0]!.headers;
    assert.strictEqual(headers['x-leak'], undefined);
    assert.strictEqual(headers['openai-organization'], undefined);
  });

  it('refuses an invalid or unencrypted remote base URL without sending anything', async () => {
    for (const baseUrl of ['ftp://127.0.0.1/v1', 'http://example.com/v1', 'https://user:pw@example.com/v1']) {
      const result = await ask({ baseUrl }).result;
      assert.strictEqual(result.status, 'error', baseUrl);
      assert.strictEqual(result.fix, 'baseUrl');
      assert.match(result.error ?? '', /aiSafety\.llm\.baseUrl/);
    }
    assert.strictEqual(server.requests.length, 0);
  });

  it('keeps streaming when the consumer of the pieces throws', async () => {
    const result = await ask({
      onDelta: () => {
        throw new Error('consumer failed');
      },
    }).result;
    assert.strictEqual(result.status, 'complete');
    assert.strictEqual(result.text, FAKE_OK_CHUNKS.join(''));
  });
  describe('against hostile servers', () => {
    it('stops reading a gzip bomb sent as a JSON completion at the byte budget, without holding the expansion', async () => {
      server.setScenario('bomb-json-200', { expandedMiB: 200 });
      const { value: result, peak } = await withPeakBufferGrowth(() => ask({ maxBytes: 4 * MiB }).result);
      assert.strictEqual(result.status, 'error');
      assert.match(result.error ?? '', /too large: it passed 4 MiB \(after decompression\)/);
      assert.strictEqual(result.text, '');
      assert.ok(peak < 64 * MiB, `buffers grew by ${Math.round(peak / MiB)} MiB for a 200 MiB bomb`);
    });

    it('never reads the body of a 500 that is a gzip bomb, and reports the server error', async () => {
      server.setScenario('bomb-json-500', { expandedMiB: 200 });
      const { value: result, peak } = await withPeakBufferGrowth(() => ask().result);
      assert.strictEqual(result.status, 'error');
      assert.strictEqual(result.httpStatus, 500);
      assert.match(result.error ?? '', /server error \(500 Internal Server Error\)/);
      assert.ok(peak < 64 * MiB, `buffers grew by ${Math.round(peak / MiB)} MiB`);
    });

    it('reads at most a small budget of a 403 text/plain gzip bomb and says it was too large', async () => {
      server.setScenario('bomb-text-403', { expandedMiB: 200 });
      const { value: result, peak } = await withPeakBufferGrowth(() => ask().result);
      assert.strictEqual(result.status, 'error');
      assert.strictEqual(result.httpStatus, 403);
      assert.match(result.error ?? '', /\(403 Forbidden\)\. Its error response was too large to read\./);
      assert.ok(!result.error?.includes('aaaa'), 'no body text in the message');
      assert.ok(peak < 64 * MiB, `buffers grew by ${Math.round(peak / MiB)} MiB`);
    });

    it('stops an event stream that is a gzip bomb at the byte budget', async () => {
      server.setScenario('bomb-stream', { expandedMiB: 200 });
      const { value: result, peak } = await withPeakBufferGrowth(() => ask({ maxBytes: 8 * MiB }).result);
      assert.strictEqual(result.status, 'error');
      assert.match(result.error ?? '', /too large: it passed 8 MiB/);
      assert.ok(peak < 64 * MiB, `buffers grew by ${Math.round(peak / MiB)} MiB`);
    });

    it('stops a plain event stream past the byte budget and keeps the text so far, marked truncated', async () => {
      server.setScenario('huge');
      const result = await ask({ maxBytes: MiB }).result;
      assert.strictEqual(result.status, 'truncated');
      assert.match(result.error ?? '', /too large: it passed 1 MiB/);
      assert.ok(result.text.startsWith(FAKE_ANSWER_MARKER) && result.text.length > 500_000 && result.text.length < MiB);
    });

    for (const filler of ['empty-delta', 'tool-calls', 'no-choices'] as const satisfies readonly EndlessFiller[]) {
      it(`restarts the idle timer only when answer text grows, not on ${filler} events`, async () => {
        server.setScenario('endless', { filler, textEvery: 500 });
        const run = ask({ idleTimeoutMs: 2000 });
        await until(() => run.deltas.length >= 4);
        // Armed when the stream started and once per text event; the 1500+ fillers between them did nothing.
        assert.strictEqual(run.clock.scheduled.filter((ms) => ms === 2000).length, 1 + run.deltas.length);
        run.clock.advance(2000);
        assert.strictEqual((await run.result).status, 'interrupted');
      });

      it(`stops a stream of endless ${filler} events after the idle timeout`, async () => {
        server.setScenario('endless', { filler });
        const run = ask({ idleTimeoutMs: 2000 });
        await until(() => run.deltas.join('') === FAKE_OK_CHUNKS[0] && server.eventsSent >= 1000);
        assert.ok(!run.settled());
        run.clock.advance(2000);
        const result = await run.result;
        assert.strictEqual(result.status, 'interrupted');
        assert.strictEqual(result.text, FAKE_OK_CHUNKS[0]);
        assert.match(result.error ?? '', /no answer text arrived .* for 2 s \(aiSafety\.llm\.idleTimeoutSeconds\)/);
      });
    }

    it('stops an answer that trickles in forever at the overall time limit', async () => {
      server.setScenario('endless', { filler: 'trickle' });
      const run = ask({ idleTimeoutMs: 2000, maxAnswerMs: 10_000 });
      // One character every 1.5 s of (manual) time: the idle timer never fires, the time limit does.
      for (let steps = 0; !run.settled(); steps++) {
        const seen = run.deltas.length;
        await until(() => run.deltas.length > seen || run.settled());
        run.clock.advance(1500);
        assert.ok(steps < 10, 'the time limit fired');
      }
      const result = await run.result;
      assert.strictEqual(result.status, 'truncated');
      assert.match(result.error ?? '', /took longer than 10 s \(aiSafety\.llm\.maxAnswerSeconds\)/);
      assert.ok(result.text.startsWith(FAKE_OK_CHUNKS[0]!) && result.text.endsWith('.'));
    });

    for (const status of [400, 403, 404, 422, 429]) {
      it(`shows a ${status} by status and code only, never the server's text with transformed echoes of the key`, async () => {
        server.setScenario('error-4xx-echo', { status });
        const result = await ask().result;
        assert.strictEqual(result.status, 'error');
        assert.strictEqual(result.httpStatus, status);
        const error = result.error ?? '';
        assert.ok(error.includes(`${status} ${STATUS_CODES[status]}; code: invalid_request_error; type: invalid_request_error`), error);
        assert.ok(!error.includes('Key forms'), 'no server text');
        for (const form of [...transformedEchoes(KEY), KEY, ...KEY_PARTS]) {
          assert.ok(!error.includes(form), `leaked ${form}`);
        }
      });
    }

    for (const [label, errorCode] of [
      ['the key', KEY],
      ['the key in hex', Buffer.from(KEY).toString('hex').slice(0, 40)],
      ['a part of the key', 'SECRET-1234567890'],
      ['text with spaces', 'see https://example.com'],
      ['an over-long code', 'x'.repeat(49)],
      ['an object', { nested: true }],
    ] as const) {
      it(`leaves out an error code that is ${label}`, async () => {
        server.setScenario('error-4xx-echo', { status: 400, errorCode });
        const result = await ask().result;
        assert.ok(result.error?.includes('(400 Bad Request; type: invalid_request_error)'), result.error);
      });
    }

    for (const pieceSize of [1, 2, 5]) {
      it(`removes a URL-encoded key with + / = & % split into ${pieceSize}-character events`, async () => {
        const key = 'sk-test-a+b/c=d&e%f-1234567890';
        server.setScenario('key-in-answer', { keyForm: 'url', pieceSize });
        const run = ask({ apiKey: key });
        const result = await run.result;
        assert.strictEqual(result.status, 'complete', result.error);
        assert.strictEqual(result.text, `${FAKE_ANSWER_MARKER}: your key is [redacted] (echoed).`);
        assert.strictEqual(run.deltas.join(''), result.text);
        assert.ok(!run.deltas.some((d) => /%2B|%2F|%3D|%26|%25|1234567890/i.test(d)), run.deltas.join('|'));
      });
    }

    for (const pieceSize of [1, 13]) {
      it(`drops a held-back start of the key when the length cap cuts through it (${pieceSize}-character events)`, async () => {
        server.setScenario('key-in-answer', { pieceSize });
        const before = `${FAKE_ANSWER_MARKER}: your key is `;
        const run = ask({ maxChars: before.length + 10 });
        const result = await run.result;
        assert.strictEqual(result.status, 'truncated');
        assert.strictEqual(result.text, before);
        assert.strictEqual(run.deltas.join(''), before);
        assert.ok(!result.text.includes('sk-'));
      });
    }
  });
});
