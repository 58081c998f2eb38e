/**
 * Encoded blobs: base64 (data URIs, notebook images, inline source maps), hex digests, source-map
 * `"mappings"` strings, API keys and other long random-looking tokens. Letters in them spell
 * `IDA`, `SAE`, `RlhF`… by chance, so no term is ever annotated inside one.
 *
 * The rule reads only a bounded stretch around a match ({@link BLOB_SCAN_RADIUS} characters on each
 * side), so it costs the same on a 5 MB line as on a short one, and it depends only on the
 * surrounding non-whitespace token: checking a line gives the same answer as checking the whole text.
 *
 * A match is inside a blob when either
 * - its **core** (the run of base64/hex/identifier characters `[A-Za-z0-9+/=_-]` around it) is at least
 *   {@link MIN_BLOB_CORE} long and random-looking: the core is cut into alphanumeric segments, and a
 *   segment of {@link MIN_RANDOM_SEGMENT}+ characters is random when it breaks into identifier words
 *   (at letter/digit changes and case humps) at {@link RANDOM_BREAK_RATE} or more of its positions:
 *   random base64 makes words of about two characters, identifiers of any convention
 *   (`AtomicRedTeam`, `RlhfRewardModel`, `sparse_autoencoder_v2`) of four or more.
 *   The match is in a blob when its own segment is random or {@link RANDOM_SHARE} of the core is. So a
 *   URL such as `posts/d6DvuCKH5bSoT62DB/compendium-of-problems-with-rlhf` (one random id among words)
 *   keeps its term, while `IDA` between two `/` of a base64 payload does not;
 * - its core is {@link MIN_HEX_DIGEST} or more hexadecimal digits with at least one digit (a hash);
 * - its non-whitespace **token** is at least {@link MIN_LONG_TOKEN} long, made almost entirely
 *   ({@link LONG_TOKEN_BLOB_SHARE}) of base64/VLQ characters (including `,` and `;`) and random-looking:
 *   the shape of a source map's `"mappings":"AAAA,SAAS;…"` or a wrapped base64 payload.
 */

/** Characters read on each side of a match when measuring its token. */
export const BLOB_SCAN_RADIUS = 256;

/** Shortest core that can be a blob; shorter runs are words and identifiers. */
export const MIN_BLOB_CORE = 24;

/** Shortest alphanumeric segment of a core that is measured for randomness. */
export const MIN_RANDOM_SEGMENT = 12;

/** Share of a core in random-looking segments from which the core is a blob. */
export const RANDOM_SHARE = 0.5;

/**
 * Word breaks per character from which an alphanumeric segment counts as random: random base64
 * breaks at about 0.5 of its positions (words of about two characters); identifiers in any
 * convention break at 0.1–0.3 (`AtomicRedTeam`, `RlhfTrainerV2Config`, `layer12head3`).
 */
export const RANDOM_BREAK_RATE = 0.34;

/** Shortest run of hex digits treated as a digest (MD5 is 32, a short git hash would be 7–12). */
export const MIN_HEX_DIGEST = 32;

/** Shortest non-whitespace token measured as a whole (source-map mappings, wrapped payloads). */
export const MIN_LONG_TOKEN = 200;

/** Share of base64/VLQ characters from which a long token counts as encoded data. */
export const LONG_TOKEN_BLOB_SHARE = 0.9;

/** Share of class changes from which a long token counts as random (VLQ mappings are about 0.5). */
export const LONG_TOKEN_TRANSITION_RATE = 0.3;

const OTHER = 0;
const UPPER = 1;
const LOWER = 2;
const DIGIT = 3;

function classOf(c: number): number {
  if (c >= 0x41 && c <= 0x5a) {
    return UPPER;
  }
  if (c >= 0x61 && c <= 0x7a) {
    return LOWER;
  }
  if (c >= 0x30 && c <= 0x39) {
    return DIGIT;
  }
  return OTHER;
}

/** `[A-Za-z0-9+/=_-]`: base64 (standard and URL-safe), hex, and identifier characters. */
function isCoreChar(c: number): boolean {
  return classOf(c) !== OTHER || c === 0x2b || c === 0x2f || c === 0x3d || c === 0x5f || c === 0x2d;
}

/** Core characters plus the separators of source-map mappings (`,` and `;`). */
function isEncodedChar(c: number): boolean {
  return isCoreChar(c) || c === 0x2c || c === 0x3b;
}

function isWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c || c === 0x0b || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0xfeff;
}

