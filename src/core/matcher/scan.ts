/**
 * The scan: finds the leftmost-longest matches of a compiled {@link Automaton} in a text. Reads
 * each character once with `charCodeAt`, steps the start filter with one table read, and walks the
 * trie only where the filter says a term can start. No regular expression runs over the text, so
 * there is no backtracking: the cost is linear in the text length (a walk is at most as long as the
 * longest form).
 */
import {
  APOS_BEFORE, APOS_CHILD, COMMA_BEFORE, COMMA_CHILD, SEP_BEFORE, SEP_CHILD, shallowChild, type Automaton,
} from './tables';
import { FILTER_ROW, FLAG_LATE, FLAG_LATER, FLAG_OPEN, FLAG_QUAD, noneRow, quintIndex, resumeRow, sextIndex } from './filters';
import {
  ASCII_CLASS, ASCII_CODE, ASCII_SYMBOL, MAX_SPACE_RUN, QUAD_CHAR, QUAD_NONE, SYM_ALNUM, SYM_SEP,
  classBefore, isEndBoundary, isLowerAt, isSpaceLike, nonAsciiSymbol, startsAfter,
} from './charClass';
import { CaseRule } from './forms';

/** Result slot of {@link walk}, reused to avoid allocating per attempt. */
export interface WalkResult {
  /** Start of the match (set by the scan's candidate check). */
  start: number;
  /** End (exclusive) of the longest match found. */
  end: number;
  /** Index of its term. */
  termIndex: number;
}

/** Called for each match; return false to stop the scan. */
export type Emit = (termIndex: number, start: number, end: number) => boolean;

/**
 * Whether the matched characters satisfy the capitals rule of an abbreviation: the first
 * `stemLetters` letters and digits are not lower case, the letters after them are.
 */
function capitalsOk(text: string, start: number, end: number, stemLetters: number): boolean {
  let k = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) {
      if (k < stemLetters) {
        return false;
      }
      k++;
    } else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) {
      if (k >= stemLetters) {
        return false;
      }
      k++;
    }
  }
  return true;
}

/**
 * Walks the trie from `start` and stores the longest accepted match ending on a word boundary in
 * `out`. Returns whether there was one. A break (a run of up to {@link MAX_SPACE_RUN} spaces, or one
 * hyphen, underscore or apostrophe) is taken only where a form has one, and a match may only use the
 * kinds of break its own forms have.
 */
export function walk(a: Automaton, text: string, start: number, out: WalkResult): boolean {
  const { firstChild, nodeSymbol, nodeFlags, nodeAccept, rootKids, pairNode } = a;
  const n = text.length;
  let node = 0;
  let depth = 0;
  let pending = 0;
  let used = 0;
  let found = false;
  let j = start;
  // Two letters or digits first (nearly every walk): one read of the pair table.
  const c0 = text.charCodeAt(start);
  const c1 = start + 1 < n ? text.charCodeAt(start + 1) : 0;
  const s0 = c0 < 128 ? (ASCII_SYMBOL[c0] as number) : -1;
  const s1 = c1 < 128 ? (ASCII_SYMBOL[c1] as number) : -1;
  if (s0 >= 0 && s0 < SYM_SEP && s1 >= 0 && s1 < SYM_SEP) {
    node = pairNode[s0 * SYM_ALNUM + s1] as number;
    if (node === 0) {
      return false;
    }
    depth = 2;
    j = start + 2;
    const acc = nodeAccept[node] as number;
    if (acc >= 0 && isEndBoundary(text, j)) {
      if (a.acceptCase[acc] === CaseRule.Any || capitalsOk(text, start, j, a.acceptStem[acc] as number)) {
        out.end = j;
        out.termIndex = a.acceptTerm[acc] as number;
        found = true;
      }
    }
  }
  while (j < n) {
    const c = text.charCodeAt(j);
    const sym = c < 128 ? (ASCII_SYMBOL[c] as number) : nonAsciiSymbol(c);
    if (sym < 0) {
      // A comma and the spaces after it, only where a form has a comma.
      if (c !== 0x2c || depth === 0 || pending !== 0 || ((nodeFlags[node] as number) & COMMA_CHILD) === 0) {
        break;
      }
      pending = COMMA_BEFORE;
      j++;
      for (let run = 0; run < MAX_SPACE_RUN && j < n && isSpaceLike(text.charCodeAt(j)); run++) {
        j++;
      }
      continue;
    }
    if (sym < SYM_SEP) {
      let child = 0;
      if (depth < 2) {
        child = shallowChild(rootKids, pairNode, nodeSymbol, node, depth, sym);
      } else {
        child = childOf(firstChild, nodeSymbol, node, sym);
      }
      if (child === 0 || (pending !== 0 && ((nodeFlags[child] as number) & pending) === 0)) {
        break;
      }
      used |= pending;
      pending = 0;
      node = child;
      depth++;
      j++;
      const acc = nodeAccept[node] as number;
      if (acc >= 0 && (used & ~(a.acceptBreaks[acc] as number)) === 0 && isEndBoundary(text, j)) {
        if (a.acceptCase[acc] === CaseRule.Any || capitalsOk(text, start, j, a.acceptStem[acc] as number)) {
          out.end = j;
          out.termIndex = a.acceptTerm[acc] as number;
          found = true;
        }
      }
      continue;
    }
    // A break: at most one between two letters, and only where a form has one.
    const flag = sym === SYM_SEP ? SEP_CHILD : APOS_CHILD;
    if (depth === 0 || pending !== 0 || ((nodeFlags[node] as number) & flag) === 0) {
      break;
    }
    pending = sym === SYM_SEP ? SEP_BEFORE : APOS_BEFORE;
    j++;
    if (isSpaceLike(c)) {
      for (let run = 1; run < MAX_SPACE_RUN && j < n && isSpaceLike(text.charCodeAt(j)); run++) {
        j++;
      }
    }
  }
  return found;
}

