/**
 * The streaming chat client: the official `openai` SDK behind a guarded fetch. Bundled on its own as
 * `dist/llm.js` and required by the extension on first use, so the SDK never loads at activation.
 * Free of `vscode`, so unit tests run it in plain Node against the fake server.
 *
 * {@link streamChat} never rejects: every failure becomes a result with a status and a clear,
 * key-free message (see `errorMapping.ts`), and the text received so far is always returned.
 *
 * Guards, all in {@link streamChat}:
 * - the base URL is always passed explicitly (so `OPENAI_BASE_URL` cannot redirect the key) and
 *   re-validated here; the SDK's environment-driven extras (organization, project, custom headers,
 *   log level) are switched off;
 * - redirects are never followed (`redirect: 'manual'`): a 3xx is an error, so the key never reaches
 *   another origin;
 * - error statuses are handled in our fetch before the SDK sees them: at most a small budget of the
 *   body is read, and only its `code`/`type` are shown, never the server's free text;
 * - every body is read within a byte budget counted after decompression (a gzip bomb stops there);
 * - our own timers: one for response headers, one for silence in the answer text (only growing text
 *   restarts it), and one for the whole answer;
 * - the answer is capped at {@link MAX_ANSWER_CHARS}, and the key (in every form redaction knows) is
 *   removed from everything returned, including answer text split across events.
 */
import OpenAI from 'openai';
import { hostOf, LlmSetting, validateBaseUrl } from '../core/llmSettings';
import { MIN_SECRET_LENGTH, REDACTED, redactForms, redactSecrets, secretForms, secretPrefixAtEnd } from '../core/redact';
import {
  connectFailure,
  errorFields,
  errorFieldsOfText,
  errorText,
  headerTimeoutFailure,
  networkCode,
  reportedErrorFailure,
  statusFailure,
  streamEnd,
  timeLimitFailure,
  tooLargeFailure,
  type ChatOutcome,
  type StopReason,
  type StreamEndFacts,
} from './errorMapping';
import { discardBody, eventStreamWithin, readTextWithin, ResponseTooLargeError } from './responseBody';

import type { ChatFix, ChatStatus } from './errorMapping';

export type { ChatFix, ChatStatus };

/** One chat message. */
export interface ChatMessage {
  readonly role: 'system' | 'user' | 'assistant';
  readonly content: string;
}

/** Upper bound on answer length: beyond it the stream is stopped and marked truncated. */
export const MAX_ANSWER_CHARS = 8_000_000;

/** Default budget for a response body, counted after decompression: a stream or a JSON completion. */
export const MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

/** Budget for the body of an error status (only its `code` and `type` are used). */
export const MAX_ERROR_BODY_BYTES = 64 * 1024;

/** Default limit on one whole answer, in milliseconds (the default of `aiSafety.llm.maxAnswerSeconds`). */
export const MAX_ANSWER_MS = 300_000;

/** Time as the client sees it; tests pass a manual one so no test waits on a real timer. */
export interface ChatClock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Runs `fn` once after `ms` milliseconds; returns a handle for {@link ChatClock.clearTimeout}. */
  setTimeout(fn: () => void, ms: number): unknown;
  /** Cancels a pending `setTimeout` (ignores unknown or fired handles). */
  clearTimeout(handle: unknown): void;
}

const SYSTEM_CLOCK: ChatClock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout | undefined),
};

/** Options of {@link streamChat}. */
export interface StreamChatOptions {
  /** Validated base URL (see `validateBaseUrl`), e.g. `https://api.openai.com/v1`. */
  readonly baseUrl: string;
  /** The API key; sent only as a bearer token to `baseUrl`'s origin. */
  readonly apiKey: string;
  /** Model id. */
  readonly model: string;
  /** The conversation to send. */
  readonly messages: readonly ChatMessage[];
  /** Aborting it stops the request for real (status `cancelled`). */
  readonly signal?: AbortSignal;
  /** How long to wait for response headers, in milliseconds. */
  readonly requestTimeoutMs: number;
  /** How long the answer text may stop growing before the stream is stopped, in milliseconds. */
  readonly idleTimeoutMs: number;
  /** How long the whole answer may take, in milliseconds (default {@link MAX_ANSWER_MS}). */
  readonly maxAnswerMs?: number;
  /** Answer length cap in characters (default {@link MAX_ANSWER_CHARS}). */
  readonly maxChars?: number;
  /** Budget for the response body in decompressed bytes (default {@link MAX_RESPONSE_BYTES}). */
  readonly maxBytes?: number;
  /** The clock and timers to use (default: the real ones). */
  readonly clock?: ChatClock;
  /** Receives each piece of answer text, in order, never after the call has been aborted. */
  onDelta(text: string): void;
}

