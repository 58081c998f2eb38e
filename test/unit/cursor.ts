/**
 * Cursor-marker fixtures keep matcher and hover cases readable: the expected matches and the cursor
 * are written inside the text itself.
 *
 * - `[[mesa-optimizer]]` marks an expected match (the brackets are removed from the text);
 * - `$$CURSOR$$` marks a cursor offset (removed too).
 *
 * @example
 * spans('a [[mesa-optimizer]] here') // { text: 'a mesa-optimizer here', spans: [{ start: 2, end: 16 }] }
 * cursor('a mesa-opti$$CURSOR$$mizer') // { text: 'a mesa-optimizer', offset: 11 }
 */

/** The cursor marker. */
export const CURSOR = '$$CURSOR$$';

/** A marked range, UTF-16 offsets into the unmarked text, end exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Removes `[[`/`]]` markers and returns the plain text with the marked spans. */
export function spans(marked: string): { text: string; spans: Span[] } {
  let text = '';
  const out: Span[] = [];
  let open: number | undefined;
  for (let i = 0; i < marked.length; ) {
    if (marked.startsWith('[[', i)) {
      if (open !== undefined) {
        throw new Error(`Nested [[ at ${i} in fixture: ${marked}`);
      }
      open = text.length;
      i += 2;
    } else if (marked.startsWith(']]', i)) {
      if (open === undefined) {
        throw new Error(`]] without [[ at ${i} in fixture: ${marked}`);
      }
      out.push({ start: open, end: text.length });
      open = undefined;
      i += 2;
    } else {
      text += marked[i];
      i++;
    }
  }
  if (open !== undefined) {
    throw new Error(`Unclosed [[ in fixture: ${marked}`);
  }
  return { text, spans: out };
}

/** Removes the single `$$CURSOR$$` marker and returns the text with the cursor offset. */
export function cursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf(CURSOR);
  if (offset < 0 || marked.indexOf(CURSOR, offset + 1) >= 0) {
    throw new Error(`Fixture needs exactly one ${CURSOR}: ${marked}`);
  }
  return { text: marked.slice(0, offset) + marked.slice(offset + CURSOR.length), offset };
}
