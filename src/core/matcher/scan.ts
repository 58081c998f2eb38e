/**
 * The scan: finds the leftmost-longest matches of a compiled {@link Automaton} in a text. Reads
 * each character once with `charCodeAt`, steps the start filter with one table read, and walks the
 * trie only where the filter says a term can start. No regular expression runs over the text, so
 * there is no backtracking: the cost is linear in the text length (a walk is at most as long as the
 * longest form).
 */
import {
  APOS_BEFORE, APOS_CHILD, SEP_BEFORE, SEP_CHILD, noneRow, resumeRow, type Automaton,
} from './automaton';
import {
  ASCII_CLASS, ASCII_CODE, ASCII_SYMBOL, FILTER_SYMBOL, MAX_SPACE_RUN, SYM_ALNUM, SYM_COUNT, SYM_NONE, SYM_SEP,
  classBefore, isEndBoundary, isSpaceLike, nonAsciiSymbol, startsAfter,
} from './charClass';
import { CaseRule } from './forms';

/** Result slot of {@link walk}, reused to avoid allocating per attempt. */
export interface WalkResult {
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
  let first = 0;
  let pending = 0;
  let used = 0;
  let found = false;
  let j = start;
  while (j < n) {
    const c = text.charCodeAt(j);
    const sym = c < 128 ? (ASCII_SYMBOL[c] as number) : nonAsciiSymbol(c);
    if (sym < 0) {
      break;
    }
    if (sym < SYM_SEP) {
      let child = 0;
      if (depth === 0) {
        child = rootKids[sym] as number;
        first = sym;
      } else if (depth === 1) {
        child = pairNode[first * SYM_ALNUM + sym] as number;
      } else {
        const end = firstChild[node + 1] as number;
        for (let k = firstChild[node] as number; k < end; k++) {
          if (nodeSymbol[k] === sym) {
            child = k;
            break;
          }
        }
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
 * Greedy leftmost-longest scan of start positions `[from, to)`; calls `emit` for each match and
 * stops early when `emit` returns false.
 *
 * This is the hot loop, written for V8. The inner loop reads each character once and steps the
 * start filter ({@link Automaton.filter}) with one table read; it leaves the loop only where a word
 * boundary is and the two characters read begin some form, checks the third character in a table,
 * and only then runs the exact start check and the walk.
 */
export function scan(a: Automaton, text: string, from: number, to: number, emit: Emit): void {
  const { filter, quad } = a;
  const n = text.length;
  // A flag on reading text[i] is for a start at i - 2, so read up to two characters past `to`.
  const last = Math.min(n, to + 2);
  const result: WalkResult = { end: 0, termIndex: -1 };
  let row = resumeRow(text, from);
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
    row = entry & 0x7fffffff;
    const s = i - 2;
    // The fourth character: most word starts that share three letters with a form stop here.
    const c0 = text.charCodeAt(s);
    const c1 = text.charCodeAt(s + 1);
    const c2 = text.charCodeAt(i);
    const c3 = i + 1 < n ? text.charCodeAt(i + 1) : -1;
    const q =
      (((FILTER_SYMBOL[c0] as number) * SYM_COUNT + (FILTER_SYMBOL[c1 > 127 ? 127 : c1] as number)) * SYM_COUNT +
        (FILTER_SYMBOL[c2 > 127 ? 127 : c2] as number)) *
        SYM_COUNT +
      (c3 < 0 ? SYM_NONE : (FILTER_SYMBOL[c3 > 127 ? 127 : c3] as number));
    if (
      ((quad[q >>> 5] as number) & (1 << (q & 31))) !== 0 &&
      (s === 0 || text.charCodeAt(s - 1) < 128 || startsAt(a, text, s)) &&
      walk(a, text, s, result)
    ) {
      if (!emit(result.termIndex, s, result.end)) {
        return;
      }
      i = result.end;
      floor = i;
      const e = text.charCodeAt(i - 1);
      row = noneRow(ASCII_CODE[e > 127 ? 127 : e] as number);
      continue;
    }
    i++;
  }
  // The last two positions of the text have no third character to flag them: check them exactly.
  if (i >= n) {
    scanExact(a, text, Math.max(floor, n - 2), to, emit);
  }
}

/**
 * The scan without the start filter: the exact start check at every position of `[from, to)`. The
 * reference the tests compare {@link scan} with.
 */
export function scanExact(a: Automaton, text: string, from: number, to: number, emit: Emit): void {
  const result: WalkResult = { end: 0, termIndex: -1 };
  for (let i = from; i < to; i++) {
    if (startsAt(a, text, i) && walk(a, text, i, result)) {
      if (!emit(result.termIndex, i, result.end)) {
        return;
      }
      i = result.end - 1;
    }
  }
}
