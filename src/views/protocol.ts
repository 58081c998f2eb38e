/**
 * The messages between the extension host and the explainer webview: one `{ type }` union per
 * direction, shared by both sides, and validators that turn `unknown` into a typed message or
 * `undefined`. Nothing from the other side is used before it passed a validator.
 *
 * No `vscode` import: this module is bundled into the webview too.
 */
import type { AnswerRecord, AnswerStatus } from './answerSink';
import { isHttpsUrl } from '../core/safeHtml';

/** The sidebar's tabs. */
export type Tab = 'explainer' | 'glossary' | 'answers';

/** All tabs, in display order. */
export const TABS: readonly Tab[] = ['explainer', 'glossary', 'answers'];

/**
 * How many characters of an answer the host sends to the webview (and the webview renders).
 * Longer answers stay whole in the host, for Copy and Insert.
 */
export const VIEW_TEXT_CAP = 100_000;

/** Statuses an answer can end with. */
export type FinalStatus = Exclude<AnswerStatus, 'streaming'>;

const ALL_STATUSES: readonly AnswerStatus[] = ['streaming', 'complete', 'truncated', 'interrupted', 'cancelled', 'error'];

/**
 * An answer as the webview sees it: the record (see {@link AnswerRecord}) with its text cut to
 * {@link VIEW_TEXT_CAP} characters, plus the length of the whole answer.
 */
export type AnswerView = Readonly<AnswerRecord> & {
  /** Length of the whole answer (may exceed `text.length`). */
  readonly length: number;
};

/** Messages from the extension host to the webview. */
export type HostToWebview =
  /** Show a glossary card. `follow` marks a card chosen by the cursor: it never pushes history. */
  | { readonly type: 'showTerm'; readonly id: string; readonly follow?: boolean }
  /** Switch to a tab. */
  | { readonly type: 'showTab'; readonly tab: Tab }
  /** The full list of answers, newest first (sent when the webview is (re)loaded or shown). */
  | { readonly type: 'answers'; readonly records: readonly AnswerView[] }
  /** A new answer started streaming. */
  | { readonly type: 'answerStarted'; readonly record: AnswerView }
  /** More text for a streaming answer; `length` is the whole answer's length so far. */
  | { readonly type: 'answerChunk'; readonly id: string; readonly text: string; readonly length: number }
  /** An answer ended. */
  | { readonly type: 'answerFinished'; readonly id: string; readonly status: FinalStatus; readonly error?: string }
  /** Whether the current card is pinned. */
  | { readonly type: 'pinned'; readonly pinned: boolean }
  /** Open the glossary and put the keyboard focus in its search box. */
  | { readonly type: 'focusSearch' };

/** Commands the webview may ask the host to run: an allow-list, never a free command string. */
export type WebviewCommand = 'explainWithLlm' | 'explainTerm';

/** Messages from the webview to the extension host. */
export type WebviewToHost =
  /** The webview's script is running and wants the answers and pending navigation. */
  | { readonly type: 'ready' }
  /** Open an https link in the browser. */
  | { readonly type: 'openExternal'; readonly url: string }
  /** Run the seed's example prompt. */
  | { readonly type: 'runCommand'; readonly command: 'explainWithLlm' }
  /** Explain one glossary term with the LLM. */
  | { readonly type: 'runCommand'; readonly command: 'explainTerm'; readonly termId: string }
  /** Stop a streaming answer. */
  | { readonly type: 'stopAnswer'; readonly id: string }
  /** Copy an answer's full text to the clipboard. */
  | { readonly type: 'copyAnswer'; readonly id: string }
  /** Insert an answer's full text at the cursor of the active editor. */
  | { readonly type: 'insertAnswer'; readonly id: string }
  /** Pin or unpin the current card. */
  | { readonly type: 'pin'; readonly pinned: boolean }
  /** The reader changed tab or card (so the host knows what is on screen). */
  | { readonly type: 'stateChanged'; readonly tab: Tab; readonly cardId: string | null };

/** Longest id (answer or term) accepted in a message. */
const MAX_ID_LENGTH = 200;
/** Longest answer chunk accepted by the webview in one message. */
const MAX_CHUNK_LENGTH = VIEW_TEXT_CAP;
/** Longest question or error message accepted by the webview. */
const MAX_LABEL_LENGTH = 20_000;
/** Most answers accepted in one `answers` message. */
const MAX_RECORDS = 100;

/** Glossary ids are lower-case kebab-case. */
const TERM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

type Fields = Record<string, unknown>;

function asObject(value: unknown): Fields | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : undefined;
}

function isId(value: unknown): value is string {
  // eslint-disable-next-line no-control-regex
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH && !/[\u0000-\u001f\u007f]/.test(value);
}

/** True when `value` has the shape of a glossary id (it may still be unknown to the glossary). */
export function isTermIdShape(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_ID_LENGTH && TERM_ID.test(value);
}

function isTab(value: unknown): value is Tab {
  return typeof value === 'string' && (TABS as readonly string[]).includes(value);
}

