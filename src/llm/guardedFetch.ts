/**
 * The fetch the chat client hands to the SDK. It decides what may be sent where, and it answers
 * every response the SDK must not read on its own: redirects, error statuses, web pages, oversized
 * or non-streamed bodies. Free of `vscode` and of the SDK.
 */
import { ENGLISH_LLM_MESSAGES, type LlmMessages } from '../core/llmMessages';
import { LlmSetting } from '../core/llmSettings';
import {
  connectFailure,
  errorFields,
  errorFieldsOfText,
  reportedErrorFailure,
  statusFailure,
  tooLargeFailure,
  type ChatOutcome,
  type StopReason,
} from './errorMapping';
import { discardBody, eventStreamWithin, readTextWithin } from './responseBody';

/** Budget for the body of an error status (only its `code` and `type` are used). */
export const MAX_ERROR_BODY_BYTES = 64 * 1024;

/** Shared between the chat client and its fetch. */
export interface FetchState {
  /** Why the client stopped its own request, if it did. */
  stop?: StopReason;
  /** A failure detected in our fetch wrapper, where more is known than the SDK's wrapped error shows. */
  failure?: ChatOutcome;
}

/** What the fetch wrapper needs to know about the call. */
export interface FetchContext {
  /** The validated base URL; requests go only to its origin. */
  readonly base: string;
  /** `host[:port]` for messages. */
  readonly host: string;
  /** The model asked, for messages. */
  readonly model: string;
  /** The key, kept out of error codes. */
  readonly secrets: readonly string[];
  /** Budget for a 200 body in decompressed bytes. */
  readonly maxBytes: number;
  /** Current time in ms since the epoch (for Retry-After dates). */
  readonly now: () => number;
  /** Where the fetch leaves the failure it detected. */
  readonly state: FetchState;
  /** Stops the whole request (a budget was passed). */
  readonly stopWith: (reason: StopReason) => void;
  /** The fetch to call (default: the global one; tests pass one that answers like a browser). */
  readonly fetch?: typeof fetch;
  /**
   * Whether fetch follows browser rules (CORS; failures as a bare TypeError). Default: the build's
   * (`src/platform/runtime.ts`): false in the Node host, true in the web worker host.
   */
  readonly browserFetch?: boolean;
  /** The messages' texts (English by default). */
  readonly messages?: LlmMessages;
}

/** Request headers forwarded to the API; anything else (e.g. from OPENAI_CUSTOM_HEADERS) is dropped. */
const FORWARDED_HEADERS = /^(accept|content-type|authorization|user-agent|x-stainless-[a-z0-9-]+)$/;

/**
 * The fetch the SDK uses: only to `baseUrl`'s origin, only the headers we expect, never following
 * redirects, error statuses answered here (so the SDK never reads their bodies), every body within
 * a byte budget, and recognising responses that are not an OpenAI-compatible event stream.
 */
export function guardedFetch(ctx: FetchContext) {
  const base = new URL(ctx.base);
  const { host, state } = ctx;
  const send = ctx.fetch ?? fetch;
  const browser = ctx.browserFetch ?? false;
  const m = ctx.messages ?? ENGLISH_LLM_MESSAGES;
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
        error: m.wrongHost(url.host, LlmSetting.BaseUrl, host),
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
      response = await send(url, { ...init, headers, redirect: 'manual' });
    } catch (err) {
      if (!init?.signal?.aborted) {
        state.failure ??= connectFailure(err, url, { browser }, m);
      }
      throw err;
    }

    // A browser hides a redirect it did not follow: an opaque response with status 0 and no Location.
    if (response.type === 'opaqueredirect') {
      fail({
        status: 'error',
        fix: 'baseUrl',
        error: m.redirectedHidden(host, LlmSetting.BaseUrl),
      });
    }
    if (response.status >= 300 && response.status < 400) {
      discardBody(response.body);
      const location = response.headers.get('location');
      let target = m.redirectTargetUnknown;
      if (location) {
        try {
          target = m.redirectTargetHost(new URL(location, url).host);
        } catch {
          // an unparsable Location still means "redirect"
        }
      }
      fail({
        status: 'error',
        fix: 'baseUrl',
        error: m.redirected(host, response.status, target, LlmSetting.BaseUrl),
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
        error: m.htmlPage(host, LlmSetting.BaseUrl),
      });
    }
    if (type.includes('application/json')) {
      // A server that ignores `stream: true` and sends one completion: replay it as a stream.
      const body = await readTextWithin(response.body, ctx.maxBytes);
      if (!body.ok) {
        ctx.stopWith('too-large');
        return fail(tooLargeFailure(host, ctx.maxBytes, 0, m));
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
  const facts = { status, headers: response.headers, host: ctx.host, model: ctx.model, now: ctx.now(), ...(ctx.messages ? { messages: ctx.messages } : {}) };
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
    return fail({ status: 'error', fix: 'baseUrl', error: (ctx.messages ?? ENGLISH_LLM_MESSAGES).invalidJsonNotStream(host, LlmSetting.BaseUrl) });
  }
  const obj = data as { error?: unknown; choices?: { message?: { content?: unknown }; finish_reason?: unknown }[] } | null;
  if (obj?.error !== undefined && obj.error !== null) {
    fail(reportedErrorFailure(errorFields(obj, ctx.secrets), host, false, ctx.messages));
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
