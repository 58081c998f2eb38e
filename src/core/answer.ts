/**
 * The shared vocabulary of an LLM answer: its statuses, its record, and the one parser that turns
 * `unknown` (workspace state, a webview message) into a record. The chat client, the answer store,
 * the sidebar and the webview all import it from here; none of them spells the statuses itself.
 */
import { isTermId } from './ids';
import { asObject, isBoundedText as isText, isCount } from './validate';

/** Every status an answer can have, in no particular order. */
export const ANSWER_STATUSES = ['streaming', 'complete', 'truncated', 'interrupted', 'cancelled', 'error'] as const;

/**
 * How an answer ended, or that it is still arriving.
 * - `streaming`: chunks are still arriving.
 * - `complete`: the stream ended with `[DONE]` or a finish_reason of `stop`.
 * - `truncated`: the stream ended without `[DONE]`/finish_reason, or the model stopped at its length limit.
 * - `interrupted`: the stream stalled or the connection broke after some text arrived.
 * - `cancelled`: the user stopped it (Stop button, Cancel, or a second request).
 * - `error`: the request failed; `error` says why.
 */
export type AnswerStatus = (typeof ANSWER_STATUSES)[number];

/** The statuses an answer can end with. */
export type FinalStatus = Exclude<AnswerStatus, 'streaming'>;

/** One question and its (possibly partial) answer. Never holds the API key. */
export interface AnswerRecord {
  /** Unique id of this request. */
  readonly id: string;
  /** The exact prompt sent. */
  readonly question: string;
  /** Model asked. */
  readonly model: string;
  /** Host the request went to (no path, no credentials). */
  readonly host: string;
  /** Glossary term the question is about, if any. */
  readonly termId?: string;
  /** Epoch milliseconds when the request started. */
  readonly startedAt: number;
  /** Answer text received so far (markdown). */
  text: string;
  /** Current status. */
  status: AnswerStatus;
  /** User-facing reason when status is `error`, `interrupted` or `truncated`; never contains the key. */
  error?: string;
}

/** Longest answer id, model name or host accepted by {@link parseAnswerRecord}. */
export const MAX_ANSWER_ID_LENGTH = 200;
/** Longest question or error text accepted by {@link parseAnswerRecord}. */
export const MAX_ANSWER_LABEL_LENGTH = 20_000;

/** True for one of {@link ANSWER_STATUSES}. */
export function isAnswerStatus(value: unknown): value is AnswerStatus {
  return typeof value === 'string' && (ANSWER_STATUSES as readonly string[]).includes(value);
}

/** True for a status an answer can end with (anything but `streaming`). */
export function isFinalStatus(value: unknown): value is FinalStatus {
  return isAnswerStatus(value) && value !== 'streaming';
}

/** True for a non-empty id of bounded length without control characters (answer ids are UUIDs). */
export function isAnswerId(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length > 0 &&
    value.length <= MAX_ANSWER_ID_LENGTH &&
    // eslint-disable-next-line no-control-regex
    !/[\u0000-\u001f\u007f]/.test(value)
  );
}

/**
 * Validates one answer record read from outside (workspace state of any older version, a message).
 * Returns a fresh object holding only the known fields, or `undefined` when anything is malformed.
 * @param maxText longest `text` accepted (the webview accepts only what it renders).
 */
export function parseAnswerRecord(value: unknown, maxText = Number.POSITIVE_INFINITY): AnswerRecord | undefined {
  const r = asObject(value);
  if (
    !r ||
    !isAnswerId(r.id) ||
    !isText(r.question, MAX_ANSWER_LABEL_LENGTH) ||
    !isText(r.model, MAX_ANSWER_ID_LENGTH) ||
    !isText(r.host, MAX_ANSWER_ID_LENGTH) ||
    !(r.termId === undefined || isTermId(r.termId)) ||
    !isCount(r.startedAt) ||
    !isAnswerStatus(r.status) ||
    !(r.error === undefined || isText(r.error, MAX_ANSWER_LABEL_LENGTH)) ||
    !isText(r.text, maxText)
  ) {
    return undefined;
  }
  return {
    id: r.id,
    question: r.question,
    model: r.model,
    host: r.host,
    ...(r.termId !== undefined ? { termId: r.termId } : {}),
    startedAt: r.startedAt,
    text: r.text,
    status: r.status,
    ...(r.error !== undefined ? { error: r.error } : {}),
  };
}
