/**
 * The context rule: is a document (or, in a huge document, the stretch around an occurrence) about
 * AI safety? Only then are ambiguous terms (quantum *superposition*, a security *red team*, a novel's
 * *scheming*, `IDA` the disassembler) annotated.
 *
 * Evidence is the occurrences of **unambiguous** terms outside blobs. A stretch is about AI safety
 * when it holds at least {@link MIN_EVIDENCE_OCCURRENCES} such occurrences or at least
 * {@link MIN_EVIDENCE_DISTINCT} distinct such terms. Ambiguous terms never count as evidence, so a
 * novel full of "scheming" cannot vouch for itself. The thresholds were measured with
 * `npm run bench:precision` (see README, Precision).
 *
 * A document of up to {@link WHOLE_DOCUMENT_LIMIT} characters is decided as a whole. A longer one is
 * cut into blocks of {@link CONTEXT_BLOCK} characters and an occurrence is decided by the evidence in
 * its own block and the one on each side (a window of at least one block either way); block evidence
 * is computed lazily and kept, so a hover on a 5 MB document reads at most three blocks.
 */
import type { Match } from '../matcher';

/**
 * Unambiguous-term occurrences that make a stretch of text about AI safety. Measured with
 * `npm run bench:precision` (section 3; 2026-11-30, 53 terms, three AI-safety corpora, eight
 * neighbouring-field ones): N = 1 keeps 99.2% of the baseline's annotations in AI-safety writing and
 * lets 4 of 9,779 neighbouring-field annotations through; N = 2 keeps 98.4% with 1 through; N = 3
 * keeps 98.2%. N = 2 is chosen: one stray mention ("distribution shift" in ordinary ML code) should
 * not switch a document's homonyms on.
 */
export const MIN_EVIDENCE_OCCURRENCES = 2;

/**
 * Distinct unambiguous terms that make a stretch of text about AI safety. With N = 2 it adds nothing
 * (two distinct terms are two occurrences); it is kept as a knob for larger N, where K = 2 recovers
 * recall (N = 8: 97.3% kept with K = 2 against 95.1% without).
 */
export const MIN_EVIDENCE_DISTINCT = 2;

/** Block size (UTF-16 code units) of the context window in long documents: 64 KB. */
export const CONTEXT_BLOCK = 64 * 1024;

/** Documents up to this length are decided as a whole: three blocks. */
export const WHOLE_DOCUMENT_LIMIT = 3 * CONTEXT_BLOCK;

/**
 * Read access to a document's text without copying all of it: the hover hands in the editor's
 * document this way, so deciding the context of a huge document reads only the blocks it needs.
 */
export interface TextSource {
  /** Length of the whole text in UTF-16 code units. */
  readonly length: number;
  /** The text in `[start, end)` (UTF-16 offsets, clamped by the caller to the text). */
  slice(start: number, end: number): string;
}

/** Evidence found in a stretch of text. */
export interface Evidence {
  /** Occurrences of unambiguous terms. */
  readonly occurrences: number;
  /** Ids of the distinct unambiguous terms seen. */
  readonly ids: ReadonlySet<string>;
}

/**
 * A document's context decision, computed at most once per document version (the caller keeps it
 * with the version) and consulted for every ambiguous occurrence.
 */
export interface DocumentContext {
  /** Length of the text the decision was made for. */
  readonly length: number;
  /** Whether the text around `offset` (a UTF-16 offset into the whole document) is about AI safety. */
  aboutAiSafety(offset: number): boolean;
}

/** The thresholds of the context rule; the defaults are {@link DEFAULT_CONTEXT_RULE}. */
export interface ContextRule {
  /** Unambiguous-term occurrences that suffice (N). */
  readonly minOccurrences: number;
  /** Distinct unambiguous terms that suffice (K). */
  readonly minDistinct: number;
}

/** The measured thresholds: N = {@link MIN_EVIDENCE_OCCURRENCES}, K = {@link MIN_EVIDENCE_DISTINCT}. */
export const DEFAULT_CONTEXT_RULE: ContextRule = { minOccurrences: MIN_EVIDENCE_OCCURRENCES, minDistinct: MIN_EVIDENCE_DISTINCT };

/** Whether some evidence is enough under `rule` (see the module comment). */
export function isEnough(evidence: Evidence, rule: ContextRule = DEFAULT_CONTEXT_RULE): boolean {
  return evidence.occurrences >= rule.minOccurrences || evidence.ids.size >= rule.minDistinct;
}

/**
 * Builds the context decision of one document.
 *
 * @param source The document's text, whole or as a {@link TextSource}.
 * @param evidenceIn Finds the evidence in a piece of text (unambiguous, non-blob term matches).
 * @param rule The thresholds; the measured defaults unless a benchmark explores others.
 */
export function createDocumentContext(
  source: string | TextSource,
  evidenceIn: (text: string) => readonly Match[],
  rule: ContextRule = DEFAULT_CONTEXT_RULE,
): DocumentContext {
  const length = source.length;
  const read = (start: number, end: number): string => source.slice(Math.max(0, start), Math.min(length, end));
  const collect = (text: string): Evidence => {
    const matches = evidenceIn(text);
    return { occurrences: matches.length, ids: new Set(matches.map((m) => m.id)) };
  };
  if (length <= WHOLE_DOCUMENT_LIMIT) {
    let decided: boolean | undefined;
    return {
      length,
      aboutAiSafety: () => (decided ??= isEnough(collect(read(0, length)), rule)),
    };
  }
  const blocks = new Map<number, Evidence>();
  const decisions = new Map<number, boolean>();
  const lastBlock = Math.floor((length - 1) / CONTEXT_BLOCK);
  const block = (b: number): Evidence => {
    let evidence = blocks.get(b);
    if (!evidence) {
      evidence = collect(read(b * CONTEXT_BLOCK, (b + 1) * CONTEXT_BLOCK));
      blocks.set(b, evidence);
    }
    return evidence;
  };
  return {
    length,
    aboutAiSafety(offset: number): boolean {
      const b = Math.min(lastBlock, Math.max(0, Math.floor(offset / CONTEXT_BLOCK)));
      let decided = decisions.get(b);
      if (decided === undefined) {
        let occurrences = 0;
        const ids = new Set<string>();
        for (let n = Math.max(0, b - 1); n <= Math.min(lastBlock, b + 1); n++) {
          const evidence = block(n);
          occurrences += evidence.occurrences;
          evidence.ids.forEach((id) => ids.add(id));
        }
        decided = isEnough({ occurrences, ids }, rule);
        decisions.set(b, decided);
      }
      return decided;
    },
  };
}
