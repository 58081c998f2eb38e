import * as assert from 'assert';
import {
  hostAndPortOf,
  hostOf,
  isLoopbackHost,
  LLM_DEFAULTS,
  LlmSetting,
  readLlmSettings,
  validateBaseUrl,
  validateModel,
  validateTimeoutSeconds,
  type LlmSettingId,
} from '../../src/core/llmSettings';

function okUrl(raw: string): string {
  const r = validateBaseUrl(raw);
  assert.ok(r.ok, `expected ${raw} to be accepted: ${r.ok ? '' : r.message}`);
  return r.value;
}

function badUrl(raw: unknown): string {
  const r = validateBaseUrl(raw);
  assert.ok(!r.ok, `expected ${String(raw)} to be rejected`);
  assert.ok(r.message.includes('aiSafety.llm.baseUrl'), `message names the setting: ${r.message}`);
  return r.message;
}

describe('validateBaseUrl', () => {
  it('accepts https URLs and strips trailing slashes', () => {
    assert.strictEqual(okUrl('https://api.openai.com/v1'), 'https://api.openai.com/v1');
    assert.strictEqual(okUrl('https://api.openai.com/v1/'), 'https://api.openai.com/v1');
    assert.strictEqual(okUrl('  https://example.com:8443/openai/v1//  '), 'https://example.com:8443/openai/v1');
    assert.strictEqual(okUrl('https://example.com'), 'https://example.com');
  });

  it('accepts plain http only for loopback hosts', () => {
    assert.strictEqual(okUrl('http://127.0.0.1:8080/v1'), 'http://127.0.0.1:8080/v1');
    assert.strictEqual(okUrl('http://localhost:11434/v1/'), 'http://localhost:11434/v1');
    assert.strictEqual(okUrl('http://[::1]:1234/v1'), 'http://[::1]:1234/v1');
    assert.strictEqual(okUrl('http://127.1.2.3/v1'), 'http://127.1.2.3/v1');
    assert.strictEqual(okUrl('HTTP://LOCALHOST:8000/v1'), 'http://localhost:8000/v1');
  });

  it('rejects plain http to other hosts, saying the key would travel unencrypted', () => {
    for (const raw of ['http://example.com/v1', 'http://10.0.0.5:8000/v1', 'http://128.0.0.1/v1', 'http://localhost.example.com/v1', 'http://[::2]/v1']) {
      assert.match(badUrl(raw), /unencrypted/, raw);
    }
  });

  it('rejects other schemes and says which was used', () => {
    assert.match(badUrl('ftp://x'), /must start with https:\/\/ \(it uses "ftp:"\)/);
    assert.match(badUrl('file:///etc/passwd'), /"file:"/);
    assert.match(badUrl('javascript:alert(1)'), /"javascript:"/);
  });

  it('rejects credentials in the URL without repeating them', () => {
    for (const raw of ['https://user:secretpw@example.com/v1', 'https://sk-abc@example.com/v1', 'https://@example.com/v1']) {
      const message = badUrl(raw);
      assert.match(message, /user name or password/);
      assert.ok(!message.includes('secretpw') && !message.includes('sk-abc'));
    }
  });

  it('rejects a query or a fragment', () => {
    assert.match(badUrl('https://example.com/v1?api-version=1'), /query/);
    assert.match(badUrl('https://example.com/v1#x'), /fragment/);
    assert.match(badUrl('https://example.com/v1?'), /query/);
  });

  it('rejects empty values, non-strings, spaces and non-URLs', () => {
    assert.match(badUrl(''), /is empty/);
    assert.match(badUrl('   '), /is empty/);
    assert.match(badUrl(undefined), /is empty/);
    assert.match(badUrl(42), /is empty/);
    assert.match(badUrl('https://exa mple.com/v1'), /spaces/);
    assert.match(badUrl('api.openai.com/v1'), /not a valid URL/);
  });
});

describe('isLoopbackHost', () => {
  it('knows localhost, 127.0.0.0/8 and [::1]', () => {
    for (const h of ['localhost', '127.0.0.1', '127.255.255.254', '[::1]']) {
      assert.strictEqual(isLoopbackHost(h), true, h);
    }
    for (const h of ['localhost.', 'example.com', '0.0.0.0', '127.0.0', '127.0.0.256', '[::]', '1127.0.0.1']) {
      assert.strictEqual(isLoopbackHost(h), false, h);
    }
  });
});

