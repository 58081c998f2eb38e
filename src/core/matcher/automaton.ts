/**
 * Compiles the forms of a glossary into the matcher's data: a trie of the forms' letters and digits
 * in typed arrays, where word breaks and apostrophes are not nodes but flags (a break may come
 * before this letter; this node has a break after it), and a start filter, a 261-row automaton over
 * characters that the scan steps with one table read per character.
 *
 * Why not a deterministic automaton over all forms: subset construction over tens of thousands of
 * forms with optional breaks multiplies states and takes hundreds of megabytes. The trie is linear
 * in the total length of the forms, and since breaks are flags, the walk stays deterministic: one
 * active node, whatever the text leaves out.
 */
import type { Glossary, Term } from '../glossary/types';
import {
  ASCII_CLASS, ASCII_CODE, ASCII_SYMBOL, CODE_CLASS, CODE_NON_WORD, CODE_OTHER, DIGIT, FILTER_SYMBOL, LOWER,
  MAX_SPACE_RUN, QUAD_CODE, SYM_ALNUM, SYM_APOS, SYM_COUNT, SYM_OTHER, SYM_SEP, UPPER, WORD,
} from './charClass';
import { Tier, termForms, toSymbols, type FormSpec } from './forms';

/** Node flag: a word break may come just before this node's letter. */
export const SEP_BEFORE = 1;
/** Node flag: an apostrophe may come just before this node's letter. */
export const APOS_BEFORE = 2;
/** Node flag: some child may follow a word break. */
export const SEP_CHILD = 4;
/** Node flag: some child may follow an apostrophe. */
export const APOS_CHILD = 8;

/** The compiled matcher data. Immutable after {@link compile}. */
export interface Automaton {
  /**
   * Children of node n are the nodes `firstChild[n]` to `firstChild[n + 1] - 1`, sorted by symbol:
   * nodes are numbered breadth-first, so a node's children sit side by side (one cache line to
   * scan) and one array of `nodeCount + 1` entries describes the whole tree.
   */
  readonly firstChild: Int32Array;
  /** Per node: the symbol (0-35) on the edge into it. */
  readonly nodeSymbol: Uint8Array;
  /** Per node: {@link SEP_BEFORE} | {@link APOS_BEFORE} | {@link SEP_CHILD} | {@link APOS_CHILD}. */
  readonly nodeFlags: Uint8Array;
  /** Per node: index of its accept entry, or -1. */
  readonly nodeAccept: Int32Array;
  /** Node after the first two symbols, indexed `first * 36 + second` (0 for none). */
  readonly pairNode: Int32Array;
  /** Children of the root by symbol (0 for none). */
  readonly rootKids: Int32Array;
  /** Per accept entry: index of the term. */
  readonly acceptTerm: Int32Array;
  /** Per accept entry: its {@link CaseRule}. */
  readonly acceptCase: Uint8Array;
  /** Per accept entry: letters of the capitalised stem (for {@link CaseRule.Capitals}). */
  readonly acceptStem: Uint8Array;
  /** Per accept entry: the breaks its forms contain ({@link SEP_BEFORE} | {@link APOS_BEFORE}); a match may only use those. */
  readonly acceptBreaks: Uint8Array;
  /**
   * The start filter: `filter[row | char]` (char folded to 127 outside ASCII) is the next row
   * (premultiplied by 128), negative when the character before the one just read may start a term.
   * A row stands for the class of the last character, and whether it may start a term there (the
   * character itself, or, after a capital that follows a capital, only if a lower-case letter comes
   * next). A start is flagged only where a word boundary is and the first two characters begin some
   * form; see {@link buildFilter}.
   */
  readonly filter: Int32Array;
  /** Per row of {@link filter}: for a pair row, the {@link QUAD_CODE}s of its two symbols as `q0 << 5 | q1` (the top of a {@link quad} index); else 0. */
  readonly rowPair: Int16Array;
  /** Whether a term can begin with these three filter symbols: `triple[(s0 * 40 + s1) * 40 + s2]`. */
  readonly triple: Uint8Array;
  /**
   * Whether a term can begin with these four filter symbols, a bit set indexed by their
   * {@link QUAD_CODE}s `q0 << 15 | q1 << 10 | q2 << 5 | q3` (128 KB whatever the glossary): checked
   * on a flagged start before the walk, it rules out most word starts that merely share three
   * letters with a term.
   */
  readonly quad: Uint32Array;
  /** Four-symbol sequences (indexed like {@link quad}) within which some form may already end: the walk runs without the {@link quint} check. */
  readonly quadOpen: Uint32Array;
  /**
   * Five-symbol sequences that can begin a match, a hashed bit set ({@link quintIndex}, 256 KB):
   * checked after {@link quad} where no form ends within the first four symbols, it spares most walks
   * into forms that only share four letters with the text.
   */
  readonly quint: Uint32Array;
  /**
   * Prefixes of two or three filter symbols that are already a whole form (`AI`, `IRL`), indexed
   * by {@link QUAD_CODE}s (`q0 << 5 | q1`, or `1024 + (q0 << 10 | q1 << 5 | q2)`). {@link quad}
   * lets them through when a non-letter follows; when a letter follows, only a case change (an
   * upper-case letter: `ELKProbe`) can end the form there, which the scan checks with this table.
   */
  readonly short: Uint8Array;
  /** Longest text a match can span, in UTF-16 units. */
  readonly maxSpan: number;
  /** Number of trie nodes (for the benchmark's figures). */
  readonly nodeCount: number;
}