/** Children of a node above which {@link childOf} halves the range instead of reading it in order. */
const WIDE_NODE = 8;

/**
 * The child of `node` on `sym`, or 0. Children sit side by side, sorted by symbol: a few are read in
 * order, many (the shallow nodes of a large glossary, up to 36) are searched by halving, so a step
 * costs about the same whatever the glossary's size.
 */
function childOf(firstChild: Int32Array, nodeSymbol: Uint8Array, node: number, sym: number): number {
  let lo = firstChild[node] as number;
  let hi = firstChild[node + 1] as number;
  while (hi - lo > WIDE_NODE) {
    const mid = (lo + hi) >> 1;
    if ((nodeSymbol[mid] as number) <= sym) {
      lo = mid;
    } else {
      hi = mid;
    }
  }
  for (let k = lo; k < hi; k++) {
    if (nodeSymbol[k] === sym) {
      return k;
    }
  }
  return 0;
}

/** The exact start check: a letter or digit that begins some form, on a word boundary. */
export function startsAt(a: Automaton, text: string, index: number): boolean {
  const c = text.charCodeAt(index);
  const sym = c < 128 ? (ASCII_SYMBOL[c] as number) : -1;
  if (sym < 0 || sym >= SYM_SEP || a.rootKids[sym] === 0) {
    return false;
  }
  return startsAfter(text, index, index > 0 ? classBefore(text, index) : 0, ASCII_CLASS[c] as number);
}

/**
 * Checks a start the filter flagged with `entry` on reading `text[i]` in row `row` (the start is
 * `i - 3`, `i - 4` for FLAG_LATE, `i - 5` for FLAG_LATER) and walks from it, setting `result.start`: the four-symbol bit
 * set, as the entry carries it (the flag may also stand for a short form ending at a case change),
 * the hashed five-symbol one where no form ends within four symbols and the six-symbol one where
 * none ends within five, the exact boundary check where a character outside ASCII comes before,
 * then the walk.
 */
function candidate(a: Automaton, text: string, i: number, row: number, entry: number, result: WalkResult): boolean {
  let s = i - 3;
  if ((entry & FLAG_LATER) !== 0) {
    // Flagged on the sixth character, the six being in sext.
    s = i - 5;
  } else if ((entry & FLAG_LATE) !== 0) {
    // Flagged on the fifth character, the five being in quint.
    s = i - 4;
    if (!sixthOk(a, text, ((a.rowTriple[row >> 7] as number) << 5) | quadCodeAt(text, i), i + 1)) {
      return false;
    }
  } else if ((entry & FLAG_OPEN) === 0 && !fourthOk(a, text, i, row, entry)) {
    return false;
  }
  result.start = s;
  return (s === 0 || text.charCodeAt(s - 1) < 128 || startsAt(a, text, s)) && walk(a, text, s, result);
}

