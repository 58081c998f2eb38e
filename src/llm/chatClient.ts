/**
 * The streaming chat client: the official `openai` SDK behind a guarded fetch. Bundled on its own as
 * `dist/llm.js` and required by the extension on first use, so the SDK never loads at activation.
 * Free of `vscode`, so unit tests run it in plain Node against the fake server.
 *
 * {@link streamChat} never rejects: every failure becomes a result with a status and a clear,
 * key-free message, and the text received so far is always returned.
 *
 * Guards, all in {@link streamChat}:
 * - the base URL is always passed explicitly (so `OPENAI_BASE_URL` cannot redirect the key) and
 *   re-validated here; the SDK's environment-driven extras (organization, project, custom headers,
 *   log level) are switched off;
 * - redirects are never followed (`redirect: 'manual'`): a 3xx is an error, so the key never reaches
 *   another origin;
 * - our own timeouts: one for response headers, one for silence between chunks;
 * - the answer is capped at {@link MAX_ANSWER_CHARS}, and the key is removed from everything returned,
 *   including the answer text if a server echoes it.
 */
import OpenAI from 'openai';
import { hostAndPortOf, hostOf, LlmSetting, validateBaseUrl } from '../core/llmSettings';
import { redactExact, redactSecrets, truncate } from '../core/redact';

/** How a request ended (the non-streaming values of the sidebar's AnswerStatus). */
export type ChatStatus = 'complete' | 'truncated' | 'interrupted' | 'cancelled' | 'error';

/** One chat message. */
export interface ChatMessage {
  readonly role: 'system' | 'user' | 'assistant';
  readonly content: string;
}

/** Upper bound on answer length: beyond it the stream is stopped and marked truncated. */
export const MAX_ANSWER_CHARS = 8_000_000;

/** Longest piece of a server's own error text quoted in a message. */
const MAX_DETAIL_CHARS = 300;

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
  /** How long the stream may be silent between chunks, in milliseconds. */
  readonly idleTimeoutMs: number;
  /** Answer length cap in characters (default {@link MAX_ANSWER_CHARS}). */
  readonly maxChars?: number;
  /** Receives each piece of answer text, in order, never after the call has been aborted. */
  onDelta(text: string): void;
}

/** Which setting or action would fix an error, for a button next to the message. */
export type ChatFix = 'apiKey' | 'baseUrl' | 'model' | 'settings';

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

/** Why we aborted our own request. */
type StopReason = 'user' | 'header-timeout' | 'idle' | 'too-long';

/** A failure detected in our fetch wrapper, where more is known than the SDK's wrapped error shows. */
interface Failure {
  readonly message: string;
  readonly fix?: ChatFix;
}

interface CallState {
  stop?: StopReason;
  failure?: Failure;
  sawDone: boolean;
}

/** Request headers forwarded to the API; anything else (e.g. from OPENAI_CUSTOM_HEADERS) is dropped. */
const FORWARDED_HEADERS = /^(accept|content-type|authorization|user-agent|x-stainless-[a-z0-9-]+)$/;

const SET_KEY_HINT = 'Run "AI Safety: Set API Key…" to store a valid key.';

/**
 * Sends `messages` to the chat completions API at `baseUrl` and streams the answer through
 * `onDelta`. Never rejects.
 *
 * @see https://platform.openai.com/docs/api-reference/chat/create
 */
