/**
 * The streaming chat client: the official `openai` SDK behind a guarded fetch. Bundled on its own as
 * `dist/llm.js` and required by the extension on first use, so the SDK never loads at activation.
 * Free of `vscode`, so unit tests run it in plain Node against the fake server.
 *
 * {@link streamChat} never rejects: every failure becomes a result with a status and a clear,
 * key-free message (see `errorMapping.ts`), and the text received so far is always returned.
 *
 * Guards (here, in `guardedFetch.ts`, `responseBody.ts` and `answerText.ts`):
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
import { ENGLISH_LLM_MESSAGES, type LlmMessages } from '../core/llmMessages';
import { hostOf, validateBaseUrl } from '../core/llmSettings';
import { redactSecrets } from '../core/redact';
import { AnswerText } from './answerText';
import {
  errorFields,
  errorText,
  headerTimeoutFailure,
  networkCode,
  statusFailure,
  streamEnd,
  timeLimitFailure,
  type ChatFix,
  type ChatOutcome,
  type ChatStatus,
  type StopReason,
  type StreamEndFacts,
} from './errorMapping';
import { guardedFetch, type FetchState } from './guardedFetch';
import { ResponseTooLargeError } from './responseBody';

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
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout> | undefined),
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
  /** The user-facing texts of failures, in the display language (default English). */
  readonly errorTexts?: LlmMessages;
  /**
   * Whether fetch runs under a browser's rules (the web extension host: CORS, bare failures; the SDK
   * must be told it runs in a browser). The caller says so, so one build of this bundle serves both hosts.
   */
  readonly browserFetch?: boolean;
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
  const state: FetchState = {};
  const controller = new AbortController();
  const stopWith = (reason: StopReason) => {
    state.stop ??= reason;
    controller.abort();
  };
  const onUserAbort = () => stopWith('user');
  const m = opts.errorTexts ?? ENGLISH_LLM_MESSAGES;
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
    return done({ status: 'cancelled', error: m.stoppedBeforeSent });
  }
  opts.signal?.addEventListener('abort', onUserAbort, { once: true });
  try {
    const base = validateBaseUrl(opts.baseUrl, m);
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
      fetch: guardedFetch({ base: base.value, host, model: opts.model, secrets, maxBytes, now: () => clock.now(), state, stopWith, messages: m, browserFetch: opts.browserFetch ?? false }),
      // The SDK refuses to run in a web page so a site's own key is not exposed to its visitors. In the
      // web extension host the key is the user's own, from their SecretStorage, sent only to their base URL.
      dangerouslyAllowBrowser: opts.browserFetch ?? false,
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
      messages: m,
    }));
  } catch (err) {
    return done({ status: 'error', error: m.unexpectedWhileAsking(host, errorText(err)) });
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
  state: FetchState,
  host: string,
  opts: StreamChatOptions,
  maxAnswerMs: number,
  secrets: readonly string[],
  clock: ChatClock,
): ChatOutcome {
  const m = opts.errorTexts ?? ENGLISH_LLM_MESSAGES;
  if (state.stop === 'user') {
    return { status: 'cancelled', error: m.stoppedBeforeAnswer };
  }
  if (state.stop === 'header-timeout' || err instanceof OpenAI.APIConnectionTimeoutError) {
    return headerTimeoutFailure(host, opts.requestTimeoutMs, m);
  }
  if (state.stop === 'time-limit') {
    return timeLimitFailure(maxAnswerMs, 0, m);
  }
  if (state.failure) {
    return state.failure;
  }
  if (err instanceof OpenAI.APIError && typeof err.status === 'number') {
    // Not reached while our fetch handles error statuses; kept so an SDK change cannot leak free text.
    return statusFailure({ status: err.status, headers: err.headers, fields: errorFields(err.error, secrets), host, model: opts.model, now: clock.now(), messages: m });
  }
  if (err instanceof OpenAI.APIConnectionError) {
    return { status: 'error', error: m.couldNotReach(host, errorText(err.cause ?? err)) };
  }
  return { status: 'error', error: m.unexpectedWhileAsking(host, errorText(err)) };
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
