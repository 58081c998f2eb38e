/**
 * The contract between the LLM commands (which produce answers) and the sidebar (which shows and
 * keeps them). Kept free of `vscode` so both sides and the unit tests can use it.
 */
import type { AnswerRecord, FinalStatus } from '../core/answer';

/** Where answers go. Implemented by the sidebar view provider. */
export interface AnswerSink {
  /** Starts a new answer (status `streaming`, empty text) and reveals it in the sidebar. */
  start(record: Omit<AnswerRecord, 'text' | 'status' | 'error'>): Promise<void>;
  /** Appends a chunk of answer text. Ignored for unknown or finished ids. */
  append(id: string, chunk: string): void;
  /** Ends an answer with its final status. */
  finish(id: string, status: FinalStatus, error?: string): void;
  /** Fires when the user presses Stop on an answer in the sidebar. */
  onDidRequestStop(listener: (id: string) => void): { dispose(): void };
  /** The answers currently kept, newest first (for tests and the copy/insert actions). */
  records(): readonly AnswerRecord[];
}
