/**
 * The answers the sidebar keeps: newest first, at most the history size, and saved to workspace
 * state. No `vscode` import (lint-enforced): storage and timers are injected, so the unit tests
 * drive it with a map and a hand-cranked clock.
 *
 * Saving: a snapshot is written once per burst of changes (debounced), only when an answer has
 * finished or left the history, never per streamed chunk, and within a total size budget. Answers
 * still streaming are written only when the store is disposed (window closed or reloaded), marked
 * interrupted.
 */
import { INTERRUPTED_BY_RELOAD } from '../core/llmMessages';
import { isFinalStatus, parseAnswerRecord, type AnswerRecord, type FinalStatus } from '../core/answer';
import { scheduleWithTimeout, type Schedule } from '../core/schedule';

/** Where the answers live in workspace state. */
export const ANSWERS_KEY = 'aiSafety.answers.v1';
/** Characters of each answer kept in workspace state; the live record in memory keeps more. */
export const STORED_TEXT_CAP = 200_000;
/** Characters of all answers together kept in workspace state (newest answers first). */
export const STORED_TOTAL_BUDGET = 1_000_000;
/** Characters of an answer kept in memory (for Copy and Insert); a runaway stream stops growing here. */
export const MEMORY_TEXT_CAP = 20_000_000;
/** How long the store waits after a change before it writes, so a burst of changes is one write. */
export const PERSIST_DEBOUNCE_MS = 500;
/** The error an answer gets when the window closed while it streamed. */
export { INTERRUPTED_BY_RELOAD };

/** The part of `vscode.Memento` the store uses. */
export interface AnswerStorage {
  /** The stored value, or undefined. */
  get(key: string): unknown;
  /** Stores a JSON-serialisable value. */
  update(key: string, value: unknown): PromiseLike<void>;
}

/** What the store needs. */
export interface AnswerStoreOptions {
  /** Workspace state (or a map in tests). */
  readonly storage: AnswerStorage;
  /** How many answers to keep (read on every change, so a setting change applies at once). */
  readonly historySize: () => number;
  /** Timer for the debounced write; defaults to `setTimeout`. */
  readonly schedule?: Schedule;
  /** Told when a write failed (the answers stay in memory). */
  readonly onSaveError?: (err: unknown) => void;
  /** The reason given to an answer cut off by a reload, in the display language; default {@link INTERRUPTED_BY_RELOAD}. */
  readonly interruptedText?: string;
}

/** What {@link AnswerStore.append} did: the record and how long its text was before the chunk. */
export interface Appended {
  /** The record after the chunk. */
  readonly record: AnswerRecord;
  /** Length of the text before this chunk (the new text starts there). */
  readonly before: number;
}

/** The answers, newest first, with their persistence. */
export class AnswerStore {
  private readonly answers: AnswerRecord[];
  private cancelWrite: (() => void) | undefined;

  constructor(private readonly options: AnswerStoreOptions) {
    this.answers = this.load();
  }

  /** The answers kept, newest first (a copy of the list; the records are live). */
  records(): readonly AnswerRecord[] {
    return [...this.answers];
  }

  /** The answer with `id`, if kept. */
  find(id: string): AnswerRecord | undefined {
    return this.answers.find((r) => r.id === id);
  }

  /**
   * Starts an answer (empty text, status `streaming`) at the top of the list; older answers beyond
   * the history size leave it. Returns the record, or undefined when the id is already taken.
   */
  start(record: Omit<AnswerRecord, 'text' | 'status' | 'error'>): AnswerRecord | undefined {
    if (this.find(record.id)) {
      return undefined;
    }
    const full: AnswerRecord = { ...record, text: '', status: 'streaming' };
    this.answers.unshift(full);
    const dropped = this.answers.splice(Math.max(1, this.historySize()));
    if (dropped.some((r) => r.status !== 'streaming')) {
      this.saveSoon();
    }
    return full;
  }

