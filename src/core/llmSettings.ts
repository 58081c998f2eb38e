/**
 * Validation of the `aiSafety.llm.*` settings. The base URL decides where the user's API key is
 * sent, so it is checked strictly before any request: https only (plain http only to this machine),
 * no credentials, query or fragment. Every message names the setting so the user knows what to fix.
 */
import { ENGLISH_LLM_MESSAGES, type LlmMessages } from './llmMessages';

/** Setting ids (package.json `contributes.configuration`). */
export const LlmSetting = {
  BaseUrl: 'aiSafety.llm.baseUrl',
  Model: 'aiSafety.llm.model',
  RequestTimeoutSeconds: 'aiSafety.llm.requestTimeoutSeconds',
  IdleTimeoutSeconds: 'aiSafety.llm.idleTimeoutSeconds',
  MaxAnswerSeconds: 'aiSafety.llm.maxAnswerSeconds',
  /** Which model answers: `auto`, `openai` or `vscode` (see core/modelChoice). */
  Provider: 'aiSafety.llm.provider',
  /** The VS Code language model selector, `vendor/family/id`. */
  VscodeModel: 'aiSafety.llm.vscodeModel',
} as const;

/** One of the {@link LlmSetting} ids. */
export type LlmSettingId = (typeof LlmSetting)[keyof typeof LlmSetting];

/** Defaults, identical to package.json. */
export const LLM_DEFAULTS = {
  baseUrl: 'https://api.openai.com/v1',
  model: 'gpt-4o',
  requestTimeoutSeconds: 30,
  idleTimeoutSeconds: 30,
  maxAnswerSeconds: 300,
} as const;

/** Longest model id accepted. */
export const MAX_MODEL_LENGTH = 100;

/** Bounds of both timeout settings, in seconds (as in package.json). */
export const TIMEOUT_BOUNDS = { min: 1, max: 600 } as const;

/** Bounds of `aiSafety.llm.maxAnswerSeconds` (as in package.json): long answers take minutes, not hours. */
export const MAX_ANSWER_BOUNDS = { min: 10, max: 3600 } as const;

/** Result of validating one value: the normalized value, or a message for the user. */
export type Validated<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly message: string };

/** Validated, normalized LLM settings. */
export interface LlmSettings {
  /** Base URL without a trailing slash, e.g. `https://api.openai.com/v1`. */
  readonly baseUrl: string;
  /** Model id, trimmed. */
  readonly model: string;
  /** How long to wait for response headers, in milliseconds. */
  readonly requestTimeoutMs: number;
  /** How long a stream may stall between chunks, in milliseconds. */
  readonly idleTimeoutMs: number;
  /** How long one answer may take in all, from sending the question to its last piece, in milliseconds. */
  readonly maxAnswerMs: number;
}

/** Result of {@link readLlmSettings}: the settings, or the first invalid setting and why. */
export type LlmSettingsResult =
  | { readonly ok: true; readonly settings: LlmSettings }
  | { readonly ok: false; readonly setting: LlmSettingId; readonly message: string };

const LOOPBACK_EXAMPLES = 'localhost, 127.x.x.x or [::1]';
const BASE_URL_EXAMPLE = 'https://api.openai.com/v1';

/**
 * True for host names that always mean this machine: `localhost`, the IPv4 loopback block
 * 127.0.0.0/8 and the IPv6 loopback `[::1]`. Expects a WHATWG `URL.hostname` (lower-case, IPv4
 * already normalized to dotted decimal, IPv6 in brackets).
 *
 * @param hostname The `hostname` of a parsed URL.
 */
export function isLoopbackHost(hostname: string): boolean {
  if (hostname === 'localhost' || hostname === '[::1]') {
    return true;
  }
  const parts = hostname.split('.');
  return (
    parts.length === 4 &&
    parts[0] === '127' &&
    parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)
  );
}

/**
 * Checks `aiSafety.llm.baseUrl` and returns it normalized (no trailing slash).
 *
 * Rules: a string; an absolute URL; `https:`, or `http:` only when the host is a loopback address;
 * no user name or password (the key travels in a header, never in the URL); no query and no fragment
 * (the SDK appends `/chat/completions`, which would land inside them).
 *
 * @param raw The configured value, of any type (settings files can hold anything).
 */
export function validateBaseUrl(raw: unknown, m: LlmMessages = ENGLISH_LLM_MESSAGES): Validated<string> {
  const id = LlmSetting.BaseUrl;
  if (typeof raw !== 'string' || raw.trim() === '') {
    return fail(m.baseUrlEmpty(id, BASE_URL_EXAMPLE));
  }
  const text = raw.trim();
  if (/\s/.test(text)) {
    return fail(m.baseUrlSpaces(id, BASE_URL_EXAMPLE));
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return fail(m.baseUrlInvalid(id, BASE_URL_EXAMPLE));
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return fail(m.baseUrlScheme(id, url.protocol, LOOPBACK_EXAMPLES));
  }
  if (url.username !== '' || url.password !== '' || /^[a-z]+:\/\/[^/]*@/i.test(text)) {
    return fail(m.baseUrlCredentials(id));
  }
  if (url.search !== '' || url.hash !== '' || text.includes('?') || text.includes('#')) {
    return fail(m.baseUrlQuery(id, BASE_URL_EXAMPLE));
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    return fail(m.baseUrlPlainHttp(id, url.hostname, LOOPBACK_EXAMPLES));
  }
  const path = url.pathname.replace(/\/+$/, '');
  return { ok: true, value: `${url.protocol}//${url.host}${path}` };
}

