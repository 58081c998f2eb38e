import * as assert from 'assert';
import { API_KEY_SECRET, ApiKeyStore, validateApiKey, type SecretStorageLike } from '../../src/llm/apiKeyStore';

/** An in-memory SecretStorage with change events, like VS Code's. */
class FakeSecrets implements SecretStorageLike {
  readonly values = new Map<string, string>();
  private readonly listeners = new Set<(e: { key: string }) => unknown>();

  async get(key: string): Promise<string | undefined> {
    return this.values.get(key);
  }
  async store(key: string, value: string): Promise<void> {
    this.values.set(key, value);
    this.fire(key);
  }
  async delete(key: string): Promise<void> {
    this.values.delete(key);
    this.fire(key);
  }
  onDidChange = (listener: (e: { key: string }) => unknown) => {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  };
  private fire(key: string): void {
    for (const l of this.listeners) {
      l({ key });
    }
  }
}

describe('ApiKeyStore', () => {
  it('returns nothing when no key is stored and OPENAI_API_KEY is unset', async () => {
    const store = new ApiKeyStore(new FakeSecrets(), () => undefined);
    assert.strictEqual(await store.get(), undefined);
    assert.strictEqual(store.envKeyState(), 'absent');
  });

  it('falls back to OPENAI_API_KEY from the environment, trimmed, and says so', async () => {
    const store = new ApiKeyStore(new FakeSecrets(), () => '  sk-env-123456\n');
    assert.deepStrictEqual(await store.get(), { key: 'sk-env-123456', source: 'env' });
    assert.strictEqual(store.envKeyState(), 'usable');
  });

  it('prefers the stored key over the environment', async () => {
    const secrets = new FakeSecrets();
    const store = new ApiKeyStore(secrets, () => 'sk-env-123456');
    await store.store('sk-stored-abcdef');
    assert.deepStrictEqual(await store.get(), { key: 'sk-stored-abcdef', source: 'secret' });
    assert.strictEqual(secrets.values.get(API_KEY_SECRET), 'sk-stored-abcdef');
  });

  it('ignores an OPENAI_API_KEY with spaces inside, and reports it as invalid', async () => {
    const store = new ApiKeyStore(new FakeSecrets(), () => 'sk-env 123456');
    assert.strictEqual(await store.get(), undefined);
    assert.strictEqual(store.envKeyState(), 'invalid');
  });

  it('ignores an empty or blank OPENAI_API_KEY', async () => {
    for (const value of ['', '   ']) {
      const store = new ApiKeyStore(new FakeSecrets(), () => value);
      assert.strictEqual(await store.get(), undefined);
      assert.strictEqual(store.envKeyState(), 'absent');
    }
  });

  it('stores the key trimmed of surrounding whitespace, such as a pasted line break', async () => {
    const secrets = new FakeSecrets();
    await new ApiKeyStore(secrets, () => undefined).store('  sk-pasted-999999\r\n');
    assert.strictEqual(secrets.values.get(API_KEY_SECRET), 'sk-pasted-999999');
  });

  it('refuses to store an empty key or one with spaces inside', async () => {
    const secrets = new FakeSecrets();
    const store = new ApiKeyStore(secrets, () => undefined);
    await assert.rejects(store.store('   '), /Enter an API key/);
    await assert.rejects(store.store('sk-one two'), /no spaces or line breaks/);
    assert.strictEqual(secrets.values.size, 0);
  });

  it('clears the stored key and reports whether there was one', async () => {
    const secrets = new FakeSecrets();
    const store = new ApiKeyStore(secrets, () => 'sk-env-123456');
    await store.store('sk-stored-abcdef');
    assert.strictEqual(await store.clear(), true);
    assert.strictEqual(await store.hasStoredKey(), false);
    assert.deepStrictEqual(await store.get(), { key: 'sk-env-123456', source: 'env' });
    assert.strictEqual(await store.clear(), false);
  });

  it('reads the environment at every lookup, not once', async () => {
    const env: { value?: string } = {};
    const store = new ApiKeyStore(new FakeSecrets(), () => env.value);
    assert.strictEqual(await store.get(), undefined);
    env.value = 'sk-later-123456';
    assert.deepStrictEqual(await store.get(), { key: 'sk-later-123456', source: 'env' });
  });

  it('reports changes of its own secret only', async () => {
    const secrets = new FakeSecrets();
    const store = new ApiKeyStore(secrets, () => undefined);
    let changes = 0;
    const sub = store.onDidChange(() => changes++);
    await store.store('sk-one-123456');
    await secrets.store('some.other.secret', 'x');
    await store.clear();
    sub.dispose();
    await store.store('sk-two-123456');
    assert.strictEqual(changes, 2);
  });

  it('offers a no-op change subscription when the storage has no events', () => {
    const plain: SecretStorageLike = { get: async () => undefined, store: async () => undefined, delete: async () => undefined };
    const sub = new ApiKeyStore(plain, () => undefined).onDidChange(() => undefined);
    assert.doesNotThrow(() => sub.dispose());
  });
});

describe('validateApiKey', () => {
  it('accepts ordinary keys, with or without surrounding whitespace', () => {
    for (const key of ['sk-proj-AbC_123-xyz', 'gsk_abcdef', '  sk-abc\n']) {
      assert.strictEqual(validateApiKey(key), undefined, key);
    }
  });

  it('rejects empty input, inner whitespace, control or non-ASCII characters, and absurd lengths', () => {
    assert.match(validateApiKey('') ?? '', /Enter an API key/);
    assert.match(validateApiKey('sk-a b') ?? '', /no spaces/);
    assert.match(validateApiKey('sk-a\tb') ?? '', /no spaces/);
    assert.match(validateApiKey('sk-a\u0000b') ?? '', /printable ASCII/);
    assert.match(validateApiKey('sk-ключ') ?? '', /printable ASCII/);
    assert.match(validateApiKey('x'.repeat(501)) ?? '', /too long/);
  });
});