/** The trie part of an {@link Automaton}, from which the filters are built. */
type TrieParts = Omit<Automaton, 'filter' | 'rowPair' | 'triple' | 'quad' | 'quadOpen' | 'quint' | 'short'>;

/** Row of the start filter for "last character of class code `code`, no term starts there". */
export function noneRow(code: number): number {
  return code << 7;
}

/** Term index that marks a derived form claimed by two terms: dropped. */
const CONFLICT = -2;

/** Doubles a typed array's length, keeping its contents. */
function growInt32(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** Doubles a typed array's length, keeping its contents. */
function growUint8(a: Uint8Array): Uint8Array {
  const b = new Uint8Array(a.length * 2);
  b.set(a);
  return b;
}

/**
 * The canonical symbol string of a form outside ASCII: letters and digits, `' '` for a break and
 * `'` for an apostrophe; undefined when it has letters that are not ASCII after removing diacritics.
 */
function asciiForm(text: string): string | undefined {
  const symbols = toSymbols(text);
  if (!symbols) {
    return undefined;
  }
  return symbols
    .map((s) => (s < 26 ? String.fromCharCode(0x61 + s) : s < SYM_SEP ? String.fromCharCode(0x30 + s - 26) : s === SYM_SEP ? ' ' : "'"))
    .join('');
}

/** Builds the trie and the start filter for every form of every term of `glossary`. */
export function compile(glossary: Glossary): Automaton {
  let cap = 1 << 12;
  let firstChild: Int32Array = new Int32Array(cap);
  let sibling: Int32Array = new Int32Array(cap);
  let nodeSymbol: Uint8Array = new Uint8Array(cap);
  let nodeFlags: Uint8Array = new Uint8Array(cap);
  let nodeAccept: Int32Array = new Int32Array(cap).fill(-1);
  let accCap = 1 << 10;
  let accTerm: Int32Array = new Int32Array(accCap);
  let accTier: Uint8Array = new Uint8Array(accCap);
  let accCase: Uint8Array = new Uint8Array(accCap);
  let accStem: Uint8Array = new Uint8Array(accCap);
  let accBreaks: Uint8Array = new Uint8Array(accCap);
  let accCount = 0;
  const rootKids = new Int32Array(SYM_ALNUM);
  const pairNode = new Int32Array(SYM_ALNUM * SYM_ALNUM);
  let nodeCount = 1;
  let maxSpan = 0;

  const terms = glossary.terms;
  for (let termIndex = 0; termIndex < terms.length; termIndex++) {
    const forms = termForms(terms[termIndex] as Term);
    for (let f = 0; f < forms.length; f++) {
      const form = forms[f] as FormSpec;
      let text = form.text;
      if (!/^[\x20-\x7e]*$/.test(text)) {
        const ascii = asciiForm(text);
        if (ascii === undefined) {
          continue;
        }
        text = ascii;
      }
      // Letters and digits are nodes; a run of other characters is one break (an apostrophe on its
      // own is an apostrophe break), recorded as flags on the nodes around it.
      let node = 0;
      let depth = 0;
      let first = 0;
      let pending = 0;
      let breaks = 0;
      let span = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        const sym = ASCII_SYMBOL[c] as number;
        if (sym < 0 || sym >= SYM_SEP) {
          if (depth > 0) {
            pending = sym === SYM_APOS && pending !== SEP_BEFORE ? APOS_BEFORE : SEP_BEFORE;
          }
          continue;
        }
        if (pending !== 0) {
          breaks |= pending;
          nodeFlags[node] = (nodeFlags[node] as number) | (pending === SEP_BEFORE ? SEP_CHILD : APOS_CHILD);
          span += pending === SEP_BEFORE ? MAX_SPACE_RUN : 1;
        }
        let child = 0;
        if (depth === 0) {
          child = rootKids[sym] as number;
          first = sym;
        } else if (depth === 1) {
          child = pairNode[first * SYM_ALNUM + sym] as number;
        } else {
          for (let k = firstChild[node] as number; k !== 0; k = sibling[k] as number) {
            if (nodeSymbol[k] === sym) {
              child = k;
              break;
            }
          }
        }
        if (child === 0) {
          if (nodeCount === cap) {
            cap *= 2;
            firstChild = growInt32(firstChild);
            sibling = growInt32(sibling);
            nodeSymbol = growUint8(nodeSymbol);
            nodeFlags = growUint8(nodeFlags);
            nodeAccept = growInt32(nodeAccept);
            nodeAccept.fill(-1, nodeCount);
          }
          child = nodeCount++;
          nodeSymbol[child] = sym;
          if (depth === 0) {
            rootKids[sym] = child;
          } else {
            if (depth === 1) {
              pairNode[first * SYM_ALNUM + sym] = child;
            }
            sibling[child] = firstChild[node] as number;
            firstChild[node] = child;
          }
        }
        nodeFlags[child] = (nodeFlags[child] as number) | pending;
        pending = 0;
        node = child;
        depth++;
        span++;
      }
      if (depth < 2) {
        continue; // single characters are never terms (and the start filter relies on two)
      }
      maxSpan = Math.max(maxSpan, span);
      let a = nodeAccept[node] as number;
      if (a < 0) {
        if (accCount === accCap) {
          accCap *= 2;
          accTerm = growInt32(accTerm);
          accTier = growUint8(accTier);
          accCase = growUint8(accCase);
          accStem = growUint8(accStem);
          accBreaks = growUint8(accBreaks);
        }
        a = accCount++;
        nodeAccept[node] = a;
        accTerm[a] = termIndex;
        accTier[a] = form.tier;
        accCase[a] = form.caseRule;
        accStem[a] = form.stemLetters;
        accBreaks[a] = breaks;
        continue;
      }
      // Two forms with the same letters. The same term: the more permissive wins and both kinds
      // of break are allowed. Two terms: a written form beats a derived one; between written forms,
      // any case beats capitals-only, then the earlier term; two derived forms cancel out.
      const t = accTerm[a] as number;
      const replace =
        form.tier < (accTier[a] as number) ||
        (form.tier === accTier[a] && form.caseRule < (accCase[a] as number));
      if (t === termIndex) {
        accBreaks[a] = (accBreaks[a] as number) | breaks;
      } else if (!replace && form.tier === accTier[a] && form.tier === Tier.Derived) {
        accTerm[a] = CONFLICT;
      }
      if (replace) {
        accTerm[a] = termIndex;
        accTier[a] = form.tier;
        accCase[a] = form.caseRule;
        accStem[a] = form.stemLetters;
        accBreaks[a] = t === termIndex ? (accBreaks[a] as number) | breaks : breaks;
      }
    }
  }

  for (let n = 0; n < nodeCount; n++) {
    const a = nodeAccept[n] as number;
    if (a >= 0 && (accTerm[a] as number) < 0) {
      nodeAccept[n] = -1; // a derived form two terms claim: neither gets it
    }
  }
  // Renumber breadth-first, children sorted by symbol (the root's children are in rootKids, the
  // others in sibling lists), into the compact layout of Automaton.firstChild.
  const order = new Int32Array(nodeCount);
  const newId = new Int32Array(nodeCount);
  const first = new Int32Array(nodeCount + 1);
  const kids = new Int32Array(SYM_ALNUM);
  let tail = 1;
  for (let head = 0; head < nodeCount; head++) {
    const old = order[head] as number;
    first[head] = tail;
    let count = 0;
    if (head === 0) {
      for (let sym = 0; sym < SYM_ALNUM; sym++) {
        if (rootKids[sym] !== 0) {
          kids[count++] = rootKids[sym] as number;
        }
      }
    } else {
      for (let k = firstChild[old] as number; k !== 0; k = sibling[k] as number) {
        // Insertion sort by symbol: at most 36 children.
        let j = count++;
        while (j > 0 && (nodeSymbol[kids[j - 1] as number] as number) > (nodeSymbol[k] as number)) {
          kids[j] = kids[j - 1] as number;
          j--;
        }
        kids[j] = k;
      }
    }
    for (let j = 0; j < count; j++) {
      const k = kids[j] as number;
      order[tail] = k;
      newId[k] = tail++;
    }
  }
  first[nodeCount] = nodeCount;
  const symbols = new Uint8Array(nodeCount);
  const flags = new Uint8Array(nodeCount);
  const accepts = new Int32Array(nodeCount);
  for (let n = 0; n < nodeCount; n++) {
    const old = order[n] as number;
    symbols[n] = nodeSymbol[old] as number;
    flags[n] = nodeFlags[old] as number;
    accepts[n] = nodeAccept[old] as number;
  }
  for (let k = 0; k < rootKids.length; k++) {
    rootKids[k] = newId[rootKids[k] as number] as number;
  }
  for (let k = 0; k < pairNode.length; k++) {
    pairNode[k] = newId[pairNode[k] as number] as number;
  }
  const base = {
    firstChild: first,
    nodeSymbol: symbols,
    nodeFlags: flags,
    nodeAccept: accepts,
    pairNode,
    rootKids,
    acceptTerm: accTerm.slice(0, accCount),
    acceptCase: accCase.slice(0, accCount),
    acceptStem: accStem.slice(0, accCount),
    acceptBreaks: accBreaks.slice(0, accCount),
    maxSpan: maxSpan + 1,
    nodeCount,
  };
  const triple = buildTriple(base);
  return { ...base, triple, ...buildQuad(base), ...buildFilter(rootKids, triple) };
}

