/**
 * Finds glossary terms in arbitrary text the way people write them: in prose, in markdown, and inside
 * identifiers of any naming convention.
 *
 * How it works: every written form of a term (its display term and aliases, plus generated plural or
 * singular variants) is reduced to a sequence of symbols (ASCII letters lower-cased, digits, a word
 * break, an apostrophe) and inserted into a trie. Word breaks and apostrophes may also be left out
 * in text ("mesaoptimizer", "Goodharts law"), which makes the trie a small nondeterministic automaton;
 * it is turned into a deterministic one (subset construction) once, when the matcher is created,
 * together with a start filter: a second small deterministic automaton over characters that folds
 * the word-boundary rules and the first three characters of every term into one table. The scan
 * reads each character once with `charCodeAt` and steps the filter with one table read; only where
 * the filter says a term can start (about one position in a hundred in source code) does it check
 * the start exactly and walk the term automaton, keeping the longest accepted match whose end is a
 * word boundary. No regular expression runs over the text,
 * so there is no backtracking: the cost is linear in the text length (a walk is at most as long as
 * the longest form).
 *
 * Matching rules:
 * - Any letter case. Words of a term may be joined by one space/tab/no-break space (U+00A0, U+202F)
 *   or a run of up to {@link MAX_SPACE_RUN} of them, one hyphen (also U+2010/U+2011), one underscore,
 *   or nothing at all: `mesa-optimizer`, `mesa optimizer`, `mesa_optimizer`, `mesaoptimizer`,
 *   `MesaOptimizer`, `MESA_OPTIMIZER` are all the same term.
 * - A match starts and ends on a word boundary. Boundaries are: the start/end of the text, any
 *   character that is not a letter or digit (so `_`, `-`, `.`, `'`, spaces), a lower-to-upper case
 *   change (`build|MesaOptimizer`), a letter/digit change (`v2|MesaOptimizer`), and the last capital
 *   of a run of capitals followed by a lower-case letter (`RLHF|Trainer`, `XML|MesaOptimizer`).
 *   Anywhere else a term would be inside a longer word and is not matched: `database optimizer` does
 *   not contain `base optimizer`, `metamesa-optimizer` does not contain `mesa-optimizer`.
 *   Non-ASCII letters, digits and combining marks (including astral ones) are word characters too:
 *   `ébase optimizer` is no match; an emoji or other symbol is a boundary.
 * - Plurals: `-s`, `-es` after s/x/z/ch/sh, `-ies` for a consonant + y ending; for a form that is
 *   already plural (`sleeper agents`), the singular. A possessive is not part of the match: the match
 *   for `mesa-optimizer's` (or `’s`) ends before the apostrophe.
 * - Longest match wins at a position (`deceptive alignment`, never just a shorter term inside it), and
 *   matches never overlap (scanned left to right, leftmost-longest).
 * - Abbreviations (a form that is one word written in capitals in the glossary, like `ELK`, `IRL`,
 *   `SAE`, `RLHF`, `CIRL`): those of up to three letters match only when written in capitals, with an
 *   optional lower-case plural `s` (`ELK`, `IRL`, `SAEs`, `ELK_PROBE`, `trainIRLAgent`), because in
 *   lower case they are ordinary words or slang ("elk", "irl", Scots "sae"). Those of four or more
 *   letters are not words and match in any case, as written in identifiers: `rlhf_trainer`,
 *   `RlhfTrainer`, `cirl`.
 * - A form that is a single generic word ({@link GENERIC_WORDS}: `optimizer`, `alignment`, `mesa`…)
 *   is never matched on its own, even if a glossary lists it, so `Mesa` the graphics library is not a term.
 *
 * Matches never cross a line break, so matching one line (as the hover does) gives the same results
 * as matching the whole document.
 */
import type { Glossary } from './glossary/types';

/** One occurrence of a glossary term in a text. */
export interface Match {
  /** Id of the glossary term. */
  readonly id: string;
  /** UTF-16 offset of the first character of the occurrence. */
  readonly start: number;
  /** UTF-16 offset just after the last character (exclusive); never includes a possessive `'s`. */
  readonly end: number;
}

/** Finds glossary terms in text. Built once per glossary by {@link createTermMatcher}; immutable and reusable. */
export interface TermMatcher {
  /**
   * Every occurrence of a term in `text`, sorted by `start`, non-overlapping (leftmost-longest).
   * Cost is linear in `text.length`.
   */
  findAll(text: string): Match[];
  /**
   * The occurrence that covers `offset`: the match with `start <= offset < end`; failing that, a match
   * that ends exactly at `offset` (the cursor just after a term, as in `mesa-optimizer|`). Callers that
   * want strict containment, like a mouse hover, check `offset < end` themselves.
   * Only a bounded window around `offset` is scanned (a few times the longest term), so the cost does
   * not depend on the length of `text`: a 5 MB single line costs the same as a short one.
   * Returns `undefined` when no term is there or `offset` is outside `[0, text.length]`.
   */
  termAt(text: string, offset: number): Match | undefined;
}

