/**
 * Where the API key comes from: VS Code's SecretStorage first, then `OPENAI_API_KEY` from the
 * environment. Nothing else ever holds the key (not settings, not workspace state). Written against
 * a small SecretStorage-like interface so it runs in plain Node for unit tests.
 */
import { runtime } from '../platform/runtime';
import { ENGLISH_API_KEY_MESSAGES, type ApiKeyMessages } from '../core/llmMessages';

/** The SecretStorage name under which the key is kept. */
export const API_KEY_SECRET = 'aiSafety.openaiApiKey';

/** The environment variable used when no key is stored (as in the seed's example). */
export const API_KEY_ENV = 'OPENAI_API_KEY';

/** The subset of `vscode.SecretStorage` the store needs (injected, so tests can pass a fake). */
export interface SecretStorageLike {
  get(key: string): PromiseLike<string | undefined>;
  store(key: string, value: string): PromiseLike<void>;
  delete(key: string): PromiseLike<void>;
  /** Fires with the name of the secret that changed (here or in another window). */
  onDidChange?: (listener: (e: { key: string }) => unknown) => { dispose(): unknown };
}

/** A key and where it came from (shown to the user; the key itself never is). */
export interface ApiKeyLookup {
  /** The key. */
  readonly key: string;
  /** `secret`: stored in SecretStorage; `env`: `OPENAI_API_KEY` from the environment. */
  readonly source: 'secret' | 'env';
}

/** State of `OPENAI_API_KEY` in the environment. */
export type EnvKeyState = 'absent' | 'usable' | 'invalid';

/**
 * Checks a key typed or pasted by the user. Returns a message for an input box's `validateInput`,
 * or `undefined` when the key is acceptable. Surrounding whitespace is ignored (pasting often adds a
 * newline); whitespace inside, control characters or an absurd length are rejected.
 *
 * @param value The candidate key.
 * @param m The messages, in the display language (English by default).
 */
export function validateApiKey(value: string, m: ApiKeyMessages = ENGLISH_API_KEY_MESSAGES): string | undefined {
  const key = value.trim();
  if (key === '') {
    return m.apiKeyEmpty;
  }
  if (/\s/.test(key)) {
    return m.apiKeySpaces;
  }
  if (/[^\x21-\x7e]/.test(key)) {
    return m.apiKeyNotAscii;
  }
  if (key.length > 500) {
    return m.apiKeyTooLong;
  }
  return undefined;
}

/**
 * Reads, stores and clears the API key.
 * @see https://code.visualstudio.com/api/references/vscode-api#SecretStorage
 */
export class ApiKeyStore {
  /**
   * @param secrets SecretStorage (`context.secrets`) or a fake with the same methods.
   * @param readEnv Returns the raw `OPENAI_API_KEY` value; defaults to the extension host's environment (none on the web).
   */
  constructor(
    private readonly secrets: SecretStorageLike,
    private readonly readEnv: () => string | undefined = () => runtime.envVar(API_KEY_ENV),
  ) {}

  /**
   * The key to use: the stored one, else a usable `OPENAI_API_KEY`, else `undefined` (the caller
   * then asks the user and sends nothing until a key exists).
   */
  async get(): Promise<ApiKeyLookup | undefined> {
    const stored = await this.secrets.get(API_KEY_SECRET);
    if (stored !== undefined && stored !== '') {
      return { key: stored, source: 'secret' };
    }
    const env = this.readEnv()?.trim();
    if (env && validateApiKey(env) === undefined) {
      return { key: env, source: 'env' };
    }
    return undefined;
  }

  /** Whether a key is stored in SecretStorage (the environment is not consulted). */
  async hasStoredKey(): Promise<boolean> {
    const stored = await this.secrets.get(API_KEY_SECRET);
    return stored !== undefined && stored !== '';
  }

  /** Whether `OPENAI_API_KEY` is set, and whether it looks like a key (no inner whitespace etc.). */
  envKeyState(): EnvKeyState {
    const env = this.readEnv()?.trim();
    if (!env) {
      return 'absent';
    }
    return validateApiKey(env) === undefined ? 'usable' : 'invalid';
  }

  /**
   * Stores a key in SecretStorage after trimming it.
   * @throws Error with the {@link validateApiKey} message when the key is not acceptable.
   */
  async store(value: string): Promise<void> {
    const problem = validateApiKey(value);
    if (problem) {
      throw new Error(problem);
    }
    await this.secrets.store(API_KEY_SECRET, value.trim());
  }

  /** Deletes the stored key. Resolves to whether one was stored. */
  async clear(): Promise<boolean> {
    const had = await this.hasStoredKey();
    await this.secrets.delete(API_KEY_SECRET);
    return had;
  }

  /**
   * Calls `listener` when the stored key changes (set, cleared, or changed in another window).
   * Returns a no-op disposable when the injected storage cannot report changes.
   */
  onDidChange(listener: () => void): { dispose(): void } {
    const subscription = this.secrets.onDidChange?.((e) => {
      if (e.key === API_KEY_SECRET) {
        listener();
      }
    });
    return {
      dispose: () => {
        subscription?.dispose();
      },
    };
  }
}