/** Outcome of {@link streamChat}. */
export interface StreamChatResult {
  /** How it ended. */
  readonly status: ChatStatus;
  /** All answer text received (possibly partial), with the key removed. */
  readonly text: string;
  /** User-facing reason for every status but `complete`; never contains the key. */
  readonly error?: string;
  /** HTTP status when the API answered with an error status. */
  readonly httpStatus?: number;
  /** Seconds to wait, when a 429 said so. */
  readonly retryAfterSeconds?: number;
  /** What the user can change to fix the error. */
  readonly fix?: ChatFix;
}

interface CallState {
  stop?: StopReason;
  /** A failure detected in our fetch wrapper, where more is known than the SDK's wrapped error shows. */
  failure?: ChatOutcome;
}

/** What the fetch wrapper needs to know about the call. */
interface FetchContext {
  readonly base: string;
  readonly host: string;
  readonly model: string;
  readonly secrets: readonly string[];
  readonly maxBytes: number;
  readonly clock: ChatClock;
  readonly state: CallState;
  readonly stopWith: (reason: StopReason) => void;
}

/** Request headers forwarded to the API; anything else (e.g. from OPENAI_CUSTOM_HEADERS) is dropped. */
const FORWARDED_HEADERS = /^(accept|content-type|authorization|user-agent|x-stainless-[a-z0-9-]+)$/;

/**
 * Sends `messages` to the chat completions API at `baseUrl` and streams the answer through
 * `onDelta`. Never rejects.
 *
 * @see https://platform.openai.com/docs/api-reference/chat/create
 */