function isText(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/**
 * Validates a message from the webview. Returns a fresh object holding only the known fields,
 * or `undefined` for anything malformed or unknown (wrong types, extra commands, non-https URLs,
 * term ids the glossary does not have).
 * @param isKnownTerm decides whether a term id exists; without it only the id's shape is checked.
 */
export function parseWebviewMessage(message: unknown, isKnownTerm?: (id: string) => boolean): WebviewToHost | undefined {
  const m = asObject(message);
  if (!m) {
    return undefined;
  }
  const knownTerm = (id: unknown): id is string => isTermIdShape(id) && (isKnownTerm ? isKnownTerm(id) : true);
  switch (m.type) {
    case 'ready':
      return { type: 'ready' };
    case 'openExternal':
      return isHttpsUrl(m.url) ? { type: 'openExternal', url: m.url } : undefined;
    case 'runCommand':
      if (m.command === 'explainWithLlm') {
        return { type: 'runCommand', command: 'explainWithLlm' };
      }
      if (m.command === 'explainTerm' && knownTerm(m.termId)) {
        return { type: 'runCommand', command: 'explainTerm', termId: m.termId };
      }
      return undefined;
    case 'stopAnswer':
    case 'copyAnswer':
    case 'insertAnswer':
      return isId(m.id) ? { type: m.type, id: m.id } : undefined;
    case 'pin':
      return typeof m.pinned === 'boolean' ? { type: 'pin', pinned: m.pinned } : undefined;
    case 'stateChanged':
      if (!isTab(m.tab)) {
        return undefined;
      }
      if (m.cardId === null) {
        return { type: 'stateChanged', tab: m.tab, cardId: null };
      }
      return knownTerm(m.cardId) ? { type: 'stateChanged', tab: m.tab, cardId: m.cardId } : undefined;
    default:
      return undefined;
  }
}

function isStatus(value: unknown): value is AnswerStatus {
  return typeof value === 'string' && (ALL_STATUSES as readonly string[]).includes(value);
}

function isFinalStatus(value: unknown): value is FinalStatus {
  return isStatus(value) && value !== 'streaming';
}

/** Validates one answer as sent to the webview; returns a fresh object or `undefined`. */
export function parseAnswerView(value: unknown): AnswerView | undefined {
  const r = asObject(value);
  if (
    !r ||
    !isId(r.id) ||
    !isText(r.question, MAX_LABEL_LENGTH) ||
    !isText(r.model, MAX_ID_LENGTH) ||
    !isText(r.host, MAX_ID_LENGTH) ||
    !(r.termId === undefined || isTermIdShape(r.termId)) ||
    !isCount(r.startedAt) ||
    !isStatus(r.status) ||
    !(r.error === undefined || isText(r.error, MAX_LABEL_LENGTH)) ||
    !isText(r.text, VIEW_TEXT_CAP) ||
    !isCount(r.length)
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
    status: r.status,
    ...(r.error !== undefined ? { error: r.error } : {}),
    text: r.text,
    length: Math.max(r.length, r.text.length),
  };
}

/**
 * Validates a message from the host (the webview checks too: it renders nothing it has not
 * validated). Returns a fresh object or `undefined`.
 */
export function parseHostMessage(message: unknown): HostToWebview | undefined {
  const m = asObject(message);
  if (!m) {
    return undefined;
  }
  switch (m.type) {
    case 'showTerm':
      if (!isTermIdShape(m.id) || !(m.follow === undefined || typeof m.follow === 'boolean')) {
        return undefined;
      }
      return m.follow ? { type: 'showTerm', id: m.id, follow: true } : { type: 'showTerm', id: m.id };
    case 'showTab':
      return isTab(m.tab) ? { type: 'showTab', tab: m.tab } : undefined;
    case 'answers': {
      if (!Array.isArray(m.records) || m.records.length > MAX_RECORDS) {
        return undefined;
      }
      const records = m.records.map(parseAnswerView);
      return records.every((r): r is AnswerView => r !== undefined) ? { type: 'answers', records } : undefined;
    }
    case 'answerStarted': {
      const record = parseAnswerView(m.record);
      return record ? { type: 'answerStarted', record } : undefined;
    }
    case 'answerChunk':
      return isId(m.id) && isText(m.text, MAX_CHUNK_LENGTH) && isCount(m.length)
        ? { type: 'answerChunk', id: m.id, text: m.text, length: m.length }
        : undefined;
    case 'answerFinished':
      if (!isId(m.id) || !isFinalStatus(m.status) || !(m.error === undefined || isText(m.error, MAX_LABEL_LENGTH))) {
        return undefined;
      }
      return m.error !== undefined
        ? { type: 'answerFinished', id: m.id, status: m.status, error: m.error }
        : { type: 'answerFinished', id: m.id, status: m.status };
    case 'pinned':
      return typeof m.pinned === 'boolean' ? { type: 'pinned', pinned: m.pinned } : undefined;
    case 'focusSearch':
      return { type: 'focusSearch' };
    default:
      return undefined;
  }
}
