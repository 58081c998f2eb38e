/**
 * The contract between the LLM commands (which produce answers) and the sidebar (which shows and
 * keeps them). Kept free of `vscode` so both sides and the unit tests can use it.
 */

/** How an answer ended, or that it is still arriving. */
export type AnswerStatus =
  /** Chunks are still arriving. */
  | 'streaming'
  /** The stream ended with `[DONE]` or a finish_reason of `stop`. */
  | 'complete'
  /** The stream ended without `[DONE]`/finish_reason, or the model stopped at its length limit. */
  | 'truncated'
  /** The stream stalled or the connection broke after some text arrived. */
  | 'interrupted'
  /** The user stopped it (Stop button, Cancel, or a second request). */
  | 'cancelled'
  /** The request failed; `error` says why. */
  | 'error';

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

/** Where answers go. Implemented by the sidebar view provider. */
export interface AnswerSink {
  /** Starts a new answer (status `streaming`, empty text) and reveals it in the sidebar. */
  start(record: Omit<AnswerRecord, 'text' | 'status' | 'error'>): Promise<void>;
  /** Appends a chunk of answer text. Ignored for unknown or finished ids. */
  append(id: string, chunk: string): void;
  /** Ends an answer with its final status. */
  finish(id: string, status: Exclude<AnswerStatus, 'streaming'>, error?: string): void;
  /** Fires when the user presses Stop on an answer in the sidebar. */
  onDidRequestStop(listener: (id: string) => void): { dispose(): void };
  /** The answers currently kept, newest first (for tests and the copy/insert actions). */
  records(): readonly AnswerRecord[];
}