describe('validateModel', () => {
  it('accepts usual model ids, trimmed', () => {
    for (const id of ['gpt-4o', 'gpt-4o-mini', 'llama3:8b', 'meta-llama/Llama-3-8B-Instruct', 'claude-3-5-sonnet@20240620', 'o1']) {
      const r = validateModel(` ${id} `);
      assert.ok(r.ok && r.value === id, id);
    }
  });

  it('rejects empty ids, odd characters and ids longer than 100 characters, naming the setting', () => {
    for (const raw of ['', '  ', undefined, 'gpt 4o', '-gpt', 'gpt-4o?', '<script>', 'a'.repeat(101)]) {
      const r = validateModel(raw);
      assert.ok(!r.ok, String(raw));
      assert.ok(r.message.includes('aiSafety.llm.model'));
    }
    const long = validateModel('a'.repeat(101));
    assert.ok(!long.ok && /101 characters long/.test(long.message));
    assert.ok(validateModel('a'.repeat(100)).ok);
  });
});

describe('validateTimeoutSeconds', () => {
  it('turns seconds into milliseconds within 1..600', () => {
    const r = validateTimeoutSeconds(1.5, LlmSetting.IdleTimeoutSeconds);
    assert.ok(r.ok && r.value === 1500);
    assert.ok(validateTimeoutSeconds(600, LlmSetting.RequestTimeoutSeconds).ok);
  });

  it('rejects values out of range or not numbers, naming the setting', () => {
    for (const raw of [0, 0.5, 601, -1, Number.NaN, Number.POSITIVE_INFINITY, '30', null]) {
      const r = validateTimeoutSeconds(raw, LlmSetting.RequestTimeoutSeconds);
      assert.ok(!r.ok && r.message.includes('aiSafety.llm.requestTimeoutSeconds'), String(raw));
    }
  });
});

describe('readLlmSettings', () => {
  it('uses the defaults for unset values', () => {
    const r = readLlmSettings(() => undefined);
    assert.deepStrictEqual(r, {
      ok: true,
      settings: { baseUrl: LLM_DEFAULTS.baseUrl, model: 'gpt-4o', requestTimeoutMs: 30000, idleTimeoutMs: 30000, maxAnswerMs: 300000 },
    });
  });

  it('normalizes configured values', () => {
    const values: Partial<Record<LlmSettingId, unknown>> = {
      [LlmSetting.BaseUrl]: 'http://127.0.0.1:9999/v1/',
      [LlmSetting.Model]: ' llama3 ',
      [LlmSetting.RequestTimeoutSeconds]: 5,
      [LlmSetting.IdleTimeoutSeconds]: 2,
      [LlmSetting.MaxAnswerSeconds]: 90,
    };
    const r = readLlmSettings((id) => values[id]);
    assert.deepStrictEqual(r, {
      ok: true,
      settings: { baseUrl: 'http://127.0.0.1:9999/v1', model: 'llama3', requestTimeoutMs: 5000, idleTimeoutMs: 2000, maxAnswerMs: 90000 },
    });
  });

  it('reports the first invalid setting by id, for an Open Settings button', () => {
    const r = readLlmSettings((id) => (id === LlmSetting.IdleTimeoutSeconds ? 0 : undefined));
    assert.ok(!r.ok);
    assert.strictEqual(r.setting, LlmSetting.IdleTimeoutSeconds);
    const r2 = readLlmSettings((id) => (id === LlmSetting.BaseUrl ? 'ftp://x' : id === LlmSetting.Model ? '' : undefined));
    assert.ok(!r2.ok);
    assert.strictEqual(r2.setting, LlmSetting.BaseUrl);
  });

  it('bounds aiSafety.llm.maxAnswerSeconds from 10 s to an hour', () => {
    for (const raw of [5, 3601, '300', Number.NaN]) {
      const r = readLlmSettings((id) => (id === LlmSetting.MaxAnswerSeconds ? raw : undefined));
      assert.ok(!r.ok && r.setting === LlmSetting.MaxAnswerSeconds && /from 10 to 3600/.test(r.message), String(raw));
    }
    const ok = readLlmSettings((id) => (id === LlmSetting.MaxAnswerSeconds ? 3600 : undefined));
    assert.ok(ok.ok && ok.settings.maxAnswerMs === 3_600_000);
  });
});

describe('hostOf and hostAndPortOf', () => {
  it('give the host with its port only when it is not the default', () => {
    assert.strictEqual(hostOf('https://api.openai.com/v1'), 'api.openai.com');
    assert.strictEqual(hostOf('http://127.0.0.1:8080/v1'), '127.0.0.1:8080');
    assert.strictEqual(hostOf('https://user:pw@example.com:443/v1'), 'example.com');
    assert.strictEqual(hostOf('not a url'), '');
  });

  it('hostAndPortOf always includes the port', () => {
    assert.strictEqual(hostAndPortOf('https://api.openai.com/v1'), 'api.openai.com:443');
    assert.strictEqual(hostAndPortOf('http://localhost/v1'), 'localhost:80');
    assert.strictEqual(hostAndPortOf('http://[::1]:1234/v1'), '[::1]:1234');
    assert.strictEqual(hostAndPortOf('nope'), '');
  });
});
