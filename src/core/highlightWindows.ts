/**
 * Which parts of an editor the opt-in highlights decorate: the visible line ranges widened by a
 * margin, merged where they touch, and at most a capped number of marks in all. Decorating only
 * these keeps the cost of an update proportional to the screen, not to the file (a 5 MB log costs
 * what a short note costs).
 */

/** Lines decorated above and below the visible ones, so a short scroll shows marks at once. */
export const HIGHLIGHT_MARGIN_LINES = 100;

/** Default cap of marks per editor (`aiSafety.highlight.maxMatches`). */
export const DEFAULT_MAX_HIGHLIGHTS = 1000;

/**
 * Characters of text read per window at most: a window of a few lines of a minified 5 MB file is
 * still one 5 MB line, so windows are cut to this many characters from their start.
 */
export const HIGHLIGHT_MAX_WINDOW_CHARS = 256 * 1024;

/** A range of lines, both ends inclusive (zero-based). */
export interface LineWindow {
  /** First line. */
  readonly start: number;
  /** Last line (inclusive). */
  readonly end: number;
}

/**
 * The visible line ranges widened by `margin` lines on each side, clamped to the document and merged
 * where they overlap or touch, in order.
 *
 * @param visible The editor's visible ranges as line windows (any order).
 * @param lineCount Lines in the document.
 * @param margin Extra lines each side (default {@link HIGHLIGHT_MARGIN_LINES}).
 */
export function highlightWindows(visible: readonly LineWindow[], lineCount: number, margin = HIGHLIGHT_MARGIN_LINES): LineWindow[] {
  if (lineCount <= 0) {
    return [];
  }
  const widened = visible
    .map((w) => ({ start: Math.max(0, Math.min(w.start, w.end) - margin), end: Math.min(lineCount - 1, Math.max(w.start, w.end) + margin) }))
    .filter((w) => w.start <= w.end)
    .sort((a, b) => a.start - b.start);
  const merged: LineWindow[] = [];
  for (const w of widened) {
    const last = merged[merged.length - 1];
    if (last && w.start <= last.end + 1) {
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, w.end) };
    } else {
      merged.push(w);
    }
  }
  return merged;
}

/**
 * The first `max` items of lists taken in order (the marks of each window): what the cap keeps.
 *
 * @returns The kept items and whether any were dropped.
 */
export function capHighlights<T>(lists: readonly (readonly T[])[], max = DEFAULT_MAX_HIGHLIGHTS): { readonly kept: T[]; readonly capped: boolean } {
  const kept: T[] = [];
  for (const list of lists) {
    for (const item of list) {
      if (kept.length >= max) {
        return { kept, capped: true };
      }
      kept.push(item);
    }
  }
  return { kept, capped: false };
}
