/**
 * The messages between the extension host and the explainer webview: one `{ type }` union per
 * direction, shared by both sides, and validators that turn `unknown` into a typed message or
 * `undefined`. Nothing from the other side is used before it passed a validator.
 *
 * No `vscode` import: this module is bundled into the webview too.
 */
import { MAX_ANSWER_LABEL_LENGTH, isAnswerId, isFinalStatus, parseAnswerRecord, type AnswerRecord, type FinalStatus } from '../core/answer';
import { isTermId } from '../core/ids';
import { isHttpsUrl } from '../core/url';
import { asObject, isBoundedText as isText, isCount } from '../core/validate';

export type { FinalStatus } from '../core/answer';

/** The sidebar's tabs. */
export type Tab = 'explainer' | 'glossary' | 'answers';

/** All tabs, in display order. */
export const TABS: readonly Tab[] = ['explainer', 'glossary', 'answers'];

/**
 * How many characters of an answer the host sends to the webview (and the webview renders).
 * Longer answers stay whole in the host, for Copy and Insert.
 */
export const VIEW_TEXT_CAP = 100_000;

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
  | { readonly type: 'pinned'; readonly pinned: boolean };

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
  /** Open a glossary file's term at its definition, in the editor. */
  | { readonly type: 'openTermSource'; readonly termId: string }
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

/** Longest answer chunk accepted by the webview in one message. */
const MAX_CHUNK_LENGTH = VIEW_TEXT_CAP;
/** Longest error message accepted by the webview. */
const MAX_ERROR_LENGTH = MAX_ANSWER_LABEL_LENGTH;
/** Most answers accepted in one `answers` message. */
const MAX_RECORDS = 100;

function isTab(value: unknown): value is Tab {
  return typeof value === 'string' && (TABS as readonly string[]).includes(value);
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
  const knownTerm = (id: unknown): id is string => isTermId(id) && (isKnownTerm ? isKnownTerm(id) : true);
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
    case 'openTermSource':
      return knownTerm(m.termId) ? { type: 'openTermSource', termId: m.termId } : undefined;
    case 'stopAnswer':
    case 'copyAnswer':
    case 'insertAnswer':
      return isAnswerId(m.id) ? { type: m.type, id: m.id } : undefined;
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

/** Validates one answer as sent to the webview; returns a fresh object or `undefined`. */
export function parseAnswerView(value: unknown): AnswerView | undefined {
  const record = parseAnswerRecord(value, VIEW_TEXT_CAP);
  const length = asObject(value)?.length;
  if (!record || !isCount(length)) {
    return undefined;
  }
  return { ...record, length: Math.max(length, record.text.length) };
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
      if (!isTermId(m.id) || !(m.follow === undefined || typeof m.follow === 'boolean')) {
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
      return isAnswerId(m.id) && isText(m.text, MAX_CHUNK_LENGTH) && isCount(m.length)
        ? { type: 'answerChunk', id: m.id, text: m.text, length: m.length }
        : undefined;
    case 'answerFinished':
      if (!isAnswerId(m.id) || !isFinalStatus(m.status) || !(m.error === undefined || isText(m.error, MAX_ERROR_LENGTH))) {
        return undefined;
      }
      return m.error !== undefined
        ? { type: 'answerFinished', id: m.id, status: m.status, error: m.error }
        : { type: 'answerFinished', id: m.id, status: m.status };
    case 'pinned':
      return typeof m.pinned === 'boolean' ? { type: 'pinned', pinned: m.pinned } : undefined;
    default:
      return undefined;
  }
}