export async function streamChat(opts: StreamChatOptions): Promise<StreamChatResult> {
  const secrets = [opts.apiKey];
  const host = hostOf(opts.baseUrl) || opts.baseUrl;
  const clock = opts.clock ?? SYSTEM_CLOCK;
  const maxChars = opts.maxChars ?? MAX_ANSWER_CHARS;
  const maxBytes = opts.maxBytes ?? MAX_RESPONSE_BYTES;
  const maxAnswerMs = opts.maxAnswerMs ?? MAX_ANSWER_MS;
  const state: CallState = {};
  const controller = new AbortController();
  const stopWith = (reason: StopReason) => {
    state.stop ??= reason;
    controller.abort();
  };
  const onUserAbort = () => stopWith('user');
  // After the user stops a request, not one more piece reaches the consumer.
  const answer = new AnswerText(opts.apiKey, opts.onDelta, () => state.stop !== 'user');
  const timers: unknown[] = [];
  const later = (ms: number, reason: StopReason): unknown => {
    const handle = clock.setTimeout(() => stopWith(reason), ms);
    timers.push(handle);
    return handle;
  };

  const done = (outcome: ChatOutcome): StreamChatResult => {
    // When we cut the answer ourselves, a held-back start of the key is dropped, never sent.
    const text = answer.finish(state.stop !== undefined);
    const { status, ...extra } = outcome;
    const error = extra.error === undefined ? undefined : redactSecrets(extra.error, secrets);
    return { ...extra, status, text, ...(error === undefined ? {} : { error }) };
  };

  if (opts.signal?.aborted) {
    return done({ status: 'cancelled', error: 'Stopped before anything was sent.' });
  }
  opts.signal?.addEventListener('abort', onUserAbort, { once: true });
  try {
    const base = validateBaseUrl(opts.baseUrl);
    if (!base.ok) {
      return done({ status: 'error', error: base.message, fix: 'baseUrl' });
    }
    if (opts.apiKey === '') {
      return done({ status: 'error', error: 'No API key. Run "AI Safety: Set API Key…" to store a valid key.', fix: 'apiKey' });
    }
    const client = new OpenAI({
      apiKey: opts.apiKey,
      baseURL: base.value,
      organization: null,
      project: null,
      webhookSecret: null,
      maxRetries: 0,
      // Our header timer below fires first; this only backs it up.
      timeout: Math.ceil(opts.requestTimeoutMs) + 1000,
      logLevel: 'off',
      fetch: guardedFetch({ base: base.value, host, model: opts.model, secrets, maxBytes, clock, state, stopWith }),
      dangerouslyAllowBrowser: false,
    });

    later(maxAnswerMs, 'time-limit');
    const headerTimer = later(opts.requestTimeoutMs, 'header-timeout');
    let stream: AsyncIterable<OpenAI.Chat.Completions.ChatCompletionChunk>;
    try {
      stream = await client.chat.completions.create(
        { model: opts.model, messages: opts.messages.map((m) => ({ role: m.role, content: m.content })), stream: true },
        { signal: controller.signal },
      );
    } catch (err) {
      return done(requestFailure(err, state, host, opts, maxAnswerMs, secrets, clock));
    } finally {
      clock.clearTimeout(headerTimer);
    }

    let idleTimer: unknown;
    const armIdle = () => {
      clock.clearTimeout(idleTimer);
      idleTimer = later(opts.idleTimeoutMs, 'idle');
    };
    let finishReason: string | undefined;
    let chunks = 0;
    let streamError: StreamEndFacts['streamError'];
    armIdle();
    try {
      for await (const chunk of stream) {
        if (controller.signal.aborted) {
          break;
        }
        chunks++;
        const choice = (chunk as Partial<OpenAI.Chat.Completions.ChatCompletionChunk> | null)?.choices?.[0];
        const delta = choice?.delta as { content?: unknown; refusal?: unknown } | undefined;
        const piece = typeof delta?.content === 'string' ? delta.content : typeof delta?.refusal === 'string' ? delta.refusal : '';
        if (piece) {
          const room = maxChars - answer.length;
          answer.add(piece.length > room ? piece.slice(0, room) : piece);
          // Only growing answer text counts as progress: empty deltas, tool calls or keep-alive
          // events cannot hold a request open.
          armIdle();
          if (piece.length >= room) {
            stopWith('too-long');
            break;
          }
        }
        if (choice?.finish_reason) {
          // The completion signal: whatever follows (even no [DONE]) does not matter.
          finishReason = choice.finish_reason;
          break;
        }
      }
    } catch (err) {
      streamError = classifyStreamError(err, secrets);
    } finally {
      clock.clearTimeout(idleTimer);
    }
    return done(streamEnd({
      finishReason,
      chunks,
      textLength: answer.length,
      stop: state.stop,
      ...(streamError ? { streamError } : {}),
      host,
      maxChars,
      maxBytes,
      idleTimeoutMs: opts.idleTimeoutMs,
      maxAnswerMs,
    }));
  } catch (err) {
    return done({ status: 'error', error: `Unexpected error while asking ${host}: ${errorText(err)}` });
  } finally {
    for (const handle of timers) {
      clock.clearTimeout(handle);
    }
    opts.signal?.removeEventListener('abort', onUserAbort);
    // Close the connection if anything is still open (no-op after a finished stream).
    controller.abort();
  }
}

