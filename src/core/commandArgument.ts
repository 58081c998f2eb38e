/**
 * Reading untrusted command arguments. Commands reached through hover command links get whatever
 * the link's JSON holds, so an argument is `unknown` until one of these has looked at it.
 */
import { truncate } from './redact';

/**
 * The term id in a command argument. Hover command links pass the id as a string, or as a
 * one-element array when the link's JSON wraps it once more. Anything else is not an id.
 * The id is only shaped here (trimmed); callers check it against the glossary.
 */
export function termIdArgument(arg: unknown): string | undefined {
  const value: unknown = Array.isArray(arg) && arg.length === 1 ? (arg as unknown[])[0] : arg;
  return typeof value === 'string' ? value.trim() : undefined;
}

/** A short, single-line form of untrusted text (such as an id from a crafted link) for a message. */
export function printable(text: string, max = 60): string {
  // eslint-disable-next-line no-control-regex
  return truncate(text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ''), max);
}