  /**
   * Appends a chunk to a streaming answer (up to {@link MEMORY_TEXT_CAP} characters). Returns what
   * changed, or undefined when nothing did (unknown or finished id, empty chunk, answer full).
   * Never writes: streaming text is saved when the answer finishes.
   */
  append(id: string, chunk: string): Appended | undefined {
    const record = this.find(id);
    if (!record || record.status !== 'streaming' || typeof chunk !== 'string' || chunk.length === 0) {
      return undefined;
    }
    const before = record.text.length;
    const room = MEMORY_TEXT_CAP - before;
    if (room <= 0) {
      return undefined;
    }
    record.text += chunk.length > room ? chunk.slice(0, room) : chunk;
    return { record, before };
  }

  /** Ends a streaming answer. Returns the record, or undefined for unknown or finished ids and non-final statuses. */
  finish(id: string, status: FinalStatus, error?: string): AnswerRecord | undefined {
    const record = this.find(id);
    if (!record || record.status !== 'streaming' || !isFinalStatus(status)) {
      return undefined;
    }
    record.status = status;
    if (error !== undefined) {
      record.error = String(error);
    }
    this.saveSoon();
    return record;
  }

  /**
   * Writes now: the finished answers, and (when `closing`) the streaming ones marked interrupted,
   * because the window is going away. Cancels a pending debounced write.
   */
  save(closing = false): Promise<void> {
    this.cancelWrite?.();
    this.cancelWrite = undefined;
    const snapshot = storedSnapshot(this.answers.slice(0, this.historySize()), closing, this.options.interruptedText);
    return Promise.resolve(this.options.storage.update(ANSWERS_KEY, snapshot)).catch((err: unknown) => this.options.onSaveError?.(err));
  }

  /** Writes what is pending and stops the timer. Streaming answers are saved as interrupted. */
  dispose(): void {
    const pending = this.cancelWrite !== undefined;
    if (pending || this.answers.some((r) => r.status === 'streaming')) {
      void this.save(true);
    }
  }

  private saveSoon(): void {
    this.cancelWrite ??= (this.options.schedule ?? scheduleWithTimeout)(() => {
      this.cancelWrite = undefined;
      void this.save();
    }, PERSIST_DEBOUNCE_MS);
  }

  private historySize(): number {
    return this.options.historySize();
  }

  private load(): AnswerRecord[] {
    const stored = this.options.storage.get(ANSWERS_KEY);
    if (!Array.isArray(stored)) {
      return [];
    }
    const records: AnswerRecord[] = [];
    for (const item of stored) {
      const record = parseAnswerRecord(item);
      if (record?.status === 'streaming') {
        // Written by an older version while it streamed: keep what arrived, say so.
        records.push({ ...record, status: 'interrupted', error: this.options.interruptedText ?? INTERRUPTED_BY_RELOAD });
      } else if (record) {
        records.push(record);
      }
    }
    return records.slice(0, Math.max(1, this.historySize()));
  }
}

/**
 * The records as written to workspace state, newest first: finished answers (and, when closing,
 * streaming ones marked interrupted), each cut to {@link STORED_TEXT_CAP} characters, all together
 * within {@link STORED_TOTAL_BUDGET}; answers past the budget are left out.
 */
export function storedSnapshot(records: readonly AnswerRecord[], closing: boolean, interrupted = INTERRUPTED_BY_RELOAD): AnswerRecord[] {
  const out: AnswerRecord[] = [];
  let budget = STORED_TOTAL_BUDGET;
  for (const r of records) {
    if (r.status === 'streaming' && !closing) {
      continue;
    }
    if (budget <= 0) {
      break;
    }
    const keep = Math.min(STORED_TEXT_CAP, budget);
    const text = r.text.length > keep ? r.text.slice(0, keep) : r.text;
    budget -= text.length;
    out.push(r.status === 'streaming' ? { ...r, text, status: 'interrupted', error: interrupted } : { ...r, text });
  }
  return out;
}
