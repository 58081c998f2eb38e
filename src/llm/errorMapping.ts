/**
 * Turns what went wrong in a chat request into a status and a clear, key-free message that says
 * what to do. Pure: no SDK, no `vscode`, no I/O; the chat client gathers the facts and asks here.
 *
 * A server's own free text is never quoted for an error status or an error object: it may echo
 * the key in a form redaction cannot recognise. Only the status and the error's `code` and `type`
 * fields are shown, after {@link safeErrorField} has checked them.
 */
import { statusText } from '../core/httpStatus';
import { ENGLISH_LLM_MESSAGES, type LlmMessages } from '../core/llmMessages';
import { hostAndPortOf, LlmSetting } from '../core/llmSettings';
import type { FinalStatus } from '../core/answer';
import { redactSecrets, sharesSecretFragment, truncate } from '../core/redact';

/** How a request ended: an answer's final status (see src/core/answer.ts). */
export type ChatStatus = FinalStatus;

/** Which setting or action would fix an error, for a button next to the message. */
export type ChatFix = 'apiKey' | 'baseUrl' | 'model' | 'settings';

/** A status with its user-facing details (everything of a result but the text). */
export interface ChatOutcome {
  /** How the request ended. */
  readonly status: ChatStatus;
  /** User-facing reason for every status but `complete`. */
  readonly error?: string;
  /** HTTP status when the API answered with an error status. */
  readonly httpStatus?: number;
  /** Seconds to wait, when a 429 said so. */
  readonly retryAfterSeconds?: number;
  /** What the user can change to fix the error. */
  readonly fix?: ChatFix;
}

/** The checked `code` and `type` of an API error body; each absent when missing or unsafe. */
export interface ErrorFields {
  /** E.g. `model_not_found`. */
  readonly code?: string;
  /** E.g. `invalid_request_error`. */
  readonly type?: string;
}

/** Why the chat client stopped its own request. */
export type StopReason = 'user' | 'header-timeout' | 'idle' | 'too-long' | 'too-large' | 'time-limit';

/** Longest error `code` or `type` shown. */
export const MAX_ERROR_FIELD_LENGTH = 48;

/** Longest piece of an exception's message quoted. */
const MAX_DETAIL_CHARS = 300;

/** `401 Unauthorized`: the status with its standard reason phrase. */
export function statusName(status: number): string {
  return `${status} ${statusText(status) ?? 'error'}`;
}

/**
 * Returns `value` if it is safe to show as an error `code` or `type`: a short string (or integer)
 * of `[A-Za-z0-9_.-]` that shares no 8-character run with any form of the key; otherwise undefined.
 *
 * @param value A field of a server's error body, of any type.
 * @param secrets The key in use.
 */
export function safeErrorField(value: unknown, secrets: readonly string[]): string | undefined {
  const text = typeof value === 'number' && Number.isInteger(value) ? String(value) : value;
  if (typeof text !== 'string' || !/^[A-Za-z0-9_.-]+$/.test(text) || text.length > MAX_ERROR_FIELD_LENGTH) {
    return undefined;
  }
  if (redactSecrets(text, secrets) !== text || sharesSecretFragment(text, secrets)) {
    return undefined;
  }
  return text;
}

/**
 * Picks the checked `code` and `type` out of an error body (`{ error: { code, type } }`, or the
 * fields at the top level); the message and anything else are ignored.
 *
 * @param body The parsed error body or the `error` object of an event, of any type.
 * @param secrets The key in use.
 */
export function errorFields(body: unknown, secrets: readonly string[]): ErrorFields {
  const outer = body as { error?: unknown } | null | undefined;
  const inner = outer && typeof outer === 'object' && outer.error && typeof outer.error === 'object' ? outer.error : outer;
  if (!inner || typeof inner !== 'object') {
    return {};
  }
  const code = safeErrorField((inner as { code?: unknown }).code, secrets);
  const type = safeErrorField((inner as { type?: unknown }).type, secrets);
  return { ...(code !== undefined ? { code } : {}), ...(type !== undefined ? { type } : {}) };
}

