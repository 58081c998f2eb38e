import * as assert from 'assert';
import {
  MIN_SECRET_LENGTH,
  REDACTED,
  redactExact,
  redactForms,
  redactSecrets,
  secretForms,
  secretPrefixAtEnd,
  sharesSecretFragment,
  truncate,
} from '../../src/core/redact';

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

  describe('transformed echoes of the key', () => {
    const key = 'sk-proj-Ab12Cd34Ef56Gh78Ij90';
    const b64 = (s: string) => Buffer.from(s).toString('base64');
    const cases: [string, string][] = [
      ['base64', b64(key)],
      ['base64url', Buffer.from(key).toString('base64url')],
      ['a Basic credential (user:key)', `Basic ${b64(`user:${key}`)}`],
      ['base64 at another alignment', b64(`ab:${key}`)],
      ['hex', Buffer.from(key).toString('hex')],
      ['upper-case hex', Buffer.from(key).toString('hex').toUpperCase()],
      ['upper case', key.toUpperCase()],
      ['decimal HTML entities', [...key].map((c) => `&#${c.charCodeAt(0)};`).join('')],
      ['hex HTML entities, some characters left plain', [...key].map((c, i) => (i % 2 ? c : `&#x${c.charCodeAt(0).toString(16)};`)).join('')],
      ['zero-width spaces between characters', [...key].join('\u200b')],
      ['soft hyphens and word joiners', [...key].join('\u00ad\u2060')],
      ['every byte percent-encoded', [...Buffer.from(key)].map((b) => `%${b.toString(16).toUpperCase()}`).join('')],
      ['\\x escapes', [...key].map((c) => `\\x${c.charCodeAt(0).toString(16)}`).join('')],
      ['no sk-proj- prefix', key.slice('sk-proj-'.length)],
      ['no prefix, upper case', key.slice('sk-proj-'.length).toUpperCase()],
    ];
    for (const [label, echo] of cases) {
      it(`removes the key written as ${label}`, () => {
        const out = redactSecrets(`Rejected: [${echo}] end`, [key]);
        assert.ok(!out.includes(echo), out);
        assert.ok(out.startsWith('Rejected: [') && out.endsWith('] end') && out.includes(REDACTED), out);
      });
    }
  });
});

describe('secretForms', () => {
  it('lists the key, its encodings and its body without the prefix, longest first, none shorter than the minimum', () => {
    const key = 'sk-proj-a+b/c=d&e%f-123456';
    const forms = secretForms(key);
    for (const form of [key, encodeURIComponent(key), Buffer.from(key).toString('hex'), 'a+b/c=d&e%f-123456']) {
      assert.ok(forms.includes(form), form);
    }
    assert.ok(forms.every((f, i) => i === 0 || forms[i - 1]!.length >= f.length));
    assert.ok(forms.every((f) => f.length >= MIN_SECRET_LENGTH));
    assert.deepStrictEqual(secretForms('abc'), []);
  });

  it('keeps a short body with its prefix only', () => {
    assert.ok(!secretForms('sk-proj-abc123').includes('abc123'));
  });
});

describe('redactForms and secretPrefixAtEnd', () => {
  const key = 'sk-test-a+b/c=d&e%f-1234567890';
  const forms = secretForms(key);

  it('removes any form in any letter case', () => {
    const url = encodeURIComponent(key);
    assert.strictEqual(redactForms(`a ${url} b ${url.toLowerCase()} c`, forms), `a ${REDACTED} b ${REDACTED} c`);
  });

  it('finds the longest end of the text that starts a form, ignoring letter case', () => {
    const url = encodeURIComponent(key);
    assert.strictEqual(secretPrefixAtEnd(`hello ${url.slice(0, 12)}`, forms), 12);
    assert.strictEqual(secretPrefixAtEnd(`hello ${url.slice(0, 12).toLowerCase()}`, forms), 12);
    assert.strictEqual(secretPrefixAtEnd(`hello ${key.slice(0, 5)}`, forms), 5);
  });

  it('holds back nothing for ordinary text and never a whole form', () => {
    assert.strictEqual(secretPrefixAtEnd('An ordinary sentence.', forms), 0);
    assert.strictEqual(secretPrefixAtEnd('', forms), 0);
    assert.ok(secretPrefixAtEnd(`x ${key}`, forms) < key.length);
  });
});

describe('sharesSecretFragment', () => {
  it('spots an 8-character run of any form of the key, and nothing shorter', () => {
    const key = 'sk-test-SECRET-1234567890';
    assert.ok(sharesSecretFragment('code_1234567890', [key]));
    assert.ok(sharesSecretFragment(Buffer.from(key).toString('hex').slice(6, 20), [key]));
    assert.ok(!sharesSecretFragment('model_not_found', [key]));
    assert.ok(!sharesSecretFragment('1234567', [key]));
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