/** Children of a node as [symbol, node] pairs. */
function children(a: Pick<Automaton, 'firstChild' | 'nodeSymbol'>, node: number): [number, number][] {
  const out: [number, number][] = [];
  for (let k = a.firstChild[node] as number; k < (a.firstChild[node + 1] as number); k++) {
    out.push([a.nodeSymbol[k] as number, k]);
  }
  return out;
}

/**
 * Which three filter symbols can begin a match: `triple[(s0 * 40 + s1) * 40 + s2]`. A character
 * outside ASCII ({@link SYM_OTHER}) in second or third place is let through (it may be a no-break
 * space or a typographic apostrophe); after two symbols that already form a term, anything is.
 */
function buildTriple(a: TrieParts): Uint8Array {
  const t = new Uint8Array(SYM_COUNT * SYM_COUNT * SYM_COUNT);
  const at = (s0: number, s1: number, s2: number): void => {
    t[(s0 * SYM_COUNT + s1) * SYM_COUNT + s2] = 1;
  };
  const accepts = (n: number): boolean => (a.nodeAccept[n] as number) >= 0;
  /** Third symbols after reaching `n` by letters only. */
  const thirds = (s0: number, s1: number, n: number): void => {
    const f = a.nodeFlags[n] as number;
    for (const [sym] of children(a, n)) {
      at(s0, s1, sym);
    }
    if (f & SEP_CHILD) {
      at(s0, s1, SYM_SEP);
    }
    if (f & APOS_CHILD) {
      at(s0, s1, SYM_APOS);
    }
    at(s0, s1, SYM_OTHER);
    if (accepts(n)) {
      for (let s2 = 0; s2 < SYM_COUNT; s2++) {
        at(s0, s1, s2);
      }
    }
  };
  for (let s0 = 0; s0 < SYM_ALNUM; s0++) {
    const n1 = a.rootKids[s0] as number;
    if (n1 === 0) {
      continue;
    }
    const f1 = a.nodeFlags[n1] as number;
    for (const [s1, n2] of children(a, n1)) {
      thirds(s0, s1, n2);
    }
    for (const [flag, child, s1] of [[SEP_BEFORE, SEP_CHILD, SYM_SEP], [APOS_BEFORE, APOS_CHILD, SYM_APOS]] as const) {
      if ((f1 & child) === 0) {
        continue;
      }
      for (const [s2, n2] of children(a, n1)) {
        if ((a.nodeFlags[n2] as number) & flag) {
          at(s0, s1, s2);
        }
      }
      at(s0, s1, SYM_OTHER);
      if (s1 === SYM_SEP) {
        at(s0, s1, SYM_SEP); // a run of spaces
      }
    }
    if (f1 & (SEP_CHILD | APOS_CHILD)) {
      for (let s2 = 0; s2 < SYM_COUNT; s2++) {
        at(s0, SYM_OTHER, s2);
      }
    }
  }
  return t;
}