export async function streamChat(opts: StreamChatOptions): Promise<StreamChatResult> {
  const secrets = [opts.apiKey];
  const host = hostOf(opts.baseUrl) || opts.baseUrl;
  const state: CallState = { sawDone: false };
  const controller = new AbortController();
  const stopWith = (reason: StopReason) => {
    state.stop ??= reason;
    controller.abort();
  };
  const onUserAbort = () => stopWith('user');
  // After the user stops a request, not one more piece reaches the consumer.
  const answer = new AnswerText(opts.apiKey, opts.onDelta, () => state.stop !== 'user');
  let headerTimer: NodeJS.Timeout | undefined;
  let idleTimer: NodeJS.Timeout | undefined;

  const done = (status: ChatStatus, extra: Omit<StreamChatResult, 'status' | 'text'> = {}): StreamChatResult => {
    const text = answer.finish();
    const error = extra.error === undefined ? undefined : redactSecrets(extra.error, secrets);
    return { ...extra, status, text, ...(error === undefined ? {} : { error }) };
  };

  if (opts.signal?.aborted) {
    return done('cancelled', { error: 'Stopped before anything was sent.' });
  }
  opts.signal?.addEventListener('abort', onUserAbort, { once: true });
  try {
    const base = validateBaseUrl(opts.baseUrl);
    if (!base.ok) {
      return done('error', { error: base.message, fix: 'baseUrl' });
    }
    if (opts.apiKey === '') {
      return done('error', { error: `No API key. ${SET_KEY_HINT}`, fix: 'apiKey' });
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
      fetch: guardedFetch(base.value, host, state),
      dangerouslyAllowBrowser: false,
    });

    headerTimer = setTimeout(() => stopWith('header-timeout'), opts.requestTimeoutMs);
    let stream: AsyncIterable<OpenAI.Chat.Completions.ChatCompletionChunk>;
    try {
      stream = await client.chat.completions.create(
        { model: opts.model, messages: opts.messages.map((m) => ({ role: m.role, content: m.content })), stream: true },
        { signal: controller.signal },
      );
    } catch (err) {
      return done(...requestFailure(err, state, host, opts));
    } finally {
      clearTimeout(headerTimer);
    }

    const armIdle = () => {
      clearTimeout(idleTimer);
      idleTimer = setTimeout(() => stopWith('idle'), opts.idleTimeoutMs);
    };
    const maxChars = opts.maxChars ?? MAX_ANSWER_CHARS;
    let finishReason: string | undefined;
    let chunks = 0;
    let streamError: unknown;
    armIdle();
    try {
      for await (const chunk of stream) {
        if (controller.signal.aborted) {
          break;
        }
        armIdle();
        chunks++;
        const choice = (chunk as Partial<OpenAI.Chat.Completions.ChatCompletionChunk> | null)?.choices?.[0];
        const delta = choice?.delta as { content?: unknown; refusal?: unknown } | undefined;
        const piece = typeof delta?.content === 'string' ? delta.content : typeof delta?.refusal === 'string' ? delta.refusal : '';
        if (piece) {
          const room = maxChars - answer.length;
          answer.add(piece.length > room ? piece.slice(0, room) : piece);
          if (piece.length >= room) {
            stopWith('too-long');
            break;
          }
        }
        if (choice?.finish_reason) {
          finishReason = choice.finish_reason;
        }
      }
    } catch (err) {
      streamError = err;
    } finally {
      clearTimeout(idleTimer);
    }
    return done(...streamEnd({ finishReason, chunks, streamError, state, host, opts, maxChars, textLength: answer.length }));
  } catch (err) {
    return done('error', { error: `Unexpected error while asking ${host}: ${errorText(err)}` });
  } finally {
    clearTimeout(headerTimer);
    clearTimeout(idleTimer);
    opts.signal?.removeEventListener('abort', onUserAbort);
    // Close the connection if anything is still open (no-op after a finished stream).
    controller.abort();
  }
}

type Outcome = [ChatStatus, Omit<StreamChatResult, 'status' | 'text'>];

/** Maps a failure before the first byte of the answer. */
function requestFailure(err: unknown, state: CallState, host: string, opts: StreamChatOptions): Outcome {
  if (state.stop === 'user') {
    return ['cancelled', { error: 'Stopped before the API answered.' }];
  }
  if (state.stop === 'header-timeout' || err instanceof OpenAI.APIConnectionTimeoutError) {
    return ['error', {
      error: `No response from ${host} within ${seconds(opts.requestTimeoutMs)} (${LlmSetting.RequestTimeoutSeconds}). ` +
        'The server may be overloaded or unreachable; try again later.',
    }];
  }
  if (state.failure) {
    return ['error', { error: state.failure.message, ...(state.failure.fix ? { fix: state.failure.fix } : {}) }];
  }
  if (err instanceof OpenAI.APIError && typeof err.status === 'number') {
    return statusFailure(err, host, opts.model);
  }
  if (err instanceof OpenAI.APIConnectionError) {
    return ['error', { error: `Could not reach ${host}: ${errorText(err.cause ?? err)}.` }];
  }
  return ['error', { error: `Unexpected error while asking ${host}: ${errorText(err)}` }];
}

