/**
 * Character classes and word boundaries for the term matcher: which characters can be part of a
 * term (and as which symbol), and where a word may start or end. Pure tables and small functions,
 * shared by the compiler ({@link ./automaton}) and the scan ({@link ./scan}).
 */

/** Symbols 0-25 are the letters a-z, 26-35 the digits 0-9 ({@link SYM_ALNUM} in all). */
export const SYM_ALNUM = 36;
/** Symbol of a word break in text: space, tab, hyphen, underscore, no-break spaces, typographic hyphens. */
export const SYM_SEP = 36;
/** Symbol of an apostrophe in text: `'`, `’` (U+2019) or `ʼ` (U+02BC). */
export const SYM_APOS = 37;
/** Symbol of a character outside ASCII that is not a break or an apostrophe (in the start filter). */
export const SYM_OTHER = 38;
/** Symbol of an ASCII character that can never be part of a term, or the end of the text. */
export const SYM_NONE = 39;
/** Number of symbols the start filter distinguishes. */
export const SYM_COUNT = 40;

/** Largest run of spaces, tabs or no-break spaces accepted between two words of a term. */
export const MAX_SPACE_RUN = 3;

/** Character class bit: a letter or digit (ASCII or not). */
export const WORD = 1;
/** Character class bit: an ASCII capital. */
export const UPPER = 2;
/** Character class bit: an ASCII lower-case letter. */
export const LOWER = 4;
/** Character class bit: an ASCII digit. */
export const DIGIT = 8;

/** Compact class code (indexes the start filter's rows): not a word character. */
export const CODE_NON_WORD = 0;
/** Compact class code: an ASCII lower-case letter. */
export const CODE_LOWER = 1;
/** Compact class code: an ASCII capital. */
export const CODE_UPPER = 2;
/** Compact class code: an ASCII digit. */
export const CODE_DIGIT = 3;
/** Compact class code: outside ASCII, classified exactly only when needed. */
export const CODE_OTHER = 4;
/** Character codes at or above this are folded to it (DEL, 127) when indexing 128-wide tables. */
export const FOLD = 127;

/** Per ASCII code: class bits. Built once; never mutated after construction. */
export const ASCII_CLASS: Uint8Array = /* @__PURE__ */ (() => {
  const t = new Uint8Array(128);
  for (let c = 0x30; c <= 0x39; c++) {
    t[c] = WORD | DIGIT;
  }
  for (let c = 0x41; c <= 0x5a; c++) {
    t[c] = WORD | UPPER;
  }
  for (let c = 0x61; c <= 0x7a; c++) {
    t[c] = WORD | LOWER;
  }
  return t;
})();

/** Per ASCII code (0-127): its compact class code; 127 (DEL) stands for "outside ASCII". */
export const ASCII_CODE: Uint8Array = /* @__PURE__ */ (() => {
  const t = new Uint8Array(128);
  for (let c = 0; c < 128; c++) {
    const cls = ASCII_CLASS[c] ?? 0;
    t[c] = cls & LOWER ? CODE_LOWER : cls & UPPER ? CODE_UPPER : cls & DIGIT ? CODE_DIGIT : CODE_NON_WORD;
  }
  t[FOLD] = CODE_OTHER;
  return t;
})();

/** Class bits for a compact class code (the inverse of {@link ASCII_CODE}, for building tables). */
export const CODE_CLASS: readonly number[] = [0, WORD | LOWER, WORD | UPPER, WORD | DIGIT, 0];

/** Per ASCII code: symbol (letters case-folded), {@link SYM_SEP}, {@link SYM_APOS}, or -1 when the character cannot be part of a term. */
export const ASCII_SYMBOL: Int8Array = /* @__PURE__ */ (() => {
  const t = new Int8Array(128).fill(-1);
  for (let c = 0; c < 26; c++) {
    t[0x41 + c] = c;
    t[0x61 + c] = c;
  }
  for (let c = 0; c < 10; c++) {
    t[0x30 + c] = 26 + c;
  }
  t[0x20] = SYM_SEP; // space
  t[0x09] = SYM_SEP; // tab
  t[0x2d] = SYM_SEP; // hyphen-minus
  t[0x5f] = SYM_SEP; // underscore
  t[0x27] = SYM_APOS; // apostrophe
  return t;
})();

/** Per ASCII code (127 = outside ASCII): the start filter's symbol, 0-{@link SYM_NONE}. */
export const FILTER_SYMBOL: Uint8Array = /* @__PURE__ */ (() => {
  const t = new Uint8Array(128);
  for (let c = 0; c < 128; c++) {
    const s = ASCII_SYMBOL[c] ?? -1;
    t[c] = s >= 0 ? s : SYM_NONE;
  }
  t[FOLD] = SYM_OTHER;
  t[0x2c] = SYM_OTHER; // a comma may be a break where a form has one
  return t;
})();