/**
 * Builds {@link Automaton.quad}: every sequence of four filter symbols that can begin a match,
 * found by walking the trie four symbols deep the way the scan reads text (a break only where a
 * node has one, a run of spaces, a character outside ASCII standing for any break). After a form
 * that is already complete, anything that can end it may follow: a non-letter, or a digit after a
 * letter (and a letter after a digit); a letter after a letter only at a case change, which
 * {@link Automaton.short} records.
 */
function buildQuad(a: TrieParts): Pick<Automaton, 'quad' | 'quadOpen' | 'quint' | 'short'> {
  const quad = new Uint32Array((1 << 20) / 32);
  const quadOpen = new Uint32Array((1 << 20) / 32);
  const quint = new Uint32Array((1 << QUINT_BITS) / 32);
  const short = new Uint8Array((1 << 10) + (1 << 15));
  const set = (bits: Uint32Array, index: number): void => {
    bits[index >>> 5] = (bits[index >>> 5] as number) | (1 << (index & 31));
  };
  /** Marks every completion of `prefix` (of `length` symbols) to four symbols, as open (a form ended). */
  const fill = (prefix: number, length: number): void => {
    if (length === 4) {
      set(quad, prefix);
      set(quadOpen, prefix);
      return;
    }
    for (let s = 0; s < SYM_COUNT; s++) {
      fill((prefix << 5) | (QUAD_CODE[s] as number), length + 1);
    }
  };
  /** Marks the completions of a whole form `prefix` whose next symbol can end it. */
  const ends = (prefix: number, length: number, lastSymbol: number): void => {
    const lastIsDigit = lastSymbol >= 26;
    for (let s = 0; s < SYM_COUNT; s++) {
      const letter = s < 26;
      const digit = s >= 26 && s < SYM_ALNUM;
      if ((!letter && !digit) || (digit && !lastIsDigit) || (letter && lastIsDigit)) {
        fill((prefix << 5) | (QUAD_CODE[s] as number), length + 1);
      }
    }
    short[length === 2 ? prefix : (1 << 10) + prefix] = 1;
  };
  const visit = (node: number, prefix: number, length: number, pending: number): void => {
    if (length === 5) {
      set(quint, quintIndex(prefix));
      return;
    }
    const accepts = pending === 0 && (a.nodeAccept[node] as number) >= 0;
    if (length === 4) {
      set(quad, prefix);
      if (accepts) {
        set(quadOpen, prefix); // a four-symbol form: anything may follow
      }
    } else if (length >= 2 && accepts) {
      ends(prefix, length, a.nodeSymbol[node] as number);
    }
    for (const [sym, child] of children(a, node)) {
      if (pending === 0 || ((a.nodeFlags[child] as number) & pending) !== 0) {
        visit(child, (prefix << 5) | (QUAD_CODE[sym] as number), length + 1, 0);
      }
    }
    const flags = a.nodeFlags[node] as number;
    if (node !== 0 && (flags & SEP_CHILD) !== 0 && pending !== APOS_BEFORE) {
      visit(node, (prefix << 5) | (QUAD_CODE[SYM_SEP] as number), length + 1, SEP_BEFORE);
    }
    if (node !== 0 && (flags & APOS_CHILD) !== 0 && pending === 0) {
      visit(node, (prefix << 5) | (QUAD_CODE[SYM_APOS] as number), length + 1, APOS_BEFORE);
    }
    if (node !== 0 && (flags & (SEP_CHILD | APOS_CHILD)) !== 0 && pending !== APOS_BEFORE) {
      visit(node, (prefix << 5) | (QUAD_CODE[SYM_OTHER] as number), length + 1, SEP_BEFORE | APOS_BEFORE);
    }
  };
  visit(0, 0, 0, 0);
  return { quad, quadOpen, quint, short };
}