/**
 * Parses an error body read as text and returns its checked fields (none if it is not JSON).
 *
 * @param text The error body, already cut to a small budget.
 * @param secrets The key in use.
 */
export function errorFieldsOfText(text: string, secrets: readonly string[]): ErrorFields {
  try {
    return errorFields(JSON.parse(text), secrets);
  } catch {
    return {};
  }
}

/** Facts about an HTTP error status, for {@link statusFailure}. */
export interface StatusFacts {
  readonly status: number;
  /** Response headers (for Retry-After). */
  readonly headers?: Headers;
  /** Checked fields of the body; empty when it was not read or not usable. */
  readonly fields: ErrorFields;
  /** Whether the body passed its byte budget (then `fields` is empty). */
  readonly bodyTooLarge?: boolean;
  /** `host[:port]` of the API. */
  readonly host: string;
  readonly model: string;
  /** Current time in ms since the epoch, for a Retry-After date. */
  readonly now: number;
  /** The messages' texts (English by default). */
  readonly messages?: LlmMessages;
}

/** Maps an HTTP error status to a message that names it and says what to do. */
export function statusFailure(f: StatusFacts): ChatOutcome {
  const { status, host, model } = f;
  const m = f.messages ?? ENGLISH_LLM_MESSAGES;
  const name = [statusName(status), ...describeFields(f.fields)].join('; ');
  const tooLarge = f.bodyTooLarge ? ` ${m.errorResponseTooLarge}` : '';
  const base = { status: 'error', httpStatus: status } as const;
  if (status === 401) {
    return { ...base, fix: 'apiKey', error: m.apiKeyRejected(host, name) };
  }
  if (status === 403) {
    return {
      ...base,
      fix: 'model',
      error: m.modelRefused(host, name, tooLarge, model, LlmSetting.Model),
    };
  }
  if (status === 404) {
    return {
      ...base,
      fix: 'settings',
      error: m.notFoundAnswer(host, name, tooLarge, LlmSetting.Model, model, LlmSetting.BaseUrl),
    };
  }
  if (status === 429) {
    const retryAfterSeconds = retryAfter(f.headers, f.now);
    const when = retryAfterSeconds !== undefined ? m.retryInSeconds(retryAfterSeconds) : m.retrySoon;
    return {
      ...base,
      ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
      error: m.rateLimited(host, name, tooLarge, when),
    };
  }
  if (status >= 500) {
    return { ...base, error: m.serverError(host, name) };
  }
  return { ...base, error: m.requestRejected(host, name, tooLarge) };
}

/**
 * An error object inside a 200 response (a JSON completion or a stream event): only its checked
 * fields are shown.
 *
 * @param fields Checked `code`/`type` of the error object.
 * @param host `host[:port]` of the API.
 * @param midAnswer Whether part of the answer had already arrived.
 */
export function reportedErrorFailure(fields: ErrorFields, host: string, midAnswer: boolean, m: LlmMessages = ENGLISH_LLM_MESSAGES): ChatOutcome {
  const details = describeFields(fields);
  const said = details.length ? ` (${details.join('; ')})` : '';
  return { status: 'error', error: midAnswer ? m.reportedErrorMidAnswer(host, said) : m.reportedError(host, said) };
}

/**
 * A response body that passed its byte budget (counted after decompression).
 *
 * @param host `host[:port]` of the API.
 * @param maxBytes The budget that was passed.
 * @param textLength Answer characters already received (then the status is `truncated`).
 */
export function tooLargeFailure(host: string, maxBytes: number, textLength: number, m: LlmMessages = ENGLISH_LLM_MESSAGES): ChatOutcome {
  return {
    status: textLength > 0 ? 'truncated' : 'error',
    error: m.responseTooLarge(host, formatBytes(maxBytes)),
  };
}

/**
 * The whole answer took longer than `aiSafety.llm.maxAnswerSeconds`.
 *
 * @param maxAnswerMs The limit that passed.
 * @param textLength Answer characters already received (then the status is `truncated`).
 */
