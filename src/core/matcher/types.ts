/**
 * The matcher's public types: a match, and the matcher that finds them.
 */

/** One occurrence of a glossary term in a text. */
export interface Match {
  /** Id of the glossary term. */
  readonly id: string;
  /** UTF-16 offset of the first character of the occurrence. */
  readonly start: number;
  /** UTF-16 offset just after the last character (exclusive); never includes a possessive `'s`. */
  readonly end: number;
}

/** Finds glossary terms in text. Built once per glossary by `createTermMatcher`; immutable and reusable. */
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
