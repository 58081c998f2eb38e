/**
 * Removes API keys and bearer tokens from text before it reaches a log, a notification, an answer
 * record or the webview. Servers echo keys back in error bodies ("Incorrect API key provided:
 * sk-...") and transport errors can quote header values, so every string that leaves the chat
 * client passes through {@link redactSecrets}.
 *
 * Redaction is the second line of defence: the chat client never shows a server's free text for an
 * error status in the first place. It covers the transformed echoes that are cheap to recognise:
 * URL encoding, base64 (any alignment, either alphabet), hex, upper or lower case, HTML entities and
 * escapes per character, invisible characters between characters, and the key without its
 * `sk-…-` prefix.
 *
 * All patterns are character-class runs or literal alternatives (no nested quantifiers), so the
 * cost stays linear in the text length (times the key length for the per-character forms).
 */

/** What a removed secret is replaced with. */
export const REDACTED = '[redacted]';

/**
 * Exact secrets shorter than this are not searched for: replacing every "abc" in a message would
 * mangle it, and no real API key is that short.
 */
export const MIN_SECRET_LENGTH = 6;

/** The key without its prefix is searched for only when at least this long (`sk-` alone says little). */
const MIN_KEY_BODY_LENGTH = 12;

/** `Bearer <token>` (any case), as in an Authorization header value. */
const BEARER = /\b(bearer)\s+(?!\[redacted\])[^\s"',;&}\]]+/gi;

/** OpenAI-style keys (`sk-...`, `sk-proj-...`, also partially masked `sk-abc***xyz`). */
const SK_KEY = /\bsk-[A-Za-z0-9_*.-]{6,}/g;

/** `Authorization: [Basic] value`, `api_key=value`, `"api-key": "value"` and similar assignments. */
const ASSIGNMENT = /\b(authorization|api[_-]?key|x-api-key)(["']?\s*[:=]\s*["']?)((?:basic|token|digest)\s+)?(?!\[redacted\]|bearer\s)[^\s"',;&}\]]+/gi;

/** Prefixes of OpenAI-style keys that a server might drop when it echoes the rest. */
const KEY_PREFIX = /^sk-(?:(?:proj|svcacct|admin)-)?/;

/** Characters that render as nothing and can be slipped between the characters of an echoed key. */
const INVISIBLE = '[\\u00AD\\u180E\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2064\\uFEFF]*';

/**
 * Returns `text` with every occurrence of the given secrets (in the forms listed in the module
 * comment), every bearer token, every `sk-...` key and every `authorization:`/`api_key=` value
 * replaced by {@link REDACTED}.
 *
 * @param text Any string about to be shown or logged.
 * @param secrets Exact values to remove, typically the API key in use. Empty, missing and very
 *   short values are ignored (see {@link MIN_SECRET_LENGTH}).
 */
export function redactSecrets(text: string, secrets: readonly (string | undefined)[] = []): string {
  let out = redactExact(text, secrets);
  for (const secret of usable(secrets)) {
    for (const pattern of perCharacterPatterns(secret)) {
      out = out.replace(pattern, REDACTED);
    }
  }
  out = out.replace(BEARER, (_m, word: string) => `${word} ${REDACTED}`);
  out = out.replace(SK_KEY, REDACTED);
  out = out.replace(ASSIGNMENT, (_m, name: string, sep: string, scheme: string | undefined) => `${name}${sep}${scheme ?? ''}${REDACTED}`);
  return out;
}

/**
 * Replaces only the given secrets, in every form of {@link secretForms} and in any letter case,
 * with {@link REDACTED}, leaving everything else alone. For model answers, where "Bearer token" or
 * an `sk-...` example is content.
 *
 * @param text Any string.
 * @param secrets Exact values to remove; values shorter than {@link MIN_SECRET_LENGTH} are ignored.
 */
export function redactExact(text: string, secrets: readonly (string | undefined)[]): string {
  const forms = usable(secrets).flatMap(secretForms);
  return redactForms(text, forms);
}

/**
 * The literal forms in which an echoed secret is recognised (compared ignoring ASCII letter case):
 * the secret itself, its URL encoding, every byte percent-encoded, hex, base64 in both alphabets at
 * each of the three byte alignments (so it is found inside a larger base64 blob such as a
 * `Basic` credential), and for `sk-…` keys the same forms of the part after the prefix.
 * Forms shorter than {@link MIN_SECRET_LENGTH} are left out. Longest first.
 *
 * @param secret The secret, typically the API key in use.
 */
