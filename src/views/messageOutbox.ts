/**
 * Batches messages to the webview while an answer streams: chunks of the same answer merge, and the
 * batch goes out after a short delay, so a fast stream becomes a few messages instead of thousands.
 * No `vscode` import: the poster and the timer are injected.
 */
import { scheduleWithTimeout, type Schedule } from '../core/schedule';
import type { HostToWebview } from './protocol';

/** How long queued messages wait before they go to the webview. */
export const FLUSH_MS = 40;

/** A queue of host-to-webview messages with chunk merging and a delayed flush. */
export class MessageOutbox {
  private messages: HostToWebview[] = [];
  private cancelFlush: (() => void) | undefined;

  /**
   * @param post sends one message to the webview now.
   * @param schedule the flush timer; defaults to `setTimeout`.
   */
  constructor(
    private readonly post: (message: HostToWebview) => void,
    private readonly schedule: Schedule = scheduleWithTimeout,
  ) {}

  /** Queues a message; an `answerChunk` right after another for the same answer merges into it. */
  queue(message: HostToWebview): void {
    const last = this.messages[this.messages.length - 1];
    if (message.type === 'answerChunk' && last?.type === 'answerChunk' && last.id === message.id) {
      this.messages[this.messages.length - 1] = { ...last, text: last.text + message.text, length: message.length };
    } else {
      this.messages.push(message);
    }
    this.cancelFlush ??= this.schedule(() => this.flush(), FLUSH_MS);
  }

  /** Sends everything queued now. */
  flush(): void {
    this.cancelFlush?.();
    this.cancelFlush = undefined;
    const messages = this.messages;
    this.messages = [];
    for (const message of messages) {
      this.post(message);
    }
  }

  /** Drops everything queued (a fresh snapshot replaces it, or nobody can receive it). */
  clear(): void {
    this.cancelFlush?.();
    this.cancelFlush = undefined;
    this.messages = [];
  }
}
