import type { Schedule } from '../core/schedule';

/**
 * A boolean context key that turns true when something happens and false again a moment later.
 *
 * Why not simply true once: VS Code's walkthrough service starts when a walkthrough is first shown,
 * and an `onContext:` completion event whose key is already true at that moment is taken as seen
 * and never completes its step in that window. A short pulse is false almost all the time, so the
 * first hover after the walkthrough opens completes the step. It stays cheap: while the key is true,
 * further events send nothing, so a burst of hovers costs two messages.
 * No `vscode` import: the sender and the timer are injected.
 */
export class ContextPulse {
  /** Cancels the pending reset; set while the key is true. */
  private cancelReset: (() => void) | undefined;
  private disposed = false;

  /**
   * @param send sets the key to a value (in the extension: the `setContext` command).
   * @param schedule the timer for the reset.
   * @param ms how long the key stays true after an event.
   */
  constructor(
    private readonly send: (value: boolean) => void,
    private readonly schedule: Schedule,
    private readonly ms: number,
  ) {}

  /** Whether the key is true now (an event happened less than `ms` ago). */
  get on(): boolean {
    return this.cancelReset !== undefined;
  }

  /** Records the event: sets the key unless it is already true, and schedules its reset. */
  fire(): void {
    if (this.disposed || this.cancelReset) {
      return;
    }
    this.cancelReset = this.schedule(() => {
      this.cancelReset = undefined;
      this.send(false);
    }, this.ms);
    this.send(true);
  }

  /** Stops the pending reset and ignores later events. */
  dispose(): void {
    this.disposed = true;
    this.cancelReset?.();
    this.cancelReset = undefined;
  }
}