/**
 * The check of a start flagged on its fourth character `text[i]` where no form ends within the
 * four: the five are in quint and {@link sixthOk}, or a short form ends at a case change.
 */
function fourthOk(a: Automaton, text: string, i: number, row: number, entry: number): boolean {
  const s = i - 3;
  const q = ((a.rowTriple[row >> 7] as number) << 5) | quadCodeAt(text, i);
  if ((entry & FLAG_QUAD) !== 0) {
    const q5 = (q << 5) | quadCodeAt(text, i + 1);
    const h = quintIndex(q5, a.quintShift);
    if (((a.quint[h >>> 5] as number) & (1 << (h & 31))) !== 0 && sixthOk(a, text, q5, i + 2)) {
      return true;
    }
  }
  // A whole two- or three-symbol form followed by a letter ends there only at a case change.
  return (shortEnds(text, s + 2) && a.short[q >>> 10] !== 0) || (shortEnds(text, s + 3) && a.short[(1 << 10) + (q >>> 5)] !== 0);
}

/**
 * For five symbols `q5` in quint, where `text[at]` is the sixth character: whether some form may
 * end within the five, or the six are in sext.
 */
function sixthOk(a: Automaton, text: string, q5: number, at: number): boolean {
  const h = quintIndex(q5, a.quintShift);
  if (((a.quintOpen[h >>> 5] as number) & (1 << (h & 31))) !== 0) {
    return true;
  }
  const h6 = sextIndex((q5 << 5) | quadCodeAt(text, at), a.sextShift);
  return ((a.sext[h6 >>> 5] as number) & (1 << (h6 & 31))) !== 0;
}

/**
 * Whether a form whose last letter is `text[end - 1]` can end at `end` where a letter follows: the
 * letter at `end` is a capital, after a letter or digit that is not (`ELKProbe`) or before a
 * lower-case letter (`RLHFTrainer`), as {@link isEndBoundary} decides.
 */
function shortEnds(text: string, end: number): boolean {
  return isUpperAt(text, end) && (!isUpperAt(text, end - 1) || isLowerAt(text, end + 1));
}

/** Whether `text[index]` is an ASCII capital. */
function isUpperAt(text: string, index: number): boolean {
  const c = text.charCodeAt(index);
  return c >= 0x41 && c <= 0x5a;
}

/** The four-symbol filter code (`QUAD_CHAR`) of `text[index]`, {@link QUAD_NONE} past the end. */
function quadCodeAt(text: string, index: number): number {
  if (index >= text.length) {
    return QUAD_NONE;
  }
  const c = text.charCodeAt(index);
  return QUAD_CHAR[c > 127 ? 127 : c] as number;
}

/** Start-filter row after a match that ends at `end`. */
function rowAfter(text: string, end: number): number {
  const e = text.charCodeAt(end - 1);
  return noneRow(ASCII_CODE[e > 127 ? 127 : e] as number);
}

/**
 * Greedy leftmost-longest scan of start positions `[from, to)`; calls `emit` for each match and
 * stops early when `emit` returns false.
 *
 * This is the hot loop, written for V8. The inner loop reads each character once and steps the
 * start filter ({@link Automaton.filter}) with one table read; it leaves the loop only where a word
 * boundary is and the four characters read begin some form, and then {@link candidate} decides.
 */
export function scan(a: Automaton, text: string, from: number, to: number, emit: Emit): void {
  scanFrom(a, text, from, resumeRow(text, from), to, emit);
}

/** {@link scan} from `from`, where the start filter is in row `row` (no match before `from`). */
function scanFrom(a: Automaton, text: string, from: number, row: number, to: number, emit: Emit): void {
  const { filter } = a;
  const n = text.length;
  // A flag on reading text[i] is for a start at i - 3, or i - 4 (FLAG_LATE) or i - 5 (FLAG_LATER),
  // so read up to five characters past `to`; a start at or past `to` is not checked.
  const last = Math.min(n, to + 5);
  const result: WalkResult = { start: 0, end: 0, termIndex: -1 };
  let i = from;
  let floor = from;
  while (i < last) {
    let entry = 0;
    for (; i < last; i++) {
      let c = text.charCodeAt(i);
      if (c > 127) {
        c = 127;
      }
      entry = filter[row | c] as number;
      if (entry < 0) {
        break;
      }
      row = entry;
    }
    if (i >= last) {
      break;
    }
    const tripleRow = row;
    row = entry & FILTER_ROW;
    if (i - 3 - ((entry & FLAG_LATE) !== 0 ? 1 : 0) - ((entry & FLAG_LATER) !== 0 ? 2 : 0) < to && candidate(a, text, i, tripleRow, entry, result)) {
      if (!emit(result.termIndex, result.start, result.end)) {
        return;
      }
      i = floor = result.end;
      row = rowAfter(text, i);
      continue;
    }
    i++;
  }
  // The last three positions of the text have no fourth character to flag them: check them exactly.
  if (i >= n) {
    scanExact(a, text, Math.max(floor, n - 3), to, emit);
  }
}

