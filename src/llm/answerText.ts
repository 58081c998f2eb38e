/**
 * The answer text of one request, as it streams: what reaches the consumer, and what is held back
 * because it could be the start of the API key. Free of `vscode` and of the SDK.
 */
import { MIN_SECRET_LENGTH, REDACTED, redactForms, secretForms, secretPrefixAtEnd } from '../core/redact';

/**
 * Collects the answer and hands it to `onDelta`, holding back only a tail that could be the start of
 * the API key in any form redaction recognises (see `secretForms`), so a server echoing the key,
 * even split across events, cannot get it into the answer (and from there into the sidebar or
 * workspace state).
 */
export class AnswerText {
  private sent = '';
  private pending = '';
  private received = 0;
  private readonly forms: readonly string[];

  constructor(
    key: string,
    private readonly onDelta: (text: string) => void,
    private readonly mayEmit: () => boolean,
  ) {
    this.forms = secretForms(key);
  }

  /** Characters received from the server so far. */
  get length(): number {
    return this.received;
  }

  /** Takes the next piece from the server and passes on everything that cannot be the start of the key. */
  add(piece: string): void {
    this.received += piece.length;
    this.pending = redactForms(this.pending + piece, this.forms);
    const hold = secretPrefixAtEnd(this.pending, this.forms);
    this.emit(this.pending.slice(0, this.pending.length - hold));
    this.pending = this.pending.slice(this.pending.length - hold);
  }

  /**
   * Ends the answer and returns the text delivered, which is exactly the concatenation of every
   * `onDelta` call. What is still held back is dropped when `cut` (we stopped the answer, so it may
   * be the key cut short); otherwise it is sent, or replaced by the redaction mark when it is long
   * enough to be a real piece of the key. After a user stop nothing more is sent.
   *
   * @param cut Whether the answer was cut off by us (a limit, a timeout or a stop).
   */
  finish(cut: boolean): string {
    if (!cut) {
      this.emit(this.pending.length >= MIN_SECRET_LENGTH ? REDACTED : this.pending);
    }
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
}