/** Maps an HTTP error status to a message that names it and says what to do. */
function statusFailure(err: InstanceType<typeof OpenAI.APIError>, host: string, model: string): Outcome {
  const status = err.status as number;
  const detail = serverDetail(err.error);
  const withDetail = detail ? `: ${detail}` : '.';
  const name = `${status} ${STATUS_TEXT[status] ?? 'error'}`;
  if (status === 401) {
    return ['error', { httpStatus: status, fix: 'apiKey', error: `The API at ${host} rejected the API key (${name}). ${SET_KEY_HINT}` }];
  }
  if (status === 403) {
    return ['error', {
      httpStatus: status,
      fix: 'model',
      error: `The API at ${host} refused the request (${name})${withDetail} Check that your key may use model "${model}" (${LlmSetting.Model}).`,
    }];
  }
  if (status === 404) {
    return ['error', {
      httpStatus: status,
      fix: 'settings',
      error: `The API at ${host} answered ${name}${withDetail} Check ${LlmSetting.Model} ("${model}") and ${LlmSetting.BaseUrl} (it usually ends in /v1).`,
    }];
  }
  if (status === 429) {
    const retryAfterSeconds = retryAfter(err.headers);
    const when = retryAfterSeconds !== undefined ? `Try again in ${retryAfterSeconds} s.` : 'Wait a little and try again.';
    return ['error', {
      httpStatus: status,
      ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
      error: `The API at ${host} is rate-limiting requests (${name})${withDetail} ${when} If it persists, check your plan's limits and quota.`,
    }];
  }
  if (status >= 500) {
    return ['error', { httpStatus: status, error: `The API at ${host} had a server error (${name}). Try again later.` }];
  }
  return ['error', { httpStatus: status, error: `The API at ${host} rejected the request (${name})${withDetail}` }];
}

interface StreamEndFacts {
  readonly finishReason: string | undefined;
  readonly chunks: number;
  readonly streamError: unknown;
  readonly state: CallState;
  readonly host: string;
  readonly opts: StreamChatOptions;
  readonly maxChars: number;
  readonly textLength: number;
}

/** Decides how a stream that started ended. */
function streamEnd(f: StreamEndFacts): Outcome {
  const { state, host } = f;
  // A finish_reason means the model finished: later hiccups (a reset before [DONE]) do not matter.
  if (f.finishReason === 'length') {
    return ['truncated', { error: 'The model stopped at its output length limit, so the answer is cut short.' }];
  }
  if (f.finishReason === 'content_filter') {
    return ['truncated', { error: "The provider's content filter stopped the answer." }];
  }
  if (f.finishReason !== undefined) {
    return ['complete', {}];
  }
  if (state.stop === 'user') {
    return ['cancelled', { error: 'Stopped.' }];
  }
  if (state.stop === 'too-long') {
    return ['truncated', {
      error: `The answer passed ${f.maxChars.toLocaleString('en-US')} characters, so the rest was not downloaded.`,
    }];
  }
  const broken = f.textLength > 0 ? 'interrupted' : 'error';
  if (state.stop === 'idle') {
    return [broken, {
      error: `The answer stalled: nothing arrived from ${host} for ${seconds(f.opts.idleTimeoutMs)} ` +
        `(${LlmSetting.IdleTimeoutSeconds}), so it was stopped.`,
    }];
  }
  const e = f.streamError;
  if (e !== undefined) {
    if (e instanceof OpenAI.APIError && e.status === undefined && e.error !== undefined) {
      const detail = serverDetail(e.error) ?? 'no details given';
      return ['error', { error: `The API at ${host} reported an error mid-answer: ${detail}` }];
    }
    if (e instanceof SyntaxError) {
      return ['error', { error: `The API at ${host} sent a malformed chunk (not valid JSON), so the answer stops here.` }];
    }
    const code = networkCode(e);
    return [broken, {
      error: `The connection to ${host} broke before the answer was finished${code ? ` (${code})` : ''}. Try again.`,
    }];
  }
  if (state.sawDone) {
    return ['complete', {}];
  }
  if (f.chunks === 0) {
    return ['error', {
      fix: 'baseUrl',
      error: `${host} ended the response without sending an answer. Is ${LlmSetting.BaseUrl} an OpenAI-compatible chat API?`,
    }];
  }
  return ['truncated', { error: 'The stream ended without [DONE] or a finish reason, so the answer may be incomplete.' }];
}

