/**
 * Small type guards for data that arrives as `unknown` (messages, workspace state). Shared by the
 * parsers in `answer.ts` and the webview protocol, so both sides read fields the same way.
 */

/** A plain object's fields, for reading an `unknown` value field by field. */
export type Fields = Record<string, unknown>;

/** The value as a plain object, or `undefined` for null, arrays and primitives. */
export function asObject(value: unknown): Fields | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : undefined;
}

/** True for a string of at most `max` characters. */
export function isBoundedText(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max;
}

/** True for a non-negative safe integer (a length, a count, epoch milliseconds). */
export function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