/**
 * The four-symbol filter's 5-bit code of a filter symbol: letters 0-25, all digits 26, then a break
 * (27), an apostrophe (28), a character outside ASCII (29) and nothing (30). Folding the digits
 * keeps the filter's bit set at 128 KB (32^4 bits), small enough to stay in cache.
 */
export const QUAD_CODE: Uint8Array = /* @__PURE__ */ (() => {
  const t = new Uint8Array(SYM_COUNT);
  for (let s = 0; s < SYM_COUNT; s++) {
    t[s] = s < 26 ? s : s < SYM_ALNUM ? 26 : 27 + (s - SYM_SEP);
  }
  return t;
})();

/** Per ASCII code (127 = outside ASCII): its {@link QUAD_CODE}. */
export const QUAD_CHAR: Uint8Array = /* @__PURE__ */ (() => {
  const t = new Uint8Array(128);
  for (let c = 0; c < 128; c++) {
    t[c] = QUAD_CODE[FILTER_SYMBOL[c] as number] as number;
  }
  return t;
})();

/** The {@link QUAD_CODE} of "no character" (past the end of the text). */
export const QUAD_NONE = 30;

const NON_ASCII_WORD = /^[\p{L}\p{N}\p{M}]$/u;

/** Whether a one-code-point string outside ASCII is a letter, digit or combining mark. */
export function isNonAsciiWordChar(ch: string): boolean {
  return NON_ASCII_WORD.test(ch);
}

/** Symbol of a non-ASCII character inside a term ({@link SYM_SEP} or {@link SYM_APOS}), or -1. */
export function nonAsciiSymbol(c: number): number {
  switch (c) {
    case 0x00a0: // no-break space
    case 0x202f: // narrow no-break space
    case 0x2010: // hyphen
    case 0x2011: // non-breaking hyphen
      return SYM_SEP;
    case 0x2019: // right single quotation mark, the typographic apostrophe
    case 0x02bc: // modifier letter apostrophe
      return SYM_APOS;
    default:
      return -1;
  }
}

/** Whether the character is a space-like break that may be repeated (up to {@link MAX_SPACE_RUN}). */
export function isSpaceLike(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x202f;
}

/** Whether the code point is a letter, digit or combining mark (a word character) outside ASCII. */
function isNonAsciiWord(codePoint: number): boolean {
  return NON_ASCII_WORD.test(String.fromCodePoint(codePoint));
}

/**
 * Class bits of the character that ends just before `index` (for start boundaries). Reads the whole
 * surrogate pair when there is one, so an astral letter counts as a letter and an emoji does not.
 */
export function classBefore(text: string, index: number): number {
  const c = text.charCodeAt(index - 1);
  if (c < 128) {
    return ASCII_CLASS[c] ?? 0;
  }
  let cp = c;
  if (c >= 0xdc00 && c <= 0xdfff && index >= 2) {
    const hi = text.charCodeAt(index - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) {
      cp = ((hi - 0xd800) << 10) + (c - 0xdc00) + 0x10000;
    }
  }
  return isNonAsciiWord(cp) ? WORD : 0;
}

/** Class bits of the character that starts at `index` (for end boundaries); 0 past the end. */
export function classAt(text: string, index: number): number {
  if (index >= text.length) {
    return 0;
  }
  const c = text.charCodeAt(index);
  if (c < 128) {
    return ASCII_CLASS[c] ?? 0;
  }
  const cp = text.codePointAt(index) ?? c;
  return isNonAsciiWord(cp) ? WORD : 0;
}

/** Whether `text[index]` is an ASCII lower-case letter. */
export function isLowerAt(text: string, index: number): boolean {
  const c = text.charCodeAt(index);
  return c >= 0x61 && c <= 0x7a;
}

/**
 * Whether a word may start at `index`, where `text[index]` is an ASCII letter or digit of class
 * `cls` and `prev` is the exact class of the character before it (0 at the start of the text):
 * after a non-word character, at a lower-to-upper or letter/digit change, or at the last capital of
 * a run of capitals followed by a lower-case letter (`RLHF|Trainer`).
 */
export function startsAfter(text: string, index: number, prev: number, cls: number): boolean {
  return (
    (prev & WORD) === 0 ||
    ((prev & LOWER) !== 0 && (cls & UPPER) !== 0) ||
    ((prev ^ cls) & DIGIT) !== 0 ||
    ((prev & UPPER) !== 0 && (cls & UPPER) !== 0 && isLowerAt(text, index + 1))
  );
}

/** Whether a word may end at `end` (exclusive), where `text[end - 1]` is an ASCII letter or digit. */
export function isEndBoundary(text: string, end: number): boolean {
  const next = classAt(text, end);
  if ((next & WORD) === 0) {
    return true;
  }
  const last = ASCII_CLASS[text.charCodeAt(end - 1)] ?? 0;
  if ((last & LOWER) !== 0 && (next & UPPER) !== 0) {
    return true;
  }
  if ((last & DIGIT) !== (next & DIGIT)) {
    return true;
  }
  return (last & UPPER) !== 0 && (next & UPPER) !== 0 && isLowerAt(text, end + 1);
}