/**
 * The fetch the SDK uses: only to `baseUrl`'s origin, only the headers we expect, never following
 * redirects, and recognising responses that are not an OpenAI-compatible event stream.
 */
function guardedFetch(baseUrl: string, host: string, state: CallState) {
  const base = new URL(baseUrl);
  return async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const fail = (failure: Failure): never => {
      state.failure ??= failure;
      throw new Error(failure.message);
    };
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.origin !== base.origin) {
      fail({ message: `Refusing to send the API key to ${url.host}: it is not the host of ${LlmSetting.BaseUrl} (${host}).`, fix: 'baseUrl' });
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
      void response.body?.cancel().catch(() => undefined);
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
        fix: 'baseUrl',
        message: `The API at host ${host} redirected (${response.status}) to ${target}; not following it. Check ${LlmSetting.BaseUrl}.`,
      });
    }
    if (!response.ok) {
      return response; // the SDK turns error statuses into APIError
    }

    const type = (response.headers.get('content-type') ?? '').toLowerCase();
    if (type.includes('text/html')) {
      void response.body?.cancel().catch(() => undefined);
      fail({
        fix: 'baseUrl',
        message: `${host} answered with a web page (HTML), not an OpenAI-compatible API. ` +
          `Check ${LlmSetting.BaseUrl} (for OpenAI it is https://api.openai.com/v1).`,
      });
    }
    if (type.includes('application/json')) {
      // A server that ignores `stream: true` and sends one completion: replay it as a stream.
      return replayCompletion(await response.text(), host, fail);
    }
    if (!response.body) {
      return response;
    }
    return new Response(watchForDone(response.body, () => (state.sawDone = true)), {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}

/** Turns a non-streamed JSON completion into the event stream the SDK expects. */
function replayCompletion(body: string, host: string, fail: (f: Failure) => never): Response {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return fail({ fix: 'baseUrl', message: `${host} answered with invalid JSON instead of an event stream. Check ${LlmSetting.BaseUrl}.` });
  }
  const obj = data as { error?: unknown; choices?: { message?: { content?: unknown }; finish_reason?: unknown }[] } | null;
  if (obj?.error !== undefined) {
    fail({ message: `The API at ${host} reported an error: ${serverDetail(obj.error) ?? 'no details given'}` });
  }
  const choice = obj?.choices?.[0];
  const content = choice?.message?.content;
  if (typeof content !== 'string') {
    fail({ fix: 'baseUrl', message: `${host} did not answer like an OpenAI-compatible chat API. Check ${LlmSetting.BaseUrl}.` });
  }
  const finish = typeof choice?.finish_reason === 'string' ? choice.finish_reason : 'stop';
  const event = { object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content }, finish_reason: finish }] };
  return new Response(`data: ${JSON.stringify(event)}\n\ndata: [DONE]\n\n`, {
    status: 200,
    headers: { 'content-type': 'text/event-stream' },
  });
}

/**
 * Passes the body through unchanged and calls `onDone` when a `data: [DONE]` line goes by (the SDK
 * swallows it, and we need it to tell a finished stream from a cut one). Linear in the body size:
 * only lines short enough to be `[DONE]` are ever compared.
 */
function watchForDone(body: ReadableStream<Uint8Array>, onDone: () => void): ReadableStream<Uint8Array> {
  const decoder = new TextDecoder();
  const SHORT = 24;
  let partial = '';
  let partialTooLong = false;
  const check = (line: string) => {
    if (/^data: ?\[DONE\]\s*$/.test(line)) {
      onDone();
    }
  };
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, out) {
        const text = decoder.decode(chunk, { stream: true });
        let start = 0;
        for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
          if (!partialTooLong && partial.length + (nl - start) <= SHORT) {
            check(partial + text.slice(start, nl));
          }
          partial = '';
          partialTooLong = false;
          start = nl + 1;
        }
        if (!partialTooLong) {
          if (partial.length + (text.length - start) > SHORT) {
            partialTooLong = true;
            partial = '';
          } else {
            partial += text.slice(start);
          }
        }
        out.enqueue(chunk);
      },
      flush() {
        if (!partialTooLong) {
          check(partial);
        }
      },
    }),
  );
}