function isHex(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
}

/** Class changes per position over `text[from, to)`. */
function transitionRate(text: string, from: number, to: number): number {
  if (to - from < 2) {
    return 0;
  }
  let changes = 0;
  let previous = classOf(text.charCodeAt(from));
  for (let i = from + 1; i < to; i++) {
    const cls = classOf(text.charCodeAt(i));
    if (cls !== previous) {
      changes++;
    }
    previous = cls;
  }
  return changes / (to - from - 1);
}

/**
 * Word breaks per position in the alphanumeric `text[from, to)`, where identifiers break words:
 * letter/digit changes, lower-to-upper (`red|Team`) and the last capital of a run before a lower-case
 * letter (`HTTP|Server`).
 */
function wordBreakRate(text: string, from: number, to: number): number {
  if (to - from < 2) {
    return 0;
  }
  let breaks = 0;
  for (let i = from + 1; i < to; i++) {
    const before = classOf(text.charCodeAt(i - 1));
    const here = classOf(text.charCodeAt(i));
    if ((before === DIGIT) !== (here === DIGIT)) {
      breaks++;
    } else if (here === UPPER && before === LOWER) {
      breaks++;
    } else if (here === UPPER && before === UPPER && i + 1 < to && classOf(text.charCodeAt(i + 1)) === LOWER) {
      breaks++;
    }
  }
  return breaks / (to - from - 1);
}

/** Extends `[start, end)` left and right while `keep` holds, at most {@link BLOB_SCAN_RADIUS} each way. */
function extend(text: string, start: number, end: number, keep: (c: number) => boolean): { from: number; to: number } {
  let from = start;
  const minFrom = Math.max(0, start - BLOB_SCAN_RADIUS);
  while (from > minFrom && keep(text.charCodeAt(from - 1))) {
    from--;
  }
  let to = end;
  const maxTo = Math.min(text.length, end + BLOB_SCAN_RADIUS);
  while (to < maxTo && keep(text.charCodeAt(to))) {
    to++;
  }
  return { from, to };
}

/**
 * True when the occurrence `text[start, end)` lies inside an encoded blob (see the module comment
 * for the rule). Reads at most {@link BLOB_SCAN_RADIUS} characters on each side of the occurrence.
 *
 * @param text The text the occurrence was found in (a line or a whole document: same answer).
 * @param start UTF-16 offset of the occurrence.
 * @param end UTF-16 offset just after it.
 */
export function isInBlob(text: string, start: number, end: number): boolean {
  const core = extend(text, start, end, isCoreChar);
  const coreLength = core.to - core.from;
  if (coreLength >= MIN_BLOB_CORE) {
    // Split the core into alphanumeric segments; sum the random-looking ones.
    let random = 0;
    let matchSegmentRandom = false;
    let i = core.from;
    while (i < core.to) {
      while (i < core.to && classOf(text.charCodeAt(i)) === OTHER) {
        i++;
      }
      const from = i;
      while (i < core.to && classOf(text.charCodeAt(i)) !== OTHER) {
        i++;
      }
      if (i - from >= MIN_RANDOM_SEGMENT && wordBreakRate(text, from, i) >= RANDOM_BREAK_RATE) {
        random += i - from;
        matchSegmentRandom ||= from < end && start < i;
      }
    }
    if (matchSegmentRandom || random / coreLength >= RANDOM_SHARE) {
      return true;
    }
  }
  if (coreLength >= MIN_HEX_DIGEST) {
    let hex = 0;
    let digits = 0;
    for (let i = core.from; i < core.to; i++) {
      const c = text.charCodeAt(i);
      if (isHex(c)) {
        hex++;
        digits += c <= 0x39 ? 1 : 0;
      } else {
        hex = 0;
        digits = 0;
      }
      if (hex >= MIN_HEX_DIGEST && digits > 0 && i >= start && i - hex + 1 < end) {
        return true;
      }
    }
  }
  const token = extend(text, start, end, (c) => !isWhitespace(c));
  const tokenLength = token.to - token.from;
  if (tokenLength < MIN_LONG_TOKEN) {
    return false;
  }
  let encoded = 0;
  for (let i = token.from; i < token.to; i++) {
    encoded += isEncodedChar(text.charCodeAt(i)) ? 1 : 0;
  }
  return encoded / tokenLength >= LONG_TOKEN_BLOB_SHARE && transitionRate(text, token.from, token.to) >= LONG_TOKEN_TRANSITION_RATE;
}