/** Largest run of spaces, tabs or no-break spaces accepted between two words of a term. */
export const MAX_SPACE_RUN = 3;

/**
 * Single words that are never a term on their own, whatever a glossary says: they are far too common
 * in code and prose (and `mesa` is also a graphics library). Compared after normalisation.
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set([
  'optimizer', 'optimizers', 'optimiser', 'optimisers', 'optimization', 'optimisation', 'optimize', 'optimise',
  'alignment', 'aligned', 'misalignment', 'mesa', 'base', 'objective', 'objectives', 'control', 'debate',
  'model', 'models', 'reward', 'rewards', 'agent', 'agents', 'policy', 'training', 'learning', 'safety',
  'oversight', 'exploration', 'amplification', 'interpretability', 'measures', 'goal', 'goals',
]);

// ---- Symbols and character classes -------------------------------------------------------------

/** Symbols of the automaton: 0-25 letters a-z, 26-35 digits 0-9, then a word break and an apostrophe. */
const SYM_SEP = 36;
const SYM_APOS = 37;
const ALPHABET = 38;

/** Character class bits for ASCII. */
const WORD = 1;
const UPPER = 2;
const LOWER = 4;
const DIGIT = 8;

/**
 * Compact class codes used to index the start table: what the character before a candidate start
 * is. {@link CODE_OTHER} stands for a character outside ASCII (or DEL), classified exactly when needed.
 */
const CODE_NON_WORD = 0;
const CODE_LOWER = 1;
const CODE_UPPER = 2;
const CODE_DIGIT = 3;
const CODE_OTHER = 4;
/** Character codes at or above this are folded to it (DEL, 127) when indexing the start table. */
const FOLD = 127;