/** Maps a failure before the first byte of the answer. */
function requestFailure(
  err: unknown,
  state: CallState,
  host: string,
  opts: StreamChatOptions,
  maxAnswerMs: number,
  secrets: readonly string[],
  clock: ChatClock,
): ChatOutcome {
  if (state.stop === 'user') {
    return { status: 'cancelled', error: 'Stopped before the API answered.' };
  }
  if (state.stop === 'header-timeout' || err instanceof OpenAI.APIConnectionTimeoutError) {
    return headerTimeoutFailure(host, opts.requestTimeoutMs);
  }
  if (state.stop === 'time-limit') {
    return timeLimitFailure(maxAnswerMs, 0);
  }
  if (state.failure) {
    return state.failure;
  }
  if (err instanceof OpenAI.APIError && typeof err.status === 'number') {
    // Not reached while our fetch handles error statuses; kept so an SDK change cannot leak free text.
    return statusFailure({ status: err.status, headers: err.headers, fields: errorFields(err.error, secrets), host, model: opts.model, now: clock.now() });
  }
  if (err instanceof OpenAI.APIConnectionError) {
    return { status: 'error', error: `Could not reach ${host}: ${errorText(err.cause ?? err)}.` };
  }
  return { status: 'error', error: `Unexpected error while asking ${host}: ${errorText(err)}` };
}

/** What broke a stream that had started. */
function classifyStreamError(err: unknown, secrets: readonly string[]): StreamEndFacts['streamError'] {
  if (err instanceof OpenAI.APIError && err.status === undefined) {
    // An `{"error": …}` event: the SDK throws it with the event's error object.
    return { kind: 'reported', fields: errorFields(err.error, secrets) };
  }
  if (err instanceof SyntaxError) {
    return { kind: 'malformed' };
  }
  if (err instanceof ResponseTooLargeError) {
    return undefined; // the stop reason 'too-large' says it
  }
  return { kind: 'network', code: networkCode(err) };
}

/**
 * The fetch the SDK uses: only to `baseUrl`'s origin, only the headers we expect, never following
 * redirects, error statuses answered here (so the SDK never reads their bodies), every body within
 * a byte budget, and recognising responses that are not an OpenAI-compatible event stream.
 */
function guardedFetch(ctx: FetchContext) {
  const base = new URL(ctx.base);
  const { host, state } = ctx;
  return async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const fail = (failure: ChatOutcome): never => {
      state.failure ??= failure;
      throw new Error(failure.error ?? 'request failed');
    };
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.origin !== base.origin) {
      fail({
        status: 'error',
        fix: 'baseUrl',
        error: `Refusing to send the API key to ${url.host}: it is not the host of ${LlmSetting.BaseUrl} (${host}).`,
      });
    }
    const headers = new Headers();
    new Headers(init?.headers).forEach((value, name) => {
      if (FORWARDED_HEADERS.test(name)) {
        headers.set(name, value);
      }
    });

    let response: Response;
    try {
      response = await fetch(url, { ...init, headers, redirect: 'manual' });
    } catch (err) {
      if (!init?.signal?.aborted) {
        state.failure ??= connectFailure(err, url);
      }
      throw err;
    }

    if (response.status >= 300 && response.status < 400) {
      discardBody(response.body);
      const location = response.headers.get('location');
      let target = 'another address';
      if (location) {
        try {
          target = `host ${new URL(location, url).host}`;
        } catch {
          // an unparsable Location still means "redirect"
        }
      }
      fail({
        status: 'error',
        fix: 'baseUrl',
        error: `The API at host ${host} redirected (${response.status}) to ${target}; not following it. Check ${LlmSetting.BaseUrl}.`,
      });
    }
    if (!response.ok) {
      return fail(await errorStatusFailure(response, ctx));
    }

    const type = (response.headers.get('content-type') ?? '').toLowerCase();
    if (type.includes('text/html')) {
      discardBody(response.body);
      fail({
        status: 'error',
        fix: 'baseUrl',
        error: `${host} answered with a web page (HTML), not an OpenAI-compatible API. ` +
          `Check ${LlmSetting.BaseUrl} (for OpenAI it is https://api.openai.com/v1).`,
      });
    }
    if (type.includes('application/json')) {
      // A server that ignores `stream: true` and sends one completion: replay it as a stream.
      const body = await readTextWithin(response.body, ctx.maxBytes);
      if (!body.ok) {
        ctx.stopWith('too-large');
        return fail(tooLargeFailure(host, ctx.maxBytes, 0));
      }
      return replayCompletion(body.text, ctx, fail);
    }
    if (!response.body) {
      return response;
    }
    return new Response(eventStreamWithin(response.body, ctx.maxBytes, () => ctx.stopWith('too-large')), {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}

/**
 * An error status, answered without the server's free text. The body is read (within
 * {@link MAX_ERROR_BODY_BYTES}) only where its `code` can help: not for 401 or 5xx.
 */
async function errorStatusFailure(response: Response, ctx: FetchContext): Promise<ChatOutcome> {
  const status = response.status;
  const facts = { status, headers: response.headers, host: ctx.host, model: ctx.model, now: ctx.clock.now() };
  if (status === 401 || status >= 500) {
    discardBody(response.body);
    return statusFailure({ ...facts, fields: {} });
  }
  const body = await readTextWithin(response.body, MAX_ERROR_BODY_BYTES);
  if (!body.ok) {
    return statusFailure({ ...facts, fields: {}, bodyTooLarge: true });
  }
  return statusFailure({ ...facts, fields: errorFieldsOfText(body.text, ctx.secrets) });
}

/** Turns a non-streamed JSON completion into the event stream the SDK expects. */
function replayCompletion(body: string, ctx: FetchContext, fail: (f: ChatOutcome) => never): Response {
  const { host } = ctx;
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return fail({ status: 'error', fix: 'baseUrl', error: `${host} answered with invalid JSON instead of an event stream. Check ${LlmSetting.BaseUrl}.` });
  }
  const obj = data as { error?: unknown; choices?: { message?: { content?: unknown }; finish_reason?: unknown }[] } | null;
  if (obj?.error !== undefined && obj.error !== null) {
    fail(reportedErrorFailure(errorFields(obj, ctx.secrets), host, false));
  }
  const choice = obj?.choices?.[0];
  const content = choice?.message?.content;
  if (typeof content !== 'string') {
    fail({ status: 'error', fix: 'baseUrl', error: `${host} did not answer like an OpenAI-compatible chat API. Check ${LlmSetting.BaseUrl}.` });
  }
  const finish = typeof choice?.finish_reason === 'string' ? choice.finish_reason : 'stop';
  const event = { object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content }, finish_reason: finish }] };
  return new Response(`data: ${JSON.stringify(event)}\n\ndata: [DONE]\n\n`, {
    status: 200,
    headers: { 'content-type': 'text/event-stream' },
  });
}

