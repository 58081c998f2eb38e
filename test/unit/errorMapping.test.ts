import * as assert from 'assert';
import {
  connectFailure,
  errorFields,
  errorFieldsOfText,
  formatBytes,
  headerTimeoutFailure,
  networkCode,
  retryAfter,
  safeErrorField,
  statusFailure,
  statusName,
  streamEnd,
  type StatusFacts,
  type StreamEndFacts,
} from '../../src/llm/errorMapping';

const KEY = 'sk-proj-AbCdEfGhIjKlMnOpQrStUvWx0123456789';
const NOW = Date.UTC(2026, 0, 1, 12, 0, 0);

function facts(status: number, extra: Partial<StatusFacts> = {}): StatusFacts {
  return { status, fields: {}, host: 'api.example.com', model: 'gpt-4o', now: NOW, ...extra };
}

function ended(extra: Partial<StreamEndFacts> = {}): StreamEndFacts {
  return {
    finishReason: undefined,
    chunks: 3,
    textLength: 10,
    stop: undefined,
    host: 'api.example.com',
    maxChars: 8_000_000,
    maxBytes: 64 * 1024 * 1024,
    idleTimeoutMs: 30_000,
    maxAnswerMs: 300_000,
    ...extra,
  };
}

describe('errorMapping', () => {
  describe('statusName', () => {
    it('uses the standard reason phrases of the statuses an API answers with, and a neutral word for others', () => {
      assert.strictEqual(statusName(404), '404 Not Found');
      assert.strictEqual(statusName(429), '429 Too Many Requests');
      assert.strictEqual(statusName(418), '418 error');
      assert.strictEqual(statusName(599), '599 error');
    });
  });

  describe('safeErrorField', () => {
    it('accepts short printable codes and integer codes', () => {
      assert.strictEqual(safeErrorField('model_not_found', [KEY]), 'model_not_found');
      assert.strictEqual(safeErrorField('invalid.request-1', [KEY]), 'invalid.request-1');
      assert.strictEqual(safeErrorField(429, [KEY]), '429');
    });

    it('refuses anything with spaces, markup, control characters or non-ASCII, and over-long values', () => {
      for (const value of ['has space', '<b>x</b>', 'a\nb', 'ünïcode', 'x'.repeat(49), '', 1.5, null, {}, ['a']]) {
        assert.strictEqual(safeErrorField(value, [KEY]), undefined, JSON.stringify(value));
      }
    });

    it('refuses a value that carries the key or any 8-character run of one of its forms', () => {
      const hex = Buffer.from(KEY).toString('hex');
      const b64 = Buffer.from(KEY).toString('base64').replace(/=+$/, '');
      for (const value of [KEY.slice(8, 40), 'x_' + KEY.slice(20, 28), hex.slice(10, 40), b64.slice(4, 30), KEY.slice(8).toUpperCase().slice(0, 20)]) {
        assert.strictEqual(safeErrorField(value, [KEY]), undefined, value);
      }
    });
  });

  describe('errorFields', () => {
    it('takes code and type from an OpenAI error body and ignores the message', () => {
      const body = { error: { message: `leak ${KEY}`, type: 'invalid_request_error', code: 'model_not_found', param: null } };
      assert.deepStrictEqual(errorFields(body, [KEY]), { code: 'model_not_found', type: 'invalid_request_error' });
    });

    it('reads the fields at the top level too, and keeps only the safe ones', () => {
      assert.deepStrictEqual(errorFields({ code: 'rate_limit_exceeded', type: 'has space' }, [KEY]), { code: 'rate_limit_exceeded' });
      assert.deepStrictEqual(errorFields('just text', [KEY]), {});
      assert.deepStrictEqual(errorFields(null, [KEY]), {});
    });

    it('parses text bodies, treating anything but JSON as having no fields', () => {
      assert.deepStrictEqual(errorFieldsOfText('{"error":{"code":"insufficient_quota"}}', [KEY]), { code: 'insufficient_quota' });
      assert.deepStrictEqual(errorFieldsOfText('<html>Forbidden</html>', [KEY]), {});
    });
  });

  describe('statusFailure', () => {
    it('points a 401 to Set API Key, without any server detail', () => {
      const r = statusFailure(facts(401, { fields: { code: 'invalid_api_key' } }));
      assert.strictEqual(r.fix, 'apiKey');
      assert.strictEqual(r.httpStatus, 401);
      assert.match(r.error ?? '', /rejected the API key \(401 Unauthorized; code: invalid_api_key\)\. Run "AI Safety: Set API Key…"/);
    });

    it('names the model for a 403 and the settings for a 404', () => {
      const forbidden = statusFailure(facts(403, { fields: { code: 'model_not_found', type: 'invalid_request_error' } }));
      assert.strictEqual(forbidden.fix, 'model');
      assert.strictEqual(
        forbidden.error,
        'The API at api.example.com refused the request (403 Forbidden; code: model_not_found; type: invalid_request_error). ' +
          'Check that your key may use model "gpt-4o" (aiSafety.llm.model).',
      );
      const missing = statusFailure(facts(404));
      assert.strictEqual(missing.fix, 'settings');
      assert.match(missing.error ?? '', /answered 404 Not Found\. Check aiSafety\.llm\.model \("gpt-4o"\) and aiSafety\.llm\.baseUrl/);
    });

    it('says when to retry a 429 from Retry-After seconds, Retry-After-Ms or an HTTP date', () => {
      const after = (headers: Record<string, string>) => statusFailure(facts(429, { headers: new Headers(headers) }));
      assert.strictEqual(after({ 'retry-after': '7' }).retryAfterSeconds, 7);
      assert.strictEqual(after({ 'retry-after-ms': '1500' }).retryAfterSeconds, 2);
      assert.strictEqual(after({ 'retry-after': new Date(NOW + 30_000).toUTCString() }).retryAfterSeconds, 30);
      const unknown = after({});
      assert.strictEqual(unknown.retryAfterSeconds, undefined);
      assert.match(unknown.error ?? '', /Wait a little and try again/);
    });

    it('reports 5xx as a server error to retry later and other 4xx as rejected', () => {
      assert.strictEqual(statusFailure(facts(503)).error, 'The API at api.example.com had a server error (503 Service Unavailable). Try again later.');
      assert.strictEqual(statusFailure(facts(422, { fields: { code: 'bad_json' } })).error, 'The API at api.example.com rejected the request (422 Unprocessable Entity; code: bad_json).');
    });

    it('says when the error body was too large to read', () => {
      assert.match(statusFailure(facts(400, { bodyTooLarge: true })).error ?? '', /\(400 Bad Request\)\. Its error response was too large to read\./);
    });
  });

  describe('streamEnd', () => {
    it('takes any finish_reason as the end, whatever came after', () => {
      assert.deepStrictEqual(streamEnd(ended({ finishReason: 'stop', stop: 'idle', streamError: { kind: 'network', code: 'ECONNRESET' } })), { status: 'complete' });
      assert.strictEqual(streamEnd(ended({ finishReason: 'length' })).status, 'truncated');
      assert.match(streamEnd(ended({ finishReason: 'content_filter' })).error ?? '', /content filter/);
    });

    it('names the limit that stopped an answer', () => {
      assert.match(streamEnd(ended({ stop: 'too-long', maxChars: 100_000 })).error ?? '', /passed 100,000 characters/);
      assert.match(streamEnd(ended({ stop: 'too-large' })).error ?? '', /too large: it passed 64 MiB \(after decompression\)/);
      assert.strictEqual(streamEnd(ended({ stop: 'too-large', textLength: 0 })).status, 'error');
      const slow = streamEnd(ended({ stop: 'time-limit', maxAnswerMs: 90_000 }));
      assert.deepStrictEqual(slow, { status: 'truncated', error: 'The answer took longer than 90 s (aiSafety.llm.maxAnswerSeconds), so it was stopped.' });
      const idle = streamEnd(ended({ stop: 'idle', idleTimeoutMs: 1500 }));
      assert.strictEqual(idle.status, 'interrupted');
      assert.match(idle.error ?? '', /no answer text arrived from api\.example\.com for 1\.5 s \(aiSafety\.llm\.idleTimeoutSeconds\)/);
      assert.deepStrictEqual(streamEnd(ended({ stop: 'user' })), { status: 'cancelled', error: 'Stopped.' });
    });

    it('reports an error event by its checked fields only', () => {
      const r = streamEnd(ended({ streamError: { kind: 'reported', fields: { code: 'upstream_failure' } } }));
      assert.strictEqual(r.error, 'The API at api.example.com reported an error mid-answer (code: upstream_failure), so the answer stops here.');
    });

    it('tells a broken connection, a malformed chunk, an empty response and a missing finish_reason apart', () => {
      assert.strictEqual(streamEnd(ended({ streamError: { kind: 'network', code: 'ECONNRESET' } })).status, 'interrupted');
      assert.strictEqual(streamEnd(ended({ textLength: 0, streamError: { kind: 'network', code: undefined } })).status, 'error');
      assert.match(streamEnd(ended({ streamError: { kind: 'malformed' } })).error ?? '', /malformed chunk/);
      assert.strictEqual(streamEnd(ended({ chunks: 0, textLength: 0 })).fix, 'baseUrl');
      assert.deepStrictEqual(streamEnd(ended()), { status: 'truncated', error: 'The stream ended without a finish reason, so the answer may be incomplete.' });
    });
  });

  describe('connection failures', () => {
    const url = new URL('http://127.0.0.1:9/v1/chat/completions');
    const wrapped = (code: string, message = 'inner') => new TypeError('fetch failed', { cause: Object.assign(new Error(message), { code }) });

    it('finds the code along the cause chain and inside AggregateErrors', () => {
      assert.strictEqual(networkCode(wrapped('ECONNREFUSED')), 'ECONNREFUSED');
      assert.strictEqual(networkCode(new TypeError('x', { cause: new AggregateError([Object.assign(new Error('a'), { code: 'EHOSTUNREACH' })]) })), 'EHOSTUNREACH');
      assert.strictEqual(networkCode(new Error('plain')), undefined);
    });

    it('explains refused connections, DNS failures, resets, certificates and fallbacks', () => {
      assert.match(connectFailure(wrapped('ECONNREFUSED'), url).error ?? '', /Nothing is listening at 127\.0\.0\.1:9 \(connection refused\)/);
      assert.strictEqual(connectFailure(wrapped('ENOTFOUND'), url).fix, 'baseUrl');
      assert.match(connectFailure(wrapped('ECONNRESET'), url).error ?? '', /was reset before an answer arrived/);
      assert.match(connectFailure(wrapped('UNABLE_TO_VERIFY_LEAF_SIGNATURE'), url).error ?? '', /TLS certificate of 127\.0\.0\.1/);
      assert.strictEqual(connectFailure(new TypeError('fetch failed', { cause: new Error('bad port') }), url).fix, 'baseUrl');
      assert.strictEqual(connectFailure(wrapped('EWEIRD', 'odd\n  failure'), url).error, 'Could not connect to 127.0.0.1:9 (EWEIRD): odd failure.');
    });

    it('names the request timeout setting when headers never came', () => {
      assert.match(headerTimeoutFailure('h', 400).error ?? '', /within 0\.4 s \(aiSafety\.llm\.requestTimeoutSeconds\)/);
    });
  });

  describe('small formats', () => {
    it('formats byte budgets and retry times', () => {
      assert.strictEqual(formatBytes(64 * 1024 * 1024), '64 MiB');
      assert.strictEqual(formatBytes(64 * 1024), '64 KiB');
      assert.strictEqual(formatBytes(1500), '1,500 bytes');
      assert.strictEqual(retryAfter(new Headers({ 'retry-after': 'soon' }), NOW), undefined);
      assert.strictEqual(retryAfter(new Headers({ 'retry-after': new Date(NOW - 5000).toUTCString() }), NOW), 0);
    });
  });
});