/**
 * Checks `aiSafety.llm.model`: a non-empty id of at most {@link MAX_MODEL_LENGTH} characters made
 * of letters, digits and `. _ - : / @ +` (covers ids such as `gpt-4o`, `llama3:8b`,
 * `meta-llama/Llama-3-8B-Instruct`). Returns it trimmed.
 *
 * @param raw The configured value, of any type.
 */
export function validateModel(raw: unknown, m: LlmMessages = ENGLISH_LLM_MESSAGES): Validated<string> {
  const id = LlmSetting.Model;
  if (typeof raw !== 'string' || raw.trim() === '') {
    return fail(m.modelEmpty(id, LLM_DEFAULTS.model));
  }
  const model = raw.trim();
  if (model.length > MAX_MODEL_LENGTH) {
    return fail(m.modelTooLong(id, model.length, MAX_MODEL_LENGTH));
  }
  if (!/^[A-Za-z0-9][A-Za-z0-9._:/@+-]*$/.test(model)) {
    return fail(m.modelCharacters(id, LLM_DEFAULTS.model));
  }
  return { ok: true, value: model };
}

/**
 * Checks a timeout setting in seconds (within `bounds`) and returns milliseconds.
 *
 * @param raw The configured value, of any type.
 * @param setting Which setting it came from, named in the message.
 * @param bounds Allowed range in seconds; default {@link TIMEOUT_BOUNDS}.
 */
export function validateTimeoutSeconds(
  raw: unknown,
  setting: LlmSettingId,
  bounds: { readonly min: number; readonly max: number } = TIMEOUT_BOUNDS,
  m: LlmMessages = ENGLISH_LLM_MESSAGES,
): Validated<number> {
  if (typeof raw !== 'number' || !Number.isFinite(raw) || raw < bounds.min || raw > bounds.max) {
    return fail(m.timeoutRange(setting, bounds.min, bounds.max));
  }
  return { ok: true, value: Math.round(raw * 1000) };
}

/**
 * Reads and validates all LLM settings through `get` (a thin wrapper over the editor's
 * configuration), stopping at the first invalid one. A missing value (`undefined`) means the default.
 *
 * @param get Returns the configured value of a setting id, or `undefined` when unset.
 * @param m The messages' texts (English by default).
 */
export function readLlmSettings(get: (setting: LlmSettingId) => unknown, m: LlmMessages = ENGLISH_LLM_MESSAGES): LlmSettingsResult {
  const baseUrl = validateBaseUrl(get(LlmSetting.BaseUrl) ?? LLM_DEFAULTS.baseUrl, m);
  if (!baseUrl.ok) {
    return { ok: false, setting: LlmSetting.BaseUrl, message: baseUrl.message };
  }
  const model = validateModel(get(LlmSetting.Model) ?? LLM_DEFAULTS.model, m);
  if (!model.ok) {
    return { ok: false, setting: LlmSetting.Model, message: model.message };
  }
  const request = validateTimeoutSeconds(
    get(LlmSetting.RequestTimeoutSeconds) ?? LLM_DEFAULTS.requestTimeoutSeconds,
    LlmSetting.RequestTimeoutSeconds,
    TIMEOUT_BOUNDS,
    m,
  );
  if (!request.ok) {
    return { ok: false, setting: LlmSetting.RequestTimeoutSeconds, message: request.message };
  }
  const idle = validateTimeoutSeconds(
    get(LlmSetting.IdleTimeoutSeconds) ?? LLM_DEFAULTS.idleTimeoutSeconds,
    LlmSetting.IdleTimeoutSeconds,
    TIMEOUT_BOUNDS,
    m,
  );
  if (!idle.ok) {
    return { ok: false, setting: LlmSetting.IdleTimeoutSeconds, message: idle.message };
  }
  const total = validateTimeoutSeconds(
    get(LlmSetting.MaxAnswerSeconds) ?? LLM_DEFAULTS.maxAnswerSeconds,
    LlmSetting.MaxAnswerSeconds,
    MAX_ANSWER_BOUNDS,
    m,
  );
  if (!total.ok) {
    return { ok: false, setting: LlmSetting.MaxAnswerSeconds, message: total.message };
  }
  return {
    ok: true,
    settings: {
      baseUrl: baseUrl.value,
      model: model.value,
      requestTimeoutMs: request.value,
      idleTimeoutMs: idle.value,
      maxAnswerMs: total.value,
    },
  };
}

/**
 * The host part of a URL as shown to the user and used as the consent key: `host` or `host:port`
 * (the port only when it is not the scheme's default). Returns an empty string for an invalid URL.
 *
 * @param url An absolute URL.
 */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

/**
 * `host:port` with the port always present (443 or 80 filled in), for messages such as
 * "nothing is listening at 127.0.0.1:8080". Empty string for an invalid URL.
 *
 * @param url An absolute URL.
 */
export function hostAndPortOf(url: string): string {
  try {
    const u = new URL(url);
    const port = u.port || (u.protocol === 'https:' ? '443' : u.protocol === 'http:' ? '80' : '');
    return port ? `${u.hostname}:${port}` : u.hostname;
  } catch {
    return '';
  }
}

function fail<T>(message: string): Validated<T> {
  return { ok: false, message };
}