export function secretForms(secret: string): string[] {
  if (secret.length < MIN_SECRET_LENGTH) {
    return [];
  }
  const roots = [secret];
  const body = secret.replace(KEY_PREFIX, '');
  if (body !== secret && body.length >= MIN_KEY_BODY_LENGTH) {
    roots.push(body);
  }
  const forms = new Set<string>();
  for (const root of roots) {
    const bytes = new TextEncoder().encode(root);
    const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
    forms.add(root);
    forms.add(encodeURIComponent(root));
    forms.add(hex.replace(/../g, '%$&'));
    forms.add(hex);
    for (const b64 of base64Alignments(bytes)) {
      forms.add(b64);
      forms.add(b64.replace(/\+/g, '-').replace(/\//g, '_'));
    }
  }
  return [...forms].filter((f) => f.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
}

/**
 * Replaces every occurrence of the given forms (ASCII letter case ignored) with {@link REDACTED}.
 *
 * @param text Any string.
 * @param forms Literal forms, typically from {@link secretForms}; longer ones win where they overlap.
 */
export function redactForms(text: string, forms: readonly string[]): string {
  if (forms.length === 0 || text === '') {
    return text;
  }
  return text.replace(compiled(forms).pattern, REDACTED);
}

/**
 * Length of the longest end of `text` that is the start (but not the whole) of one of `forms`,
 * ASCII letter case ignored: the part of a streamed answer to hold back until the next piece
 * shows whether it becomes a secret. Linear in `text`'s tail times the number of forms for
 * ordinary text.
 *
 * @param text Text received so far and not yet passed on.
 * @param forms Literal forms, typically from {@link secretForms}.
 */
export function secretPrefixAtEnd(text: string, forms: readonly string[]): number {
  if (forms.length === 0) {
    return 0;
  }
  const { firsts, longest } = compiled(forms);
  // Only positions whose character starts some form can start a held-back tail; check those, longest first.
  for (let i = Math.max(0, text.length - (longest - 1)); i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!firsts.has(isAsciiLetter(c) ? c | 0x20 : c)) {
      continue;
    }
    for (const form of forms) {
      if (form.length > text.length - i && startsWithFolded(form, text, i)) {
        return text.length - i;
      }
    }
  }
  return 0;
}

/**
 * True when `value` shares a run of `run` characters (ASCII case ignored) with any form of the
 * secrets: for short server fields (an error `code`) that must not carry part of the key.
 *
 * @param value A short string, such as an error code.
 * @param secrets The secrets in use.
 * @param run Length of the shared run that counts; default 8.
 */
export function sharesSecretFragment(value: string, secrets: readonly (string | undefined)[], run = 8): boolean {
  const folded = value.toLowerCase();
  const forms = usable(secrets).flatMap(secretForms).map((f) => f.toLowerCase());
  for (let i = 0; i + run <= folded.length; i++) {
    const piece = folded.slice(i, i + run);
    if (forms.some((f) => f.includes(piece))) {
      return true;
    }
  }
  return false;
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

interface CompiledForms {
  /** All forms as one case-insensitive alternation, longest first. */
  readonly pattern: RegExp;
  /** First character code of every form, ASCII letters in lower case. */
  readonly firsts: ReadonlySet<number>;
  /** Length of the longest form. */
  readonly longest: number;
}

/** Compiled once per forms array (the chat client keeps one array per request). */
const COMPILED = new WeakMap<readonly string[], CompiledForms>();

function compiled(forms: readonly string[]): CompiledForms {
  let found = COMPILED.get(forms);
  if (!found) {
    const sorted = [...forms].sort((a, b) => b.length - a.length);
    found = {
      pattern: new RegExp(sorted.map(escapeRegExp).join('|'), 'gi'),
      firsts: new Set(forms.map((f) => {
        const c = f.charCodeAt(0);
        return isAsciiLetter(c) ? c | 0x20 : c;
      })),
      longest: sorted[0]?.length ?? 0,
    };
    COMPILED.set(forms, found);
  }
  return found;
}

function usable(secrets: readonly (string | undefined)[]): string[] {
  return [...new Set(secrets.filter((s): s is string => typeof s === 'string' && s.length >= MIN_SECRET_LENGTH))];
}

/**
 * Patterns for a secret written one character at a time in mixed ways: each character as itself
 * (any case), `%XX`, `&#NN;`, `&#xHH;`, `\xHH` or `\u00HH`, with invisible characters between.
 */
function perCharacterPatterns(secret: string): RegExp[] {
  const roots = [secret];
  const body = secret.replace(KEY_PREFIX, '');
  if (body !== secret && body.length >= MIN_KEY_BODY_LENGTH) {
    roots.push(body);
  }
  return roots.map((root) => new RegExp([...root].map(characterForms).join(INVISIBLE), 'gi'));
}

function characterForms(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  if (code > 0x7f) {
    return `(?:${escapeRegExp(ch)}|${escapeRegExp(encodeURIComponent(ch))})`;
  }
  const hex = code.toString(16).padStart(2, '0');
  return `(?:${escapeRegExp(ch)}|%${hex}|&#0*${code};?|&#x0*${hex};?|\\\\x${hex}|\\\\u00${hex})`;
}

/** The base64 characters that depend only on `bytes`, for each of the three offsets in a blob. */
function base64Alignments(bytes: Uint8Array): string[] {
  const out: string[] = [];
  for (let offset = 0; offset < 3; offset++) {
    const padded = new Uint8Array(offset + bytes.length);
    padded.set(bytes, offset);
    const encoded = btoa(String.fromCharCode(...padded));
    const start = Math.ceil((offset * 8) / 6);
    const end = Math.floor((padded.length * 8) / 6);
    out.push(encoded.slice(start, end));
  }
  return out;
}

function startsWithFolded(form: string, text: string, at: number): boolean {
  const n = text.length - at;
  for (let j = 0; j < n; j++) {
    const a = form.charCodeAt(j);
    const b = text.charCodeAt(at + j);
    if (a !== b && !(isAsciiLetter(a) && (a ^ 0x20) === b)) {
      return false;
    }
  }
  return true;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