/**
 * The whole-text scan of {@link scan} as two interleaved scans: of `[0, mid)` and of `[mid, n)`,
 * where `text[mid - 1]` is a line break (no match crosses one, so the halves are independent). One
 * loop steps both start filters, so the processor overlaps their table reads, which otherwise wait
 * on each other one character at a time. Matches of the first half go to `emitA`, of the second to
 * `emitB`, each in order.
 */
export function scanTwo(a: Automaton, text: string, mid: number, emitA: Emit, emitB: Emit): void {
  const { filter } = a;
  const n = text.length;
  const result: WalkResult = { start: 0, end: 0, termIndex: -1 };
  // Per stream (0 for A, 1 for B): the next character to read, the filter row before it, the
  // entry read for it when the inner loop stopped, and the end of the last match. Stream A reads
  // one character past the line break at mid - 1, so that starts up to mid - 3 are flagged; a start
  // at mid - 2 is a single character before the line break and cannot match.
  const at = Int32Array.of(0, mid);
  const rows = Int32Array.of(resumeRow(text, 0), resumeRow(text, mid));
  const entries = new Int32Array(2);
  const floors = Int32Array.of(0, mid);
  const lastA = mid + 1;
  for (;;) {
    const i = at[0] as number;
    const j = at[1] as number;
    let rowA = rows[0] as number;
    let rowB = rows[1] as number;
    let k = 0;
    let ea = 0;
    let eb = 0;
    const m = Math.min(lastA - i, n - j);
    for (; k < m; k++) {
      let c = text.charCodeAt(i + k);
      let d = text.charCodeAt(j + k);
      if (c > 127) {
        c = 127;
      }
      if (d > 127) {
        d = 127;
      }
      ea = filter[rowA | c] as number;
      eb = filter[rowB | d] as number;
      if ((ea | eb) < 0) {
        break;
      }
      rowA = ea;
      rowB = eb;
    }
    at[0] = i + k;
    at[1] = j + k;
    rows[0] = rowA;
    rows[1] = rowB;
    if (k === m) {
      break;
    }
    entries[0] = ea;
    entries[1] = eb;
    // The same step for both streams: on a flag, the candidate check and, on a match, a jump to its end.
    for (let h = 0; h < 2; h++) {
      const entry = entries[h] as number;
      const p = at[h] as number;
      const tripleRow = rows[h] as number;
      rows[h] = entry & FILTER_ROW;
      if (entry < 0 && candidate(a, text, p, tripleRow, entry, result)) {
        (h === 0 ? emitA : emitB)(result.termIndex, result.start, result.end);
        at[h] = floors[h] = result.end;
        rows[h] = rowAfter(text, result.end);
      } else {
        at[h] = p + 1;
      }
    }
  }
  // Finish whichever stream is left on its own.
  if ((at[0] as number) < lastA) {
    scanFrom(a, text, at[0] as number, rows[0] as number, mid, emitA);
  }
  if ((at[1] as number) < n) {
    scanFrom(a, text, at[1] as number, rows[1] as number, n, emitB);
  } else {
    scanExact(a, text, Math.max(floors[1] as number, n - 3), n, emitB);
  }
}

/**
 * The scan without the start filter: the exact start check at every position of `[from, to)`. The
 * reference the tests compare {@link scan} with.
 */
export function scanExact(a: Automaton, text: string, from: number, to: number, emit: Emit): void {
  const result: WalkResult = { start: 0, end: 0, termIndex: -1 };
  for (let i = from; i < to; i++) {
    if (startsAt(a, text, i) && walk(a, text, i, result)) {
      if (!emit(result.termIndex, i, result.end)) {
        return;
      }
      i = result.end - 1;
    }
  }
}