export function timeLimitFailure(maxAnswerMs: number, textLength: number, m: LlmMessages = ENGLISH_LLM_MESSAGES): ChatOutcome {
  return {
    status: textLength > 0 ? 'truncated' : 'error',
    error: m.answerTimeLimit(seconds(maxAnswerMs), LlmSetting.MaxAnswerSeconds),
  };
}

/** Facts about how a stream that started ended, for {@link streamEnd}. */
export interface StreamEndFacts {
  /** The first `finish_reason` received, if any. */
  readonly finishReason: string | undefined;
  /** Events parsed. */
  readonly chunks: number;
  /** Answer characters received. */
  readonly textLength: number;
  /** Why we stopped the request ourselves, if we did. */
  readonly stop: StopReason | undefined;
  /** What broke the stream, if something did. */
  readonly streamError?:
    | { readonly kind: 'reported'; readonly fields: ErrorFields }
    | { readonly kind: 'malformed' }
    | { readonly kind: 'network'; readonly code: string | undefined };
  readonly host: string;
  /** The limits in force, named in messages. */
  readonly maxChars: number;
  readonly maxBytes: number;
  readonly idleTimeoutMs: number;
  readonly maxAnswerMs: number;
  /** The messages' texts (English by default). */
  readonly messages?: LlmMessages;
}

/** Decides how a stream that started ended. */
export function streamEnd(f: StreamEndFacts): ChatOutcome {
  const { host } = f;
  const m = f.messages ?? ENGLISH_LLM_MESSAGES;
  // A finish_reason means the model finished: later hiccups (a reset before [DONE]) do not matter.
  if (f.finishReason === 'length') {
    return { status: 'truncated', error: m.outputLengthLimit };
  }
  if (f.finishReason === 'content_filter') {
    return { status: 'truncated', error: m.contentFilter };
  }
  if (f.finishReason !== undefined) {
    return { status: 'complete' };
  }
  const broken = f.textLength > 0 ? 'interrupted' : 'error';
  switch (f.stop) {
    case 'user':
      return { status: 'cancelled', error: m.stopped };
    case 'too-long':
      return { status: 'truncated', error: m.answerTooLong(f.maxChars.toLocaleString('en-US')) };
    case 'too-large':
      return tooLargeFailure(host, f.maxBytes, f.textLength, m);
    case 'time-limit':
      return timeLimitFailure(f.maxAnswerMs, f.textLength, m);
    case 'idle':
      return {
        status: broken,
        error: m.answerStalled(host, seconds(f.idleTimeoutMs), LlmSetting.IdleTimeoutSeconds),
      };
    default:
      break;
  }
  const e = f.streamError;
  if (e?.kind === 'reported') {
    return reportedErrorFailure(e.fields, host, f.textLength > 0, m);
  }
  if (e?.kind === 'malformed') {
    return { status: 'error', error: m.malformedChunk(host) };
  }
  if (e?.kind === 'network') {
    return { status: broken, error: m.connectionBroke(host, e.code ? ` (${e.code})` : '') };
  }
  if (f.chunks === 0) {
    return {
      status: 'error',
      fix: 'baseUrl',
      error: m.noAnswerSent(host, LlmSetting.BaseUrl),
    };
  }
  return { status: 'truncated', error: m.noFinishReason };
}

/**
 * No response headers within the request timeout.
 *
 * @param host `host[:port]` of the API.
 * @param requestTimeoutMs The timeout that passed.
 */
export function headerTimeoutFailure(host: string, requestTimeoutMs: number, m: LlmMessages = ENGLISH_LLM_MESSAGES): ChatOutcome {
  return {
    status: 'error',
    error: m.headerTimeout(host, seconds(requestTimeoutMs), LlmSetting.RequestTimeoutSeconds),
  };
}

/**
 * Classifies a failed connection (fetch rejected before any response).
 *
 * @param err What fetch threw.
 * @param url The URL that was requested.
 * @param options `browser`: fetch ran under browser rules (the web extension host), where a CORS
 *   refusal and a network failure both arrive as a bare `TypeError` with no reason attached.
 */
