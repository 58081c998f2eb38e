/**
 * The start filters of the matcher, built from the trie: the character automaton the scan steps
 * once per character, and the bit sets on the first three, four and five symbols of every form
 * (see {@link Automaton.filter}, {@link Automaton.quad}, {@link Automaton.quint}), and on the first
 * six ({@link Automaton.sext}).
 */
import {
  ASCII_CLASS, ASCII_CODE, ASCII_SYMBOL, CODE_CLASS, CODE_NON_WORD, CODE_OTHER, DIGIT, FILTER_SYMBOL, LOWER,
  QUAD_CHAR, QUAD_CODE, SYM_ALNUM, SYM_APOS, SYM_COUNT, SYM_OTHER, SYM_SEP, UPPER, WORD,
} from './charClass';
import { APOS_BEFORE, APOS_CHILD, SEP_BEFORE, SEP_CHILD, type Automaton, type TrieParts } from './tables';

/** Row of the start filter for "last character of class code `code`, no term starts there". */
export function noneRow(code: number): number {
  return code << 7;
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
export function buildTriple(a: TrieParts): Uint8Array {
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
export function buildQuad(
  a: TrieParts,
): Pick<Automaton, 'quad' | 'quadOpen' | 'quint' | 'quintOpen' | 'quintShift' | 'sext' | 'sextShift' | 'short'> {
  const quad = new Uint32Array((1 << 20) / 32);
  const quadOpen = new Uint32Array((1 << 20) / 32);
  const quint = new Uint32Array((1 << QUINT_BITS) / 32);
  const quintOpen = new Uint32Array((1 << QUINT_BITS) / 32);
  const sext = new Uint32Array((1 << QUINT_BITS) / 32);
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
    if (length === 6) {
      set(sext, sextIndex(prefix, 32 - QUINT_BITS));
      return;
    }
    const accepts = pending === 0 && (a.nodeAccept[node] as number) >= 0;
    if (length === 5) {
      set(quint, quintIndex(prefix, 32 - QUINT_BITS));
      if (accepts) {
        set(quintOpen, quintIndex(prefix, 32 - QUINT_BITS)); // a five-symbol form: anything may follow
      }
    } else if (length === 4) {
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
  const quintBits = foldedBits(quint);
  const sextBits = foldedBits(sext);
  return {
    quad,
    quadOpen,
    quint: fold(quint, quintBits),
    quintOpen: fold(quintOpen, quintBits),
    quintShift: 32 - quintBits,
    sext: fold(sext, sextBits),
    sextShift: 32 - sextBits,
    short,
  };
}

/** Largest size of {@link Automaton.quint} and {@link Automaton.sext} in bits, as a power of two (256 KB). */
const QUINT_BITS = 21;
/** Smallest size of those bit sets in bits (1 KB). */
const MIN_HASH_BITS = 13;
/** Bits per entry those bit sets keep at least, so that few absent sequences hash onto a set bit. */
const BITS_PER_ENTRY = 32;

/**
 * Index in {@link Automaton.quint} of five {@link QUAD_CODE}s packed as `q0 << 20 | … | q4` (a
 * multiplicative hash), for a bit set of `2 ** (32 - shift)` bits ({@link Automaton.quintShift}).
 */
export function quintIndex(packed: number, shift: number): number {
  return Math.imul(packed, 0x9e3779b1) >>> shift;
}

/** Index in {@link Automaton.sext} of six {@link QUAD_CODE}s packed as `q0 << 25 | … | q5`, like {@link quintIndex}. */
export function sextIndex(packed: number, shift: number): number {
  return Math.imul(packed, 0x85ebca6b) >>> shift;
}

/** Number of set bits in a bit set. */
function popCount(bits: Uint32Array): number {
  let count = 0;
  for (let i = 0; i < bits.length; i++) {
    let w = (bits[i] as number) | 0; // as int32: a word with its top bit set stays a small integer
    while (w !== 0) {
      w &= w - 1;
      count++;
    }
  }
  return count;
}

/**
 * Size in bits (as a power of two) that a hashed bit set of {@link QUINT_BITS} bits can be folded
 * to while keeping {@link BITS_PER_ENTRY} bits per set bit: a small glossary's sets then stay in
 * the processor's nearest cache.
 */
function foldedBits(bits: Uint32Array): number {
  const want = popCount(bits) * BITS_PER_ENTRY;
  let size = MIN_HASH_BITS;
  while (size < QUINT_BITS && 1 << size < want) {
    size++;
  }
  return size;
}

/**
 * The bit set of {@link QUINT_BITS} bits folded to `size` bits: a multiplicative hash keeps its top
 * bits, so bit `i` becomes bit `i >>> (QUINT_BITS - size)`, and every sequence keeps its bit set.
 */
function fold(bits: Uint32Array, size: number): Uint32Array {
  if (size === QUINT_BITS) {
    return bits;
  }
  const out = new Uint32Array(Math.max(1, (1 << size) >>> 5));
  const drop = QUINT_BITS - size;
  for (let w = 0; w < bits.length; w++) {
    let word = (bits[w] as number) | 0;
    while (word !== 0) {
      const low = word & -word;
      const i = ((w << 5) | (31 - Math.clz32(low))) >>> drop;
      out[i >>> 5] = (out[i >>> 5] as number) | (1 << (i & 31));
      word ^= low;
    }
  }
  return out;
}

/** Filter entry bit: a term may start three characters before the one just read (the entry is negative). */
export const FLAG_START = 1 << 31;
/** Filter entry bit, on a flagged entry: the four characters are in {@link Automaton.quad}. */
export const FLAG_QUAD = 1 << 30;
/** Filter entry bit, on a flagged entry: the four characters are in {@link Automaton.quadOpen} (no {@link Automaton.quint} check). */
export const FLAG_OPEN = 1 << 29;
/**
 * Filter entry bit, on a flagged entry: the start is four characters before the one just read, not
 * three; its first five are in {@link Automaton.quint} (see `buildFilter`).
 */
export const FLAG_LATE = 1 << 28;
/**
 * Filter entry bit, on a flagged entry: the start is five characters before the one just read; its
 * first six are in {@link Automaton.sext} and no form ends within its first five.
 */
export const FLAG_LATER = 1 << 27;
/** Mask of the next row (premultiplied by 128) in a filter entry. */
export const FILTER_ROW = FLAG_LATER - 1;

/** Most rows of a start filter with quint rows (2 MB); a larger one flags every start on its fourth character. */
const LATE_ROW_LIMIT = 4096;

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
 * - pair rows, one per (first two symbols, row of the second character) reached: the last two
 *   characters may begin a form;
 * - triple rows, one per (first three symbols, whether a two-symbol form may end before the third
 *   at a case change, row the second and third characters lead to) reached: the last three
 *   characters begin some form (`triple`). Reading a fourth character that continues some form
 *   (`quad`, or a form of three symbols ending at a case change) flags the position three
 *   characters back;
 * - for a glossary whose filter stays within {@link LATE_ROW_LIMIT} rows, quint rows, one per (first
 *   four symbols, row the fourth character leads to), where no form ends within the four: the fifth
 *   character flags the start four back only if the five are in `quint`; and sext rows likewise
 *   for the sixth character and `sext`, where no form ends within the five.
 * A row also carries on the tracking of the characters read since, so that a start inside a
 * candidate is not missed. A few hundred rows for a small glossary, some ten thousand for tens of
 * thousands of terms; only the rows of common word beginnings are read often.
 */
export function buildFilter(
  rootKids: Int32Array,
  triple: Uint8Array,
  sets: Pick<Automaton, 'quad' | 'quadOpen' | 'quint' | 'quintOpen' | 'quintShift' | 'sext' | 'sextShift' | 'short'>,
): { filter: Int32Array; rowTriple: Int32Array } {
  const { quad, quadOpen, quint, quintOpen, quintShift, sext, sextShift, short } = sets;
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

  // Pair rows: a third character that continues some form leads to a triple row.
  const zMax = BASE_ROWS + pairRows.length;
  const tripleRowOf = new Map<number, number>();
  const tripleRows: number[] = []; // key: ((t * 2 + force) * zMax + z), t the three symbols
  const isUpper = (c: number): boolean => c >= 0x41 && c <= 0x5a;
  const codes = (t: number): number =>
    ((QUAD_CODE[Math.floor(t / (SYM_COUNT * SYM_COUNT))] as number) << 10) |
    ((QUAD_CODE[Math.floor(t / SYM_COUNT) % SYM_COUNT] as number) << 5) |
    (QUAD_CODE[t % SYM_COUNT] as number);
  const pairNext = new Int32Array(pairRows.length << 7);
  for (let r = 0; r < pairRows.length; r++) {
    const key = pairRows[r] as number;
    const second = key % BASE_ROWS;
    const p = (key - second) / BASE_ROWS;
    const shortPair = short[codes(p * SYM_COUNT) >> 5] !== 0;
    for (let c = 0; c < 128; c++) {
      const z = base[(second << 7) | c] as number;
      const t = p * SYM_COUNT + (FILTER_SYMBOL[c] as number);
      let next = z;
      if (triple[t] !== 0) {
        const k = ((t * 2 + (shortPair && isUpper(c) ? 1 : 0)) * zMax) + z;
        let tr = tripleRowOf.get(k);
        if (tr === undefined) {
          tr = zMax + tripleRows.length;
          tripleRowOf.set(k, tr);
          tripleRows.push(k);
        }
        next = tr;
      }
      pairNext[(r << 7) | c] = next;
    }
  }

  // Triple rows. Where the four characters read begin some form but none that ends within them,
  // the flag waits for the fifth character: the entry leads to a quint row that flags the start
  // (FLAG_LATE) only if the five are in `quint`, unless a start one character later may be flagged
  // on the same character (the row after the fourth is itself a triple row) or a short form may end.
  const tripleEnd = zMax + tripleRows.length;
  const zRow = (z: number, c: number): number =>
    z < BASE_ROWS ? (base[(z << 7) | c] as number) : (pairNext[((z - BASE_ROWS) << 7) | c] as number);
  const tripleNext = new Int32Array(tripleRows.length << 7);
  const rowTriple3 = new Int32Array(tripleRows.length);
  const quintRowOf = new Map<number, number>();
  const quintRows: number[] = []; // key: q4 * 2^21 + row after the fourth character
  /** Fills the triple rows, with quint rows if `late`; false (unfinished) once those pass {@link LATE_ROW_LIMIT}. */
  const fillTriples = (late: boolean): boolean => {
    for (let r = 0; r < tripleRows.length; r++) {
      const key = tripleRows[r] as number;
      const z = key % zMax;
      const rest = (key - z) / zMax;
      const force = rest % 2 === 1;
      const q3 = codes((rest - (rest % 2)) / 2);
      rowTriple3[r] = q3;
      const shortTriple = short[(1 << 10) + q3] !== 0;
      for (let c = 0; c < 128; c++) {
        const q = (q3 << 5) | (QUAD_CHAR[c] as number);
        const inQuad = ((quad[q >>> 5] as number) & (1 << (q & 31))) !== 0;
        const open = ((quadOpen[q >>> 5] as number) & (1 << (q & 31))) !== 0;
        const shortEnd = force || (shortTriple && isUpper(c));
        const next = zRow(z, c);
        let entry = next << 7;
        if (late && inQuad && !open && !shortEnd && next < zMax) {
          const k = q * (1 << 21) + next;
          let qr = quintRowOf.get(k);
          if (qr === undefined) {
            qr = tripleEnd + quintRows.length;
            quintRowOf.set(k, qr);
            quintRows.push(k);
            if (qr >= LATE_ROW_LIMIT) {
              return false;
            }
          }
          entry = qr << 7;
        } else if (inQuad || shortEnd) {
          entry = entry | FLAG_START | (inQuad ? FLAG_QUAD : 0) | (open ? FLAG_OPEN : 0);
        }
        tripleNext[(r << 7) | c] = entry;
      }
    }
    return true;
  };
  if (!fillTriples(true)) {
    // A large glossary: its quint rows would cost more in cache misses than they spare in checks.
    quintRowOf.clear();
    quintRows.length = 0;
    fillTriples(false);
  }

  // Quint rows: the fifth character flags the start four back (FLAG_LATE) if the five are in
  // `quint` and some form may end within them; where none may, the flag waits for the sixth in a
  // sext row (FLAG_LATER, five back), under the same conditions as for a quint row.
  const has = (bits: Uint32Array, h: number): boolean => ((bits[h >>> 5] as number) & (1 << (h & 31))) !== 0;
  const quintEnd = tripleEnd + quintRows.length;
  const quintNext = new Int32Array(quintRows.length << 7);
  const sextRowOf = new Map<number, number>();
  const sextRows: number[] = []; // key: q5 * 2^21 + row after the fifth character
  for (let r = 0; r < quintRows.length; r++) {
    const key = quintRows[r] as number;
    const z = key % (1 << 21);
    const q4 = (key - z) / (1 << 21);
    for (let c = 0; c < 128; c++) {
      const q5 = (q4 << 5) | (QUAD_CHAR[c] as number);
      const h = quintIndex(q5, quintShift);
      const next = zRow(z, c);
      let entry = next << 7;
      if (has(quint, h)) {
        let sr: number | undefined;
        if (!has(quintOpen, h) && next < zMax) {
          const k = q5 * (1 << 21) + next;
          sr = sextRowOf.get(k);
          if (sr === undefined && quintEnd + sextRows.length < LATE_ROW_LIMIT) {
            sr = quintEnd + sextRows.length;
            sextRowOf.set(k, sr);
            sextRows.push(k);
          }
        }
        entry = sr === undefined ? entry | FLAG_START | FLAG_LATE : sr << 7;
      }
      quintNext[(r << 7) | c] = entry;
    }
  }

  const rows = quintEnd + sextRows.length;
  if (rows << 7 > FILTER_ROW) {
    throw new Error(`The start filter has ${rows} rows, more than its entries can address.`);
  }
  const filter = new Int32Array(rows << 7);
  const rowTriple = new Int32Array(rows);
  for (let e = 0; e < base.length; e++) {
    filter[e] = (base[e] as number) << 7;
  }
  for (let e = 0; e < pairNext.length; e++) {
    filter[(BASE_ROWS << 7) + e] = (pairNext[e] as number) << 7;
  }
  filter.set(tripleNext, zMax << 7);
  rowTriple.set(rowTriple3, zMax);
  filter.set(quintNext, tripleEnd << 7);
  for (let r = 0; r < quintRows.length; r++) {
    rowTriple[tripleEnd + r] = Math.floor((quintRows[r] as number) / (1 << 21));
  }
  // Sext rows: the sixth character flags the start five back if the six are in `sext`.
  for (let r = 0; r < sextRows.length; r++) {
    const key = sextRows[r] as number;
    const z = key % (1 << 21);
    const q5 = (key - z) / (1 << 21);
    const row = quintEnd + r;
    rowTriple[row] = q5;
    for (let c = 0; c < 128; c++) {
      const next = zRow(z, c) << 7;
      filter[(row << 7) | c] = has(sext, sextIndex((q5 << 5) | (QUAD_CHAR[c] as number), sextShift)) ? next | FLAG_START | FLAG_LATER : next;
    }
  }
  return { filter, rowTriple };
}

/** Start-filter row to resume a scan at `index` (before reading `text[index]`). */
export function resumeRow(text: string, index: number): number {
  if (index <= 0) {
    return noneRow(CODE_NON_WORD);
  }
  const c = text.charCodeAt(index - 1);
  return noneRow(ASCII_CODE[c > 127 ? 127 : c] as number);
}