/** Per ASCII code: class bits. Built once; never mutated after construction. */
const ASCII_CLASS: Uint8Array = (() => {
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

/** Per ASCII code (0-127): its compact class code. 127 (DEL) stands for "outside ASCII". */
const ASCII_CODE: Uint8Array = (() => {
  const t = new Uint8Array(128);
  for (let c = 0; c < 128; c++) {
    const cls = ASCII_CLASS[c] ?? 0;
    t[c] = cls & LOWER ? CODE_LOWER : cls & UPPER ? CODE_UPPER : cls & DIGIT ? CODE_DIGIT : CODE_NON_WORD;
  }
  t[FOLD] = CODE_OTHER;
  return t;
})();

/** Class bits for a compact class code (the inverse of {@link ASCII_CODE}, for building tables). */
const CODE_CLASS = [0, WORD | LOWER, WORD | UPPER, WORD | DIGIT, 0] as const;

/** Per ASCII code: automaton symbol, or -1 when the character cannot be part of a term. */
const ASCII_SYMBOL: Int8Array = (() => {
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

const NON_ASCII_WORD = /^[\p{L}\p{N}\p{M}]$/u;

/** Symbol of a non-ASCII character inside a term, or -1. */
function nonAsciiSymbol(c: number): number {
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

/** Whether the code point is a letter, digit or combining mark (a word character) outside ASCII. */
function isNonAsciiWord(codePoint: number): boolean {
  return NON_ASCII_WORD.test(String.fromCodePoint(codePoint));
}

/**
 * Class bits of the character that ends just before `index` (for start boundaries). Reads the whole
 * surrogate pair when there is one, so an astral letter counts as a letter and an emoji does not.
 */
function classBefore(text: string, index: number): number {
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
function classAt(text: string, index: number): number {
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
function isLowerAt(text: string, index: number): boolean {
  const c = text.charCodeAt(index);
  return c >= 0x61 && c <= 0x7a;
}

/**
 * Whether a word may start at `index`, where `text[index]` is an ASCII letter or digit of class
 * `cls` and `prev` is the exact class of the character before it (0 at the start of the text).
 */
function startsAfter(text: string, index: number, prev: number, cls: number): boolean {
  return (
    (prev & WORD) === 0 ||
    ((prev & LOWER) !== 0 && (cls & UPPER) !== 0) ||
    ((prev ^ cls) & DIGIT) !== 0 ||
    ((prev & UPPER) !== 0 && (cls & UPPER) !== 0 && isLowerAt(text, index + 1))
  );
}

/** Whether a word may end at `end` (exclusive), where `text[end - 1]` is an ASCII letter or digit. */
function isEndBoundary(text: string, end: number): boolean {
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

// ---- Forms and variants ------------------------------------------------------------------------

/** How an accepted form must be written, beyond matching its symbols. */
const enum CaseRule {
  /** Any case. */
  Any = 0,
  /** Capitals only, except a trailing plural suffix of `suffixLength` characters, which must be lower case. */
  Capitals = 1,
}

/** What the automaton accepts at a state: one term, with its case rule. */
interface Accept {
  readonly termIndex: number;
  readonly caseRule: CaseRule;
  /** Length in characters of a generated plural suffix (0 for none). */
  readonly suffixLength: number;
  /** Lower wins when two forms of different terms normalise the same way: glossary order. */
  readonly rank: number;
}

/** A written form reduced to symbols. */
interface SymbolForm {
  readonly symbols: number[];
  readonly caseRule: CaseRule;
  readonly suffixLength: number;
}

const LETTER_A = 0;

/** Symbol of a letter given as a lower-case ASCII character. */
function letter(ch: string): number {
  return ch.charCodeAt(0) - 0x61 + LETTER_A;
}

/**
 * Reduces a glossary form to symbols: letters lower-cased, digits kept, an apostrophe between letters
 * kept as an apostrophe, any other run of characters as one word break. Returns undefined for forms
 * with letters outside ASCII after removing diacritics (the automaton's alphabet is ASCII).
 */
function toSymbols(form: string): number[] | undefined {
  const plain = form.normalize('NFD').replace(/\p{M}/gu, '');
  const out: number[] = [];
  let pendingBreak: number | undefined;
  for (const ch of plain) {
    const c = ch.charCodeAt(0);
    const sym = c < 128 ? (ASCII_SYMBOL[c] ?? -1) : nonAsciiSymbol(c);
    if (sym >= 0 && sym < SYM_SEP) {
      if (pendingBreak !== undefined && out.length > 0) {
        out.push(pendingBreak);
      }
      pendingBreak = undefined;
      out.push(sym);
    } else if (c >= 128 && sym < 0 && NON_ASCII_WORD.test(ch)) {
      return undefined;
    } else if (sym === SYM_APOS) {
      pendingBreak = pendingBreak === SYM_SEP ? SYM_SEP : SYM_APOS;
    } else {
      pendingBreak = SYM_SEP;
    }
  }
  return out.length > 0 ? out : undefined;
}

/**
 * The stem of an abbreviation: a form that is one word written in capitals and digits (at least one
 * capital), optionally followed by a lower-case plural `s` (`SAEs` has the stem `SAE`).
 */
function abbreviationStem(form: string): string | undefined {
  const m = /^([A-Z0-9]*[A-Z][A-Z0-9]*?)s?$/.exec(form.trim());
  return m && m[1] !== undefined && m[1].length >= 2 ? m[1] : undefined;
}

/** The letters of the last word of a symbol form, as a lower-case string. */
function lastWord(symbols: readonly number[]): string {
  let i = symbols.length;
  while (i > 0 && (symbols[i - 1] ?? 0) < SYM_SEP) {
    i--;
  }
  return symbols
    .slice(i)
    .map((s) => (s < 26 ? String.fromCharCode(0x61 + s) : String.fromCharCode(0x30 + s - 26)))
    .join('');
}

/** The form itself plus its plural (or, for a plural form, its singular) variants. */
function variantsOf(form: string): SymbolForm[] {
  const stem = abbreviationStem(form);
  const symbols = toSymbols(stem ?? form);
  if (!symbols) {
    return [];
  }
  if (stem !== undefined) {
    if (stem.length <= 3) {
      return [
        { symbols, caseRule: CaseRule.Capitals, suffixLength: 0 },
        { symbols: [...symbols, letter('s')], caseRule: CaseRule.Capitals, suffixLength: 1 },
      ];
    }
    return [
      { symbols, caseRule: CaseRule.Any, suffixLength: 0 },
      { symbols: [...symbols, letter('s')], caseRule: CaseRule.Any, suffixLength: 1 },
    ];
  }
  const out: SymbolForm[] = [{ symbols, caseRule: CaseRule.Any, suffixLength: 0 }];
  const word = lastWord(symbols);
  if (word.length < 2 || /\d$/.test(word)) {
    return out;
  }
  const add = (suffix: string, drop = 0): void => {
    const base = drop > 0 ? symbols.slice(0, symbols.length - drop) : symbols;
    out.push({ symbols: [...base, ...[...suffix].map(letter)], caseRule: CaseRule.Any, suffixLength: suffix.length });
  };
  if (/(ss|x|z|ch|sh)$/.test(word)) {
    add('es');
  } else if (/s$/.test(word)) {
    if (!/(us|is)$/.test(word)) {
      out.push({ symbols: symbols.slice(0, -1), caseRule: CaseRule.Any, suffixLength: 0 }); // singular
    }
  } else if (/[^aeiou]y$/.test(word)) {
    add('ies', 1);
  } else {
    add('s');
  }
  return out;
}

/** Whether a symbol form is a single word from {@link GENERIC_WORDS}. */
function isGeneric(symbols: readonly number[]): boolean {
  if (symbols.some((s) => s >= SYM_SEP)) {
    return false;
  }
  return GENERIC_WORDS.has(lastWord(symbols));
}

// ---- Automaton ---------------------------------------------------------------------------------

/** The compiled automaton: a dense transition table plus per-state accept data. */
interface Automaton {
  /** `next[state * ALPHABET + symbol]`: the next state, 0 for none (state 0 is dead, 1 is the start). */
  readonly next: Int32Array;
  /** Per state: index into the term list of the accepted term, or -1. */
  readonly acceptTerm: Int32Array;
  /** Per state: the {@link CaseRule} of the accepted form. */
  readonly acceptCase: Uint8Array;
  /** Per state: plural suffix length of the accepted form. */
  readonly acceptSuffix: Uint8Array;
  /**
   * The start filter, a deterministic automaton over characters (folded to 127 outside ASCII) that
   * the scan steps with one table read per character: `startDfa[row | char]`. A row stands for the
   * last two characters read, as far as they matter: the class code of the one before last, the
   * last one, and what the start filter knows about a term starting at the one before last (see
   * {@link startTables}). An entry holds the next row (premultiplied by 128, in {@link DFA_ROW}) and,
   * when negative, says that a term may start at the character two before the one just read:
   * {@link DFA_YES} when a word boundary is there, the first two characters are letters or digits
   * that begin some term and the third may follow them; {@link DFA_CHECK} when a character outside
   * ASCII or a one-letter first word is involved and the slow exact check decides. It rules out
   * all but about one position in a hundred.
   */
  readonly startDfa: Int32Array;
  /** Automaton state after the first two characters, indexed by `first << 7 | second` (ASCII). */
  readonly pairState: Int32Array;
  /** Longest text a match can span, in UTF-16 units. */
  readonly maxSpan: number;
}

/** Builds the trie of all forms, then the deterministic automaton by subset construction. */
function compile(glossary: Glossary): Automaton {
  // Trie with dense child rows (`kids[node * ALPHABET + symbol]`, 0 for none: the root is never a child).
  let kids = new Int32Array(ALPHABET * 1024);
  let nodeCount = 1;
  const accepts: (Accept | undefined)[] = [undefined];
  let maxSpan = 0;
  let rank = 0;

  glossary.terms.forEach((term, termIndex) => {
    for (const form of [term.term, ...term.aliases]) {
      for (const variant of variantsOf(form)) {
        // Single characters and lone generic words are never terms (and the start filter relies
        // on every form having at least two characters).
        if (variant.symbols.length < 2 || isGeneric(variant.symbols)) {
          continue;
        }
        let node = 0;
        let span = 0;
        for (const sym of variant.symbols) {
          span += sym === SYM_SEP ? MAX_SPACE_RUN : 1;
          let child = kids[node * ALPHABET + sym] as number;
          if (child === 0) {
            if ((nodeCount + 1) * ALPHABET > kids.length) {
              const grown = new Int32Array(kids.length * 2);
              grown.set(kids);
              kids = grown;
            }
            child = nodeCount++;
            accepts.push(undefined);
            kids[node * ALPHABET + sym] = child;
          }
          node = child;
        }
        maxSpan = Math.max(maxSpan, span);
        const candidate: Accept = { termIndex, caseRule: variant.caseRule, suffixLength: variant.suffixLength, rank: rank++ };
        accepts[node] = preferred(accepts[node], candidate);
      }
    }
  });

  // A word break or apostrophe may be left out, so a node also stands for the nodes reached through
  // them (epsilon closure). Most nodes have neither, and their closure is themselves.
  const hasEpsilon = (n: number): boolean => kids[n * ALPHABET + SYM_SEP] !== 0 || kids[n * ALPHABET + SYM_APOS] !== 0;
  const closure = (nodes: readonly number[]): number[] => {
    const seen = new Set<number>();
    const stack = [...nodes];
    while (stack.length > 0) {
      const n = stack.pop() as number;
      if (seen.has(n)) {
        continue;
      }
      seen.add(n);
      const sep = kids[n * ALPHABET + SYM_SEP] as number;
      if (sep !== 0) {
        stack.push(sep);
      }
      const apos = kids[n * ALPHABET + SYM_APOS] as number;
      if (apos !== 0) {
        stack.push(apos);
      }
    }
    return [...seen].sort((x, y) => x - y);
  };

  // Subset construction. States of single trie nodes (nearly all) are looked up by node id.
  const stateSets: number[][] = [[], closure([0])];
  const singleState = new Int32Array(nodeCount);
  const multiState = new Map<string, number>();
  const stateOf = (set: number[]): number => {
    let t = set.length === 1 ? (singleState[set[0] as number] as number) : (multiState.get(set.join(',')) ?? 0);
    if (t === 0) {
      t = stateSets.length;
      stateSets.push(set);
      if (set.length === 1) {
        singleState[set[0] as number] = t;
      } else {
        multiState.set(set.join(','), t);
      }
    }
    return t;
  };
  if ((stateSets[1] as number[]).length === 1) {
    singleState[0] = 1;
  } else {
    multiState.set((stateSets[1] as number[]).join(','), 1);
  }
  let transitions = new Int32Array(ALPHABET * nodeCount * 2);
  for (let s = 1; s < stateSets.length; s++) {
    const set = stateSets[s] as number[];
    for (let sym = 0; sym < ALPHABET; sym++) {
      let target: number[] | undefined;
      if (set.length === 1) {
        const child = kids[(set[0] as number) * ALPHABET + sym] as number;
        if (child !== 0) {
          target = hasEpsilon(child) ? closure([child]) : [child];
        }
      } else {
        const targets: number[] = [];
        for (const n of set) {
          const child = kids[n * ALPHABET + sym] as number;
          if (child !== 0) {
            targets.push(child);
          }
        }
        if (targets.length > 0) {
          target = closure(targets);
        }
      }
      if (target === undefined) {
        continue;
      }
      const t = stateOf(target);
      if ((s + 1) * ALPHABET > transitions.length) {
        const grown = new Int32Array(transitions.length * 2);
        grown.set(transitions);
        transitions = grown;
      }
      transitions[s * ALPHABET + sym] = t;
    }
  }

  const count = stateSets.length;
  const acceptTerm = new Int32Array(count).fill(-1);
  const acceptCase = new Uint8Array(count);
  const acceptSuffix = new Uint8Array(count);
  for (let s = 1; s < count; s++) {
    let best: Accept | undefined;
    for (const n of stateSets[s] as number[]) {
      best = preferred(best, accepts[n]);
    }
    if (best) {
      acceptTerm[s] = best.termIndex;
      acceptCase[s] = best.caseRule;
      acceptSuffix[s] = best.suffixLength;
    }
  }

  const next = new Int32Array(count * ALPHABET);
  next.set(transitions.subarray(0, Math.min(transitions.length, next.length)));
  const { startDfa, pairState } = startTables(next, acceptTerm);
  return { next, acceptTerm, acceptCase, acceptSuffix, startDfa, pairState, maxSpan: maxSpan + 1 };
}

/** Bits of a {@link Automaton.startDfa} entry: the next row, premultiplied by 128. */
const DFA_ROW = (1 << 30) - 1;
/** Flag of a {@link Automaton.startDfa} entry (the sign bit): a term may start two characters back. */
const DFA_YES = 1 << 31;
/** Flags of a {@link Automaton.startDfa} entry: only the exact start check can tell (implies {@link DFA_YES}). */
const DFA_CHECK = (1 << 31) | (1 << 30);

/** What the start filter knows about a position from its first two characters: no term starts there. */
const PAIR_NONE = 0;
/** What the start filter knows about a position: the exact check must decide. Higher values name a set of third characters. */
const PAIR_CHECK = 1;

/**
 * Builds {@link Automaton.startDfa} and {@link Automaton.pairState} from the automaton.
 *
 * First, for every class code of a previous character and every two characters (`code << 14 |
 * first << 7 | second`), what can start there: {@link PAIR_NONE}; {@link PAIR_CHECK} when a
 * character outside ASCII (folded to 127) or a one-letter first word is involved; or, when a word
 * boundary is there and both characters are letters or digits that begin some term, the id of the
 * set of characters that may come third (the first two may also form a term already, then any).
 * Then the rows of the automaton: a row is a triple (pair, code, last) of that value for the
 * position before last, the class code of the character before last and the last character. Rows
 * with {@link PAIR_NONE} are numbered `code << 7 | last`, so the scan can enter the automaton at any
 * position; the others are added as they are reached (a few hundred for a glossary of 50 terms).
 */
function startTables(next: Int32Array, acceptTerm: Int32Array): { startDfa: Int32Array; pairState: Int32Array } {
  const pairState = new Int32Array(128 * 128);
  const pairs = new Int32Array((CODE_OTHER + 1) << 14);
  // Sets of third characters, by content; ids from 2 (0 and 1 are PAIR_NONE and PAIR_CHECK).
  const thirdIds = new Map<string, number>();
  const thirdSets: Uint8Array[] = [new Uint8Array(128), new Uint8Array(128).fill(1)];
  const thirdOf = new Map<number, number>();
  const thirdId = (s2: number): number => {
    let id = thirdOf.get(s2);
    if (id === undefined) {
      const ok = new Uint8Array(128);
      const accepts = (acceptTerm[s2] as number) >= 0;
      for (let e = 0; e < 128; e++) {
        const sym = ASCII_SYMBOL[e] ?? -1;
        // Outside ASCII (folded to 127) the scan looks at the character itself.
        ok[e] = e === FOLD || accepts || (sym >= 0 && next[s2 * ALPHABET + sym] !== 0) ? 1 : 0;
      }
      const key = ok.join('');
      id = thirdIds.get(key);
      if (id === undefined) {
        id = thirdSets.length;
        thirdSets.push(ok);
        thirdIds.set(key, id);
      }
      thirdOf.set(s2, id);
    }
    return id;
  };
  for (let c = 0; c < 128; c++) {
    const first = ASCII_SYMBOL[c] ?? -1;
    const s1 = first >= 0 && first < SYM_SEP ? (next[ALPHABET + first] ?? 0) : 0;
    const cls = ASCII_CLASS[c] ?? 0;
    for (let d = 0; d < 128; d++) {
      const second = ASCII_SYMBOL[d] ?? -1;
      const s2 = s1 !== 0 && second >= 0 ? (next[s1 * ALPHABET + second] ?? 0) : 0;
      pairState[(c << 7) | d] = s2;
      if (s1 === 0 || (s2 === 0 && d !== FOLD)) {
        continue;
      }
      for (let code = 0; code <= CODE_OTHER; code++) {
        let value = PAIR_NONE;
        if (code === CODE_OTHER || d === FOLD || second >= SYM_SEP) {
          // Outside ASCII, or a one-letter first word: the exact path decides.
          value = PAIR_CHECK;
        } else {
          const prev = CODE_CLASS[code] ?? 0;
          const nextLower = d >= 0x61 && d <= 0x7a;
          const boundary =
            (prev & WORD) === 0 ||
            ((prev & LOWER) !== 0 && (cls & UPPER) !== 0) ||
            ((prev ^ cls) & DIGIT) !== 0 ||
            ((prev & UPPER) !== 0 && (cls & UPPER) !== 0 && nextLower);
          value = boundary ? thirdId(s2) : PAIR_NONE;
        }
        pairs[(code << 14) | (c << 7) | d] = value;
      }
    }
  }

  // Rows of the automaton, numbered as they are reached from the PAIR_NONE rows, which come first
  // as `code << 7 | last`. A row's key is `(pair * (CODE_OTHER + 1) + code) << 7 | last`.
  const rowOf = new Int32Array(thirdSets.length * (CODE_OTHER + 1) * 128).fill(-1);
  const keys: number[] = [];
  for (let key = 0; key < (CODE_OTHER + 1) * 128; key++) {
    rowOf[key] = key;
    keys.push(key);
  }
  let startDfa = new Int32Array(keys.length * 2 * 128);
  for (let r = 0; r < keys.length; r++) {
    if ((r + 1) << 7 > startDfa.length) {
      const grown = new Int32Array(startDfa.length * 2);
      grown.set(startDfa);
      startDfa = grown;
    }
    fillRow(startDfa, r, keys, rowOf, pairs, thirdSets);
  }
  if (keys.length << 7 > DFA_ROW) {
    throw new Error('matcher: start filter too large');
  }
  return { startDfa: startDfa.slice(0, keys.length << 7), pairState };
}

/**
 * Fills row `r` of the start automaton (see {@link startTables}), numbering the rows it reaches
 * for the first time. A function of its own so that V8 optimises it early.
 */
function fillRow(
  startDfa: Int32Array,
  r: number,
  keys: number[],
  rowOf: Int32Array,
  pairs: Int32Array,
  thirdSets: readonly Uint8Array[],
): void {
  const key = keys[r] as number;
  const last = key & 127;
  const code = (key >> 7) % (CODE_OTHER + 1);
  const pair = ((key >> 7) - code) / (CODE_OTHER + 1);
  const lastKey = (ASCII_CODE[last] as number) << 7;
  const third = thirdSets[pair] as Uint8Array;
  const always = pair === PAIR_CHECK ? DFA_CHECK : 0;
  const some = pair !== PAIR_NONE ? DFA_YES : 0;
  const base = (code << 14) | (last << 7);
  for (let e = 0; e < 128; e++) {
    const toKey = (pairs[base | e] as number) * ((CODE_OTHER + 1) << 7) + lastKey + e;
    let to = rowOf[toKey] as number;
    if (to < 0) {
      to = keys.length;
      rowOf[toKey] = to;
      keys.push(toKey);
    }
    startDfa[(r << 7) | e] = (to << 7) | always | (third[e] !== 0 ? some : 0);
  }
}

/** Of two accept candidates for the same symbols, the more permissive one, then the earlier one. */
function preferred(a: Accept | undefined, b: Accept | undefined): Accept | undefined {
  if (!a) {
    return b;
  }
  if (!b) {
    return a;
  }
  if (a.caseRule !== b.caseRule) {
    return a.caseRule === CaseRule.Any ? a : b;
  }
  return a.rank <= b.rank ? a : b;
}

// ---- Scanning ----------------------------------------------------------------------------------

/** Result slot of {@link walk}, reused to avoid allocating per attempt. */
interface WalkResult {
  end: number;
  termIndex: number;
}

/** Whether the matched characters satisfy the capitals-only rule of an abbreviation. */
function capitalsOk(text: string, start: number, end: number, suffixLength: number): boolean {
  const stem = end - suffixLength;
  for (let i = start; i < stem; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) {
      return false;
    }
  }
  for (let i = stem; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!(c >= 0x61 && c <= 0x7a)) {
      return false;
    }
  }
  return true;
}

/**
 * Walks the automaton from `start` and stores the longest accepted match ending on a word boundary
 * in `out`. Returns whether there was one. `state` and `j` resume a walk whose first characters
 * (letters or digits, up to `j`) were already read into `state`.
 */
function walk(a: Automaton, text: string, start: number, out: WalkResult, state = 1, j = start): boolean {
  const { next, acceptTerm } = a;
  const n = text.length;
  let found = false;
  // Entered part-way (after letters already read): the text so far may itself be a term.
  if (j > start && (acceptTerm[state] as number) >= 0 && isEndBoundary(text, j)) {
    if (a.acceptCase[state] === CaseRule.Any || capitalsOk(text, start, j, a.acceptSuffix[state] as number)) {
      out.end = j;
      out.termIndex = acceptTerm[state] as number;
      found = true;
    }
  }
  while (j < n) {
    const c = text.charCodeAt(j);
    const sym = c < 128 ? (ASCII_SYMBOL[c] as number) : nonAsciiSymbol(c);
    if (sym < 0) {
      break;
    }
    const to = next[state * ALPHABET + sym] as number;
    if (to === 0) {
      break;
    }
    state = to;
    j++;
    if (sym === SYM_SEP) {
      // A run of spaces counts as one break; a hyphen or underscore stands alone.
      if (c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x202f) {
        let run = 1;
        while (j < n && run < MAX_SPACE_RUN) {
          const d = text.charCodeAt(j);
          if (d !== 0x20 && d !== 0x09 && d !== 0xa0 && d !== 0x202f) {
            break;
          }
          j++;
          run++;
        }
      }
      continue;
    }
    const term = acceptTerm[state] as number;
    if (term >= 0 && isEndBoundary(text, j)) {
      if (a.acceptCase[state] === CaseRule.Any || capitalsOk(text, start, j, a.acceptSuffix[state] as number)) {
        out.end = j;
        out.termIndex = term;
        found = true;
      }
    }
  }
  return found;
}

/** Compact class code of the character before `index` (folded: anything outside ASCII is {@link CODE_OTHER}). */
function codeBefore(text: string, index: number): number {
  if (index <= 0) {
    return CODE_NON_WORD;
  }
  const c = text.charCodeAt(index - 1);
  return ASCII_CODE[c > FOLD ? FOLD : c] as number;
}

/** The exact start check, for positions the fast filter cannot decide (text outside ASCII nearby, end of text). */
function startsAt(a: Automaton, text: string, index: number): boolean {
  const c = text.charCodeAt(index);
  const sym = c < 128 ? (ASCII_SYMBOL[c] as number) : -1;
  if (sym < 0 || sym >= SYM_SEP || a.next[ALPHABET + sym] === 0) {
    return false;
  }
  return startsAfter(text, index, index > 0 ? classBefore(text, index) : 0, ASCII_CLASS[c] as number);
}

/** The {@link Automaton.startDfa} row for a scan resuming at `index`, before reading `text[index + 1]`. */
function entryRow(text: string, index: number): number {
  const c = Math.min(text.charCodeAt(index), FOLD);
  return (codeBefore(text, index) << 14) | (c << 7);
}

/**
 * Greedy leftmost-longest scan of start positions `[from, to)`; calls `emit` for each match and
 * stops early when `emit` returns false.
 *
 * This is the hot loop, written for V8. The inner loop reads each character once and steps the
 * start filter ({@link Automaton.startDfa}) with one table read, which folds the word-boundary
 * rules and the first three characters of every term into one automaton; it leaves the loop for
 * about one position in a hundred, where the exact start check and the automaton walk run.
 */
function scan(
  a: Automaton,
  text: string,
  from: number,
  to: number,
  emit: (termIndex: number, start: number, end: number) => boolean,
): void {
  const { startDfa, pairState, next, acceptTerm } = a;
  const n = text.length;
  const result: WalkResult = { end: 0, termIndex: -1 };
  // The fast loop needs two characters after each position; the last ones go the exact way.
  const fastEnd = Math.min(to, n - 2);
  let i = from;
  // In the loop, `row` has read the characters up to `i + 1`; reading `text[i + 2]` flags `i`.
  let row = 0;
  if (i < fastEnd) {
    row = (startDfa[entryRow(text, i) | Math.min(text.charCodeAt(i + 1), FOLD)] as number) & DFA_ROW;
  }
  while (i < fastEnd) {
    let entry = 0;
    for (; i < fastEnd; i++) {
      let e = text.charCodeAt(i + 2);
      if (e > FOLD) {
        e = FOLD;
      }
      entry = startDfa[row | e] as number;
      if (entry < 0) {
        break;
      }
      row = entry;
    }
    if (i >= fastEnd) {
      break;
    }
    let found: boolean;
    if ((entry & DFA_CHECK) === DFA_YES) {
      // The first two characters are letters or digits that begin some term: continue the walk
      // from there, if the third character can follow them (or they already form a term).
      const s2 = pairState[(text.charCodeAt(i) << 7) | text.charCodeAt(i + 1)] as number;
      const e = text.charCodeAt(i + 2);
      const sym = e < 128 ? (ASCII_SYMBOL[e] as number) : -2;
      found =
        (sym === -2 || (sym >= 0 && next[s2 * ALPHABET + sym] !== 0) || (acceptTerm[s2] as number) >= 0) &&
        walk(a, text, i, result, s2, i + 2);
    } else {
      found = startsAt(a, text, i) && walk(a, text, i, result);
    }
    if (found) {
      if (!emit(result.termIndex, i, result.end)) {
        return;
      }
      i = result.end;
      if (i < fastEnd) {
        row = (startDfa[entryRow(text, i) | Math.min(text.charCodeAt(i + 1), FOLD)] as number) & DFA_ROW;
      }
      continue;
    }
    row = entry & DFA_ROW;
    i++;
  }
  scanExact(a, text, i, to, result, emit);
}

/**
 * The scan without the start filter: the exact start check at every position of `[from, to)`.
 * {@link scan} uses it for the last two positions of the text; on its own it is the reference the
 * tests compare the filtered scan with.
 */
function scanExact(
  a: Automaton,
  text: string,
  from: number,
  to: number,
  result: WalkResult,
  emit: (termIndex: number, start: number, end: number) => boolean,
): void {
  for (let i = from; i < to; i++) {
    if (startsAt(a, text, i) && walk(a, text, i, result)) {
      if (!emit(result.termIndex, i, result.end)) {
        return;
      }
      i = result.end - 1;
    }
  }
}

/**
 * Compiles a matcher for the terms of `glossary` (their display terms and aliases). Compilation is
 * done once, here; the returned matcher keeps no state between calls.
 *
 * @example
 * const m = createTermMatcher(loadBuiltinGlossary());
 * m.findAll('buildMesaOptimizer()'); // [{ id: 'mesa-optimizer', start: 5, end: 18 }]
 */
export function createTermMatcher(glossary: Glossary): TermMatcher {
  const automaton = compile(glossary);
  const ids = glossary.terms.map((t) => t.id);
  // Any match covering an offset starts at most maxSpan before it; scanning from twice that far back
  // lets the greedy scan settle into the same matches a scan of the whole text makes.
  const back = 2 * automaton.maxSpan;

  return {
    findAll(text: string): Match[] {
      const out: Match[] = [];
      scan(automaton, text, 0, text.length, (termIndex, start, end) => {
        out.push({ id: ids[termIndex] as string, start, end });
        return true;
      });
      return out;
    },

    termAt(text: string, offset: number): Match | undefined {
      if (!(offset >= 0 && offset <= text.length)) {
        return undefined;
      }
      const at = Math.floor(offset);
      let touching: Match | undefined;
      let covering: Match | undefined;
      scan(automaton, text, Math.max(0, at - back), Math.min(text.length, at + 1), (termIndex, start, end) => {
        if (start > at) {
          return false;
        }
        if (at < end) {
          covering = { id: ids[termIndex] as string, start, end };
          return false;
        }
        if (at === end) {
          touching = { id: ids[termIndex] as string, start, end };
        }
        return true;
      });
      return covering ?? touching;
    },
  };
}

/**
 * For tests only: `findAll` of {@link createTermMatcher} computed the slow way, trying the exact start
 * check at every position instead of only where the start filter lets a term begin. It returns the
 * same matches; the differential tests compare the two on random text.
 * @internal
 */
export function createReferenceFindAll(glossary: Glossary): (text: string) => Match[] {
  const automaton = compile(glossary);
  const ids = glossary.terms.map((t) => t.id);
  return (text: string): Match[] => {
    const out: Match[] = [];
    scanExact(automaton, text, 0, text.length, { end: 0, termIndex: -1 }, (termIndex, start, end) => {
      out.push({ id: ids[termIndex] as string, start, end });
      return true;
    });
    return out;
  };
}