/**
 * Collects the answer and hands it to `onDelta`, holding back only a tail that could be the start of
 * the API key, so a server echoing the key cannot get it into the answer (and from there into the
 * sidebar or workspace state).
 */
class AnswerText {
  private sent = '';
  private pending = '';
  private received = 0;

  constructor(
    private readonly key: string,
    private readonly onDelta: (text: string) => void,
    private readonly mayEmit: () => boolean,
  ) {}

  /** Characters received from the server so far. */
  get length(): number {
    return this.received;
  }

  add(piece: string): void {
    this.received += piece.length;
    this.pending = redactExact(this.pending + piece, [this.key]);
    const hold = this.key.length >= 2 ? this.keyPrefixAtEnd(this.pending) : 0;
    this.emit(this.pending.slice(0, this.pending.length - hold));
    this.pending = this.pending.slice(this.pending.length - hold);
  }

  /**
   * Flushes what was held back and returns the text delivered, which is exactly the concatenation
   * of every `onDelta` call (after a user stop, what was still held back is dropped).
   */
  finish(): string {
    this.emit(this.pending);
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

  /** Length of the longest suffix of `text` that is a proper prefix of the key. */
  private keyPrefixAtEnd(text: string): number {
    for (let k = Math.min(text.length, this.key.length - 1); k > 0; k--) {
      if (text.endsWith(this.key.slice(0, k))) {
        return k;
      }
    }
    return 0;
  }
}

/** Classifies a failed connection (fetch rejected before any response). */
function connectFailure(err: unknown, url: URL): Failure {
  const code = networkCode(err);
  const where = hostAndPortOf(url.href);
  const message = innermostMessage(err);
  if (code === 'ECONNREFUSED') {
    return { fix: 'baseUrl', message: `Nothing is listening at ${where} (connection refused). Check ${LlmSetting.BaseUrl} and that the server is running.` };
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return { fix: 'baseUrl', message: `Could not find the host ${url.hostname} (DNS lookup failed, ${code}). Check ${LlmSetting.BaseUrl} and your network connection.` };
  }
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE') {
    return { message: `The connection to ${where} was reset before an answer arrived (${code}). Try again; if it keeps happening, check proxies and firewalls.` };
  }
  if (code === 'ETIMEDOUT' || code === 'UND_ERR_CONNECT_TIMEOUT') {
    return { message: `Could not connect to ${where} in time (${code}). Check your network connection and ${LlmSetting.BaseUrl}.` };
  }
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') {
    return { message: `${url.hostname} cannot be reached from this machine (${code}). Check your network connection.` };
  }
  if (code && /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_OSSL/.test(code)) {
    return { fix: 'baseUrl', message: `The TLS certificate of ${url.hostname} could not be verified (${code}). Check ${LlmSetting.BaseUrl}.` };
  }
  if (/bad port/i.test(message)) {
    return { fix: 'baseUrl', message: `Port ${where.split(':').pop()} is on the list of ports fetch refuses to use; run the server on another port and update ${LlmSetting.BaseUrl}.` };
  }
  return { message: `Could not connect to ${where}${code ? ` (${code})` : ''}: ${message}.` };
}

/** The message of the deepest `cause` (fetch wraps the useful one in "fetch failed"), shortened. */
function innermostMessage(err: unknown): string {
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

/** The first `code` found along an error's `cause` chain (and inside AggregateErrors). */
function networkCode(err: unknown): string | undefined {
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

/** The `message` of an API error body (`{ message }` or a string), shortened; undefined if none. */
function serverDetail(error: unknown): string | undefined {
  const message = typeof error === 'string' ? error : (error as { message?: unknown } | null | undefined)?.message;
  if (typeof message !== 'string' || message.trim() === '') {
    return undefined;
  }
  const clean = message.replace(/\s+/g, ' ').trim();
  return truncate(clean.endsWith('.') ? clean : `${clean}.`, MAX_DETAIL_CHARS);
}

/** Seconds to wait from `retry-after-ms` or `retry-after` (seconds or an HTTP date). */
function retryAfter(headers: Headers | undefined): number | undefined {
  const ms = Number(headers?.get('retry-after-ms'));
  if (headers?.get('retry-after-ms') && Number.isFinite(ms) && ms >= 0) {
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
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

function seconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}

function errorText(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return truncate(text.replace(/\s+/g, ' ').trim(), MAX_DETAIL_CHARS);
}

const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};
