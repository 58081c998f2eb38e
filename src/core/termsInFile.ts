/**
 * The model of the "Terms in This File" view: the annotator's marks in one document grouped by term,
 * each with its count and its occurrences (line, column and a one-line snippet). Plain data; the tree
 * adapter in src/views/termsInFileView.ts turns it into tree items.
 */
import type { Term } from './glossary/types';
import type { Match } from './matcher';

/**
 * How much of a document the view scans: the first 1 MB (UTF-16 code units). Beyond it the view says
 * it shows only the beginning, so a 5 MB log never costs more than a 1 MB note.
 */
export const TERMS_SCAN_LIMIT = 1024 * 1024;

/** Occurrences listed per term; the count still counts them all. */
export const MAX_OCCURRENCES_PER_TERM = 500;

/** Characters of a snippet on each side of the occurrence. */
const SNIPPET_CONTEXT = 30;

/** One occurrence of a term in the document. */
export interface TermOccurrence {
  /** Document offset of its first character. */
  readonly start: number;
  /** Document offset after its last character. */
  readonly end: number;
  /** Zero-based line. */
  readonly line: number;
  /** Zero-based UTF-16 column of `start` in its line. */
  readonly character: number;
  /** The line around the occurrence, whitespace collapsed, with `…` where it was cut. */
  readonly snippet: string;
}

/** One term found in the document. */
export interface TermInFile {
  /** The glossary id. */
  readonly id: string;
  /** The display form (`Term.term`). */
  readonly term: string;
  /** The one-sentence definition. */
  readonly definition: string;
  /** How many times the annotator marks it in the scanned text. */
  readonly count: number;
  /** The first {@link MAX_OCCURRENCES_PER_TERM} occurrences, in document order. */
  readonly occurrences: readonly TermOccurrence[];
}

/** The view's content for one document. */
export interface TermsInFile {
  /** The terms, in order of first occurrence. */
  readonly terms: readonly TermInFile[];
  /** Characters scanned (the whole text, or {@link TERMS_SCAN_LIMIT}). */
  readonly scanned: number;
  /** True when only a prefix of the document was scanned. */
  readonly truncated: boolean;
}

/**
 * Groups the annotator's marks of a (prefix of a) document by term.
 *
 * @param text The scanned text: the document or its first `scanned` characters.
 * @param matches What the annotator marks in `text` (sorted by start).
 * @param termById The glossary entry of an id; marks of unknown ids are dropped.
 * @param documentLength The whole document's length; more than `text.length` means truncated.
 */
export function termsInFile(
  text: string,
  matches: readonly Match[],
  termById: (id: string) => Pick<Term, 'id' | 'term' | 'definition'> | undefined,
  documentLength = text.length,
): TermsInFile {
  const groups = new Map<string, { term: Pick<Term, 'id' | 'term' | 'definition'>; count: number; occurrences: TermOccurrence[] }>();
  let line = 0;
  let lineStart = 0;
  let nextNewline = text.indexOf('\n');
  for (const m of matches) {
    const term = termById(m.id);
    if (!term) {
      continue;
    }
    // Advance the line counter up to the match (matches are sorted, so the text is walked once).
    while (nextNewline >= 0 && nextNewline < m.start) {
      line++;
      lineStart = nextNewline + 1;
      nextNewline = text.indexOf('\n', lineStart);
    }
    const lineEnd = nextNewline < 0 ? text.length : nextNewline;
    let group = groups.get(m.id);
    if (!group) {
      group = { term, count: 0, occurrences: [] };
      groups.set(m.id, group);
    }
    group.count++;
    if (group.occurrences.length < MAX_OCCURRENCES_PER_TERM) {
      group.occurrences.push({ start: m.start, end: m.end, line, character: m.start - lineStart, snippet: snippetAt(text, lineStart, lineEnd, m.start, m.end) });
    }
  }
  return {
    terms: [...groups.values()].map((g) => ({ id: g.term.id, term: g.term.term, definition: g.term.definition, count: g.count, occurrences: g.occurrences })),
    scanned: text.length,
    truncated: documentLength > text.length,
  };
}

/** The occurrence's line, cut to {@link SNIPPET_CONTEXT} characters either side, whitespace collapsed. */
function snippetAt(text: string, lineStart: number, lineEnd: number, start: number, end: number): string {
  const from = Math.max(lineStart, start - SNIPPET_CONTEXT);
  const to = Math.min(lineEnd, end + SNIPPET_CONTEXT);
  const body = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > lineStart ? '…' : ''}${body}${to < lineEnd ? '…' : ''}`;
}
