/**
 * Removes API keys and bearer tokens from text before it reaches a log, a notification, an answer
 * record or the webview. Servers echo keys back in error bodies ("Incorrect API key provided:
 * sk-...") and transport errors can quote header values, so every string that leaves the chat
 * client passes through {@link redactSecrets}.
 *
 * All patterns are simple character-class runs (no nested quantifiers), so the cost stays linear
 * in the text length.
 */

/** What a removed secret is replaced with. */
export const REDACTED = '[redacted]';

/**
 * Exact secrets shorter than this are not searched for: replacing every "abc" in a message would
 * mangle it, and no real API key is that short.
 */
export const MIN_SECRET_LENGTH = 6;

/** `Bearer <token>` (any case), as in an Authorization header value. */
const BEARER = /\b(bearer)\s+(?!\[redacted\])[^\s"',;&}\]]+/gi;

/** OpenAI-style keys (`sk-...`, `sk-proj-...`, also partially masked `sk-abc***xyz`). */
const SK_KEY = /\bsk-[A-Za-z0-9_*.-]{6,}/g;

/** `Authorization: [Basic] value`, `api_key=value`, `"api-key": "value"` and similar assignments. */
const ASSIGNMENT = /\b(authorization|api[_-]?key|x-api-key)(["']?\s*[:=]\s*["']?)((?:basic|token|digest)\s+)?(?!\[redacted\]|bearer\s)[^\s"',;&}\]]+/gi;

/**
 * Returns `text` with every occurrence of the given secrets (and their URL-encoded forms), every
 * bearer token, every `sk-...` key and every `authorization:`/`api_key=` value replaced by
 * {@link REDACTED}.
 *
 * @param text Any string about to be shown or logged.
 * @param secrets Exact values to remove, typically the API key in use. Empty, missing and very
 *   short values are ignored (see {@link MIN_SECRET_LENGTH}).
 */
export function redactSecrets(text: string, secrets: readonly (string | undefined)[] = []): string {
  let out = redactExact(text, secrets);
  out = out.replace(BEARER, (_m, word: string) => `${word} ${REDACTED}`);
  out = out.replace(SK_KEY, REDACTED);
  out = out.replace(ASSIGNMENT, (_m, name: string, sep: string, scheme: string | undefined) => `${name}${sep}${scheme ?? ''}${REDACTED}`);
  return out;
}

/**
 * Replaces only the given secrets (and their URL-encoded forms) with {@link REDACTED}, leaving
 * everything else alone. For model answers, where "Bearer token" or an `sk-...` example is content.
 *
 * @param text Any string.
 * @param secrets Exact values to remove; values shorter than {@link MIN_SECRET_LENGTH} are ignored.
 */
export function redactExact(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  const exact = new Set<string>();
  for (const secret of secrets) {
    if (typeof secret === 'string' && secret.length >= MIN_SECRET_LENGTH) {
      exact.add(secret);
      exact.add(encodeURIComponent(secret));
    }
  }
  // Longest first, so a secret that contains another is removed whole.
  for (const secret of [...exact].sort((a, b) => b.length - a.length)) {
    out = out.split(secret).join(REDACTED);
  }
  return out;
}

/**
 * Shortens `text` to at most `max` characters (adding an ellipsis), so a server's error body or a
 * user's selection cannot flood a notification or a prompt.
 *
 * @param text The text to shorten.
 * @param max Maximum length of the result, ellipsis included; at least 1.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) {
    return text;
  }
  let end = Math.max(0, max - 1);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) {
    end -= 1; // never split a surrogate pair
  }
  return `${text.slice(0, end)}…`;
}