/** Size of {@link Automaton.quint} in bits, as a power of two (256 KB). */
const QUINT_BITS = 21;

/** Index in {@link Automaton.quint} of five {@link QUAD_CODE}s packed as `q0 << 20 | … | q4` (a multiplicative hash). */
export function quintIndex(packed: number): number {
  return Math.imul(packed, 0x9e3779b1) >>> (32 - QUINT_BITS);
}

/** Rows of the start filter that do not depend on the glossary: 5 by class code, 128 "may start here", 128 "may start if a lower-case letter follows". */
const BASE_ROWS = CODE_OTHER + 1 + 256;
const PEND = CODE_OTHER + 1;
const COND = PEND + 128;

/**
 * Builds the start filter (see {@link Automaton.filter}). Its rows:
 * - 0-4: the last character has this class code and no term starts at it;
 * - {@link PEND} + c: the last character is c, and a term may start at it (a word boundary is there);
 * - {@link COND} + c: the last character is c, a capital after a capital, and a term may start at it
 *   only if a lower-case letter follows;
 * - pair rows, one per (first symbol, second symbol, row of the second character) reached: the last
 *   two characters may begin a form. Reading a third character that continues some form
 *   (`triple`) flags the position two characters back; the next row is what the row of the second
 *   character gives.
 * A few hundred rows for a small glossary, a few thousand for tens of thousands of terms.
 */