/**
 * Collects the answer and hands it to `onDelta`, holding back only a tail that could be the start of
 * the API key in any form redaction recognises (see `secretForms`), so a server echoing the key,
 * even split across events, cannot get it into the answer (and from there into the sidebar or
 * workspace state).
 */
class AnswerText {
  private sent = '';
  private pending = '';
  private received = 0;
  private readonly forms: readonly string[];

  constructor(
    key: string,
    private readonly onDelta: (text: string) => void,
    private readonly mayEmit: () => boolean,
  ) {
    this.forms = secretForms(key);
  }

  /** Characters received from the server so far. */
  get length(): number {
    return this.received;
  }

  add(piece: string): void {
    this.received += piece.length;
    this.pending = redactForms(this.pending + piece, this.forms);
    const hold = secretPrefixAtEnd(this.pending, this.forms);
    this.emit(this.pending.slice(0, this.pending.length - hold));
    this.pending = this.pending.slice(this.pending.length - hold);
  }

  /**
   * Ends the answer and returns the text delivered, which is exactly the concatenation of every
   * `onDelta` call. What is still held back is dropped when `cut` (we stopped the answer, so it may
   * be the key cut short); otherwise it is sent, or replaced by the redaction mark when it is long
   * enough to be a real piece of the key. After a user stop nothing more is sent.
   *
   * @param cut Whether the answer was cut off by us (a limit, a timeout or a stop).
   */
  finish(cut: boolean): string {
    if (!cut) {
      this.emit(this.pending.length >= MIN_SECRET_LENGTH ? REDACTED : this.pending);
    }
    this.pending = '';
    return this.sent;
  }

  private emit(text: string): void {
    if (!text || !this.mayEmit()) {
      return;
    }
    this.sent += text;
    try {
      this.onDelta(text);
    } catch {
      // A failing consumer must not break the stream or leak a rejection.
    }
  }
}
