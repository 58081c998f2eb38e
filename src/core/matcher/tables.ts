/**
 * The compiled matcher's data layout, shared by the compiler ({@link ./automaton}), the start
 * filters ({@link ./filters}) and the scan ({@link ./scan}): node flags and the {@link Automaton}.
 */
import { SYM_ALNUM } from './charClass';

/** Node flag: a word break may come just before this node's letter. */
export const SEP_BEFORE = 1;
/** Node flag: an apostrophe may come just before this node's letter. */
export const APOS_BEFORE = 2;
/** Node flag: some child may follow a word break. */
export const SEP_CHILD = 4;
/** Node flag: some child may follow an apostrophe. */
export const APOS_CHILD = 8;
/** Node flag: a comma (and spaces) may come just before this node's letter, where a form has one (`Helpful, honest and harmless`). */
export const COMMA_BEFORE = 16;
/** Node flag: some child may follow a comma. */
export const COMMA_CHILD = 32;

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
   * (premultiplied by 128, `entry & FILTER_ROW`), negative when a term may start three characters
   * before the one just read, or four (`FLAG_LATE`) or five (`FLAG_LATER`) for a small glossary,
   * whose filter also checks the fifth and sixth characters where no form ends sooner. A negative
   * entry for a start three back also says whether its four characters are in {@link quad} and
   * {@link quadOpen} (`FLAG_QUAD`, `FLAG_OPEN`), so the scan reads neither bit set. A row stands for
   * the class of the last character, whether a term may start at it, and what is known of a start
   * up to four characters back. A start is flagged only where a word boundary is and the first four
   * characters begin some form; see `buildFilter` in ./filters.
   */
  readonly filter: Int32Array;
  /**
   * Per row of {@link filter}: for a triple row, the {@link QUAD_CODE}s of its three symbols as
   * `q0 << 10 | q1 << 5 | q2` (the top of a {@link quad} index); for a quint or sext row, those of
   * its four or five symbols likewise; else 0.
   */
  readonly rowTriple: Int32Array;
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
   * Five-symbol sequences that can begin a match, a hashed bit set ({@link quintIndex}, at most 256 KB):
   * checked after {@link quad} where no form ends within the first four symbols, it spares most walks
   * into forms that only share four letters with the text.
   */
  readonly quint: Uint32Array;
  /** Five-symbol sequences (indexed like {@link quint}) within which some form may already end: the walk runs without the {@link sext} check. */
  readonly quintOpen: Uint32Array;
  /** `32 -` the size of {@link quint} and {@link quintOpen} in bits (at most 256 KB, less for a small glossary): the shift of `quintIndex`. */
  readonly quintShift: number;
  /**
   * Six-symbol sequences that can begin a match, a hashed bit set ({@link sextIndex}, at most 256 KB):
   * checked after {@link quint} where no form ends within the first five symbols, it spares the
   * walks into words that share five letters with a form (`interface`, `values`).
   */
  readonly sext: Uint32Array;
  /** `32 -` the size of {@link sext} in bits: the shift of `sextIndex`. */
  readonly sextShift: number;
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
export type TrieParts = Omit<Automaton, 'filter' | 'rowTriple' | 'triple' | 'quad' | 'quadOpen' | 'quint' | 'quintOpen' | 'quintShift' | 'sext' | 'sextShift' | 'short'>;


/**
 * The child for `sym` of `node` at depth 0 or 1, read from the shortcut tables both trie layouts
 * share ({@link Automaton.rootKids}, {@link Automaton.pairNode}); 0 for none. The compiler and the
 * walk both look the first two symbols up here, so they agree on where those lead.
 */
export function shallowChild(
  rootKids: Int32Array, pairNode: Int32Array, nodeSymbol: Uint8Array, node: number, depth: number, sym: number,
): number {
  return depth === 0 ? (rootKids[sym] as number) : (pairNode[(nodeSymbol[node] as number) * SYM_ALNUM + sym] as number);
}