function buildFilter(rootKids: Int32Array, triple: Uint8Array): { filter: Int32Array; rowPair: Int16Array } {
  // Whether two filter symbols begin some form (whatever the third).
  const pairs = new Uint8Array(SYM_COUNT * SYM_COUNT);
  for (let p = 0; p < pairs.length; p++) {
    for (let s2 = 0; s2 < SYM_COUNT && pairs[p] === 0; s2++) {
      pairs[p] = triple[p * SYM_COUNT + s2] as number;
    }
  }
  const pairRowOf = new Map<number, number>();
  const pairRows: number[] = []; // key of each pair row: (s0 * SYM_COUNT + s1) * BASE_ROWS + row of the second character
  const pairRow = (s0: number, s1: number, second: number): number => {
    const key = (s0 * SYM_COUNT + s1) * BASE_ROWS + second;
    let r = pairRowOf.get(key);
    if (r === undefined) {
      r = BASE_ROWS + pairRows.length;
      pairRowOf.set(key, r);
      pairRows.push(key);
    }
    return r;
  };
  const base = new Int32Array(BASE_ROWS << 7);
  for (let row = 0; row < BASE_ROWS; row++) {
    let lastCode: number;
    let pendChar = -1;
    let cond = false;
    if (row < PEND) {
      lastCode = row;
    } else {
      pendChar = row < COND ? row - PEND : row - COND;
      cond = row >= COND;
      lastCode = ASCII_CODE[pendChar] as number;
    }
    const prev = CODE_CLASS[lastCode] as number;
    for (let c = 0; c < 128; c++) {
      const code = ASCII_CODE[c] as number;
      const cls = ASCII_CLASS[c] as number;
      const sym = ASCII_SYMBOL[c] as number;
      let next = code;
      if (sym >= 0 && sym < SYM_ALNUM && c !== 127 && (rootKids[sym] as number) !== 0) {
        if (lastCode === CODE_OTHER || (prev & WORD) === 0 || ((prev & LOWER) !== 0 && (cls & UPPER) !== 0) || ((prev ^ cls) & DIGIT) !== 0) {
          next = PEND + c;
        } else if ((prev & UPPER) !== 0 && (cls & UPPER) !== 0) {
          next = COND + c;
        }
      }
      if (pendChar >= 0) {
        const s0 = ASCII_SYMBOL[pendChar] as number;
        const s1 = FILTER_SYMBOL[c] as number;
        if (s0 >= 0 && s0 < SYM_ALNUM && pairs[s0 * SYM_COUNT + s1] !== 0 && (!cond || (c >= 0x61 && c <= 0x7a))) {
          next = pairRow(s0, s1, next);
        }
      }
      base[(row << 7) | c] = next;
    }
  }
  const rows = BASE_ROWS + pairRows.length;
  const filter = new Int32Array(rows << 7);
  const rowPair = new Int16Array(rows);
  for (let e = 0; e < base.length; e++) {
    filter[e] = (base[e] as number) << 7;
  }
  for (let r = BASE_ROWS; r < rows; r++) {
    const key = pairRows[r - BASE_ROWS] as number;
    const second = key % BASE_ROWS;
    const p = (key - second) / BASE_ROWS;
    rowPair[r] = ((QUAD_CODE[Math.floor(p / SYM_COUNT)] as number) << 5) | (QUAD_CODE[p % SYM_COUNT] as number);
    for (let c = 0; c < 128; c++) {
      const flag = triple[p * SYM_COUNT + (FILTER_SYMBOL[c] as number)] !== 0;
      const next = (base[(second << 7) | c] as number) << 7;
      filter[(r << 7) | c] = flag ? next | (1 << 31) : next;
    }
  }
  return { filter, rowPair };
}

/** Start-filter row to resume a scan at `index` (before reading `text[index]`). */
export function resumeRow(text: string, index: number): number {
  if (index <= 0) {
    return noneRow(CODE_NON_WORD);
  }
  const c = text.charCodeAt(index - 1);
  return noneRow(ASCII_CODE[c > 127 ? 127 : c] as number);
}

