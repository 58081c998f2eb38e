/**
 * The one shape check for glossary term ids. Ids arrive from command links, webview messages and
 * workspace state, so every reader asks this before it looks an id up.
 */

/** Longest term id accepted anywhere (the longest built-in id is under 40 characters). */
export const MAX_TERM_ID_LENGTH = 100;

/** Lower-case kebab-case: letters and digits in groups joined by single hyphens. */
const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * True when `value` has the shape of a glossary term id (`mesa-optimizer`). Says nothing about
 * whether a glossary has it: callers that need that look it up afterwards.
 */
export function isTermId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_TERM_ID_LENGTH && KEBAB_CASE.test(value);
}
