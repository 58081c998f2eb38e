import * as assert from 'assert';
import { MIN_SECRET_LENGTH, REDACTED, redactExact, redactSecrets, truncate } from '../../src/core/redact';

const KEY = 'sk-test-SECRET-1234567890';

describe('redactSecrets', () => {
  it('removes the exact key wherever it appears', () => {
    const out = redactSecrets(`Incorrect API key provided: ${KEY}. Also ${KEY}!`, [KEY]);
    assert.strictEqual(out, `Incorrect API key provided: ${REDACTED}. Also ${REDACTED}!`);
  });

  it('removes a key that does not look like sk-… when it is the key in use', () => {
    const key = 'gsk_abcdefghijklmnop';
    assert.strictEqual(redactSecrets(`token=${key};`, [key]), `token=${REDACTED};`);
  });

  it('removes the URL-encoded form of the key', () => {
    const key = 'key/with+special=chars';
    assert.strictEqual(redactSecrets(`GET /x?k=${encodeURIComponent(key)}`, [key]), `GET /x?k=${REDACTED}`);
  });

  it('removes bearer tokens, whatever the key in use', () => {
    assert.strictEqual(redactSecrets('Authorization failed for Bearer abc.def-123'), `Authorization failed for Bearer ${REDACTED}`);
    assert.strictEqual(redactSecrets('bearer   xyz789'), `bearer ${REDACTED}`);
  });

  it('does not redact a bearer token twice', () => {
    assert.strictEqual(redactSecrets(`(carried Bearer ${KEY}).`, [KEY]), `(carried Bearer ${REDACTED}).`);
  });

  it('removes sk- keys, including project keys and partly masked ones', () => {
    assert.strictEqual(redactSecrets('key sk-proj-AbC_123-xyz was wrong'), `key ${REDACTED} was wrong`);
    assert.strictEqual(redactSecrets('key sk-abc1***********wxyz was wrong'), `key ${REDACTED} was wrong`);
  });

  it('removes the values of authorization and api-key assignments', () => {
    assert.strictEqual(redactSecrets('authorization: Basic dXNlcjpwdw=='), `authorization: Basic ${REDACTED}`);
    assert.strictEqual(redactSecrets('Authorization: Bearer abc123'), `Authorization: Bearer ${REDACTED}`);
    assert.strictEqual(redactSecrets('{"api_key": "abc123xyz"}'), `{"api_key": "${REDACTED}"}`);
    assert.strictEqual(redactSecrets('x-api-key=zzzzzz&y=1'), `x-api-key=${REDACTED}&y=1`);
  });

  it('leaves ordinary text alone', () => {
    const text = 'The API at api.openai.com rejected the request (429 Too Many Requests). Try again in 7 s.';
    assert.strictEqual(redactSecrets(text, [KEY]), text);
  });

  it(`ignores secrets shorter than ${MIN_SECRET_LENGTH} characters and empty ones`, () => {
    assert.strictEqual(redactSecrets('a cat sat', ['a', '', undefined, 'cat']), 'a cat sat');
  });

  it('removes a longer secret whole when it contains a shorter one', () => {
    assert.strictEqual(redactSecrets('value: abcdef123456', ['abcdef', 'abcdef123456']), `value: ${REDACTED}`);
  });

  it('runs in linear time on long adversarial input', () => {
    const text = `${'sk-'.repeat(200_000)} ${'bearer '.repeat(100_000)} ${'authorization:'.repeat(50_000)}`;
    const started = Date.now();
    redactSecrets(text, [KEY]);
    assert.ok(Date.now() - started < 2000);
  });
});

describe('redactExact', () => {
  it('removes only the given secrets, keeping bearer and sk- examples in model answers', () => {
    const answer = `Send "Authorization: Bearer sk-your-key-here". Yours is ${KEY}.`;
    assert.strictEqual(redactExact(answer, [KEY]), `Send "Authorization: Bearer sk-your-key-here". Yours is ${REDACTED}.`);
  });
});

describe('truncate', () => {
  it('keeps short text as it is', () => {
    assert.strictEqual(truncate('hello', 5), 'hello');
  });

  it('shortens long text to the limit, ellipsis included', () => {
    const out = truncate('abcdefghij', 5);
    assert.strictEqual(out, 'abcd…');
    assert.strictEqual(out.length, 5);
  });

  it('never splits a surrogate pair', () => {
    const out = truncate('ab😀cdef', 4);
    assert.strictEqual(out, 'ab…');
  });
});