export function connectFailure(err: unknown, url: URL, options: { readonly browser?: boolean } = {}, m: LlmMessages = ENGLISH_LLM_MESSAGES): ChatOutcome {
  const code = networkCode(err);
  const where = hostAndPortOf(url.href);
  const message = innermostMessage(err);
  const fail = (error: string, fix?: ChatFix): ChatOutcome => ({ status: 'error', error, ...(fix ? { fix } : {}) });
  if (options.browser && err instanceof TypeError && code === undefined) {
    return fail(
      m.browserUnreachable(where, message, LlmSetting.BaseUrl),
      'settings',
    );
  }
  if (code === 'ECONNREFUSED') {
    return fail(m.connectionRefused(where, LlmSetting.BaseUrl), 'baseUrl');
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return fail(m.dnsFailed(url.hostname, code, LlmSetting.BaseUrl), 'baseUrl');
  }
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE') {
    return fail(m.connectionReset(where, code));
  }
  if (code === 'ETIMEDOUT' || code === 'UND_ERR_CONNECT_TIMEOUT') {
    return fail(m.connectTimeout(where, code, LlmSetting.BaseUrl));
  }
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') {
    return fail(m.hostUnreachable(url.hostname, code));
  }
  if (code && /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_OSSL/.test(code)) {
    return fail(m.certificateInvalid(url.hostname, code, LlmSetting.BaseUrl), 'baseUrl');
  }
  if (/bad port/i.test(message)) {
    return fail(m.badPort(where.split(':').pop() ?? '', LlmSetting.BaseUrl), 'baseUrl');
  }
  return fail(m.connectFailed(where, code ? ` (${code})` : '', message));
}

/** The first `code` found along an error's `cause` chain (and inside AggregateErrors). */
export function networkCode(err: unknown): string | undefined {
  const seen = new Set<unknown>();
  const queue: unknown[] = [err];
  while (queue.length) {
    const e = queue.shift();
    if (!e || typeof e !== 'object' || seen.has(e)) {
      continue;
    }
    seen.add(e);
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code !== '') {
      return code;
    }
    queue.push((e as { cause?: unknown }).cause);
    const inner = (e as { errors?: unknown }).errors;
    if (Array.isArray(inner)) {
      queue.push(...inner);
    }
  }
  return undefined;
}

/** The message of the deepest `cause` (fetch wraps the useful one in "fetch failed"), shortened. */
export function innermostMessage(err: unknown): string {
  let current = err;
  for (let depth = 0; depth < 5; depth++) {
    const cause = (current as { cause?: unknown } | null | undefined)?.cause;
    if (!(cause instanceof Error)) {
      break;
    }
    current = cause;
  }
  return errorText(current);
}

/**
 * Seconds to wait from `retry-after-ms` or `retry-after` (seconds or an HTTP date).
 *
 * @param headers Response headers.
 * @param now Current time in ms since the epoch.
 */
export function retryAfter(headers: Headers | undefined, now: number): number | undefined {
  const msHeader = headers?.get('retry-after-ms');
  const ms = Number(msHeader);
  if (msHeader && Number.isFinite(ms) && ms >= 0) {
    return Math.ceil(ms / 1000);
  }
  const raw = headers?.get('retry-after')?.trim();
  if (!raw) {
    return undefined;
  }
  if (/^\d+(\.\d+)?$/.test(raw)) {
    return Math.ceil(Number(raw));
  }
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/** `0.4 s`, `30 s`. */
export function seconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}

/** An exception's message on one line, shortened. */
export function errorText(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return truncate(text.replace(/\s+/g, ' ').trim(), MAX_DETAIL_CHARS);
}

/** `64 MiB`, `64 KiB`, `1,500 bytes`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) {
    return `${bytes / (1024 * 1024)} MiB`;
  }
  if (bytes >= 1024 && bytes % 1024 === 0) {
    return `${bytes / 1024} KiB`;
  }
  return `${bytes.toLocaleString('en-US')} bytes`;
}

function describeFields(fields: ErrorFields): string[] {
  return [
    ...(fields.code !== undefined ? [`code: ${fields.code}`] : []),
    ...(fields.type !== undefined ? [`type: ${fields.type}`] : []),
  ];
}
