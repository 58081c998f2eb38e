/**
 * An injectable timer. Code that debounces or batches takes a {@link Schedule}, so tests run it with
 * a hand-cranked clock and assert on what happened, never on how long it took.
 */

/** Runs `callback` after `ms` milliseconds; returns a function that cancels it. */
export type Schedule = (callback: () => void, ms: number) => () => void;

/** The real timer: `setTimeout`, cancelled with `clearTimeout`. */
export const scheduleWithTimeout: Schedule = (callback, ms) => {
  const timer = setTimeout(callback, ms);
  return () => clearTimeout(timer);
};
