/**
 * The annotator: the one decision of which spans of a document the extension marks as AI-safety
 * terms. The hover, follow-the-cursor and the explain command all ask it; none runs the matcher alone.
 *
 * On top of the matcher (which finds every written form of every term) it applies three rules:
 * 1. **Blobs**: no match inside an encoded blob (base64, hex digests, source maps, long random
 *    tokens); see `blob.ts`.
 * 2. **Disabled terms**: the ids in `disabledTerms` are never marked.
 * 3. **Ambiguous terms** (`Term.ambiguous`, set from measurements in `glossary/ambiguity.ts`): with
 *    `ambiguousTerms: 'inContext'` (the default) marked only where the document is about AI safety
 *    (see `context.ts`); `'always'` marks them like any term; `'never'` never marks them. Where the
 *    measurements show that only some written forms have other senses ("learned optimizer", not
 *    "mesa-optimizer"), only those forms are treated as ambiguous (`ambiguousForms`).
 *
 * The context decision is the only part that depends on the whole document. {@link Annotator.contextOf}
 * computes it once per document version (the caller keeps it), and {@link Annotator.termAt} then
 * answers a hover by reading only the hovered line's neighbourhood, so a hover on a 5 MB line costs
 * about what it costs on a short one.
 */
import { AMBIGUOUS_FORMS } from '../glossary/ambiguity';
import type { Glossary } from '../glossary/types';
import { createTermMatcher, type Match, type TermMatcher } from '../matcher';
import { isInBlob } from './blob';
import { createDocumentContext, DEFAULT_CONTEXT_RULE, type ContextRule, type DocumentContext, type TextSource } from './context';

/** How ambiguous terms are treated: only in AI-safety context, like any term, or never. */
export type AmbiguousTermsMode = 'inContext' | 'always' | 'never';

/** The ambiguous-terms modes, in settings order. */
export const AMBIGUOUS_TERMS_MODES: readonly AmbiguousTermsMode[] = ['inContext', 'always', 'never'];

/** Options of {@link createAnnotator}; they mirror the `aiSafety.annotations.*` settings. */
export interface AnnotatorOptions {
  /** How ambiguous terms are treated (default `inContext`). */
  readonly ambiguousTerms?: AmbiguousTermsMode;
  /** Ids of terms never to mark (unknown ids are ignored). */
  readonly disabledTerms?: readonly string[];
  /** Thresholds of the context rule; the measured defaults unless a benchmark explores others. */
  readonly contextRule?: ContextRule;
  /**
   * For ambiguous terms of which only some written forms have other senses: term id -> those forms.
   * A match of such a term in another form is treated as unambiguous. Default: the built-in
   * measurements (`AMBIGUOUS_FORMS` of glossary/ambiguity.ts).
   */
  readonly ambiguousForms?: ReadonlyMap<string, readonly string[]>;
}

/** Marks AI-safety terms in documents. Immutable; build a changed one with {@link Annotator.withOptions}. */
export interface Annotator {
  /** The options in effect, with defaults filled in. */
  readonly options: Required<AnnotatorOptions>;
  /**
   * Exactly the terms the extension marks in a document whose whole text is `text`: sorted by start,
   * non-overlapping. Cost is linear in the text.
   *
   * @param text The whole document.
   * @param _languageId The document's language id; accepted for callers that have it, the rules are
   *   the same in every language (the hover's own per-language settings decide whether it shows at all).
   */
  annotate(text: string, _languageId?: string): Match[];
  /**
   * The context decision of one document version. Keep it as long as the version does: it is what
   * makes {@link termAt} cheap. Reads the text lazily and boundedly (see `context.ts`).
   */
  contextOf(text: string | TextSource): DocumentContext;
  /**
   * The marked term at `offset` of one line: the same answer as looking `offset` up in
   * `annotate(document)` (a match covering it, else one ending exactly there, as
   * {@link TermMatcher.termAt}). Reads a bounded window of the line.
   *
   * @param line The line's text (no line break).
   * @param offset UTF-16 offset in the line.
   * @param context The document's {@link contextOf}.
   * @param lineStart Document offset of the line's first character (picks the context window in huge documents).
   */
  termAt(line: string, offset: number, context: DocumentContext, lineStart?: number): Match | undefined;
  /**
   * The marked terms in a piece of a document (a selection, a line) whose context is already known:
   * what `annotate(document)` marks inside the piece, up to the blob rule at the piece's edges.
   *
   * @param text The piece.
   * @param context The document's {@link contextOf}.
   * @param textStart Document offset of the piece's first character.
   */
  findIn(text: string, context: DocumentContext, textStart?: number): Match[];
  /** The same glossary and matcher with other options (cheap: the matcher is shared). */
  withOptions(options: AnnotatorOptions): Annotator;
}

/**
 * Builds the annotator for a glossary. Building the matcher is the costly part; reuse the result
 * and derive option changes with {@link Annotator.withOptions}.
 *
 * @param glossary Terms to mark; `Term.ambiguous` selects the ambiguous ones.
 * @param options Settings; defaults: `ambiguousTerms: 'inContext'`, no disabled terms.
 * @param matcher An existing matcher for `glossary` to share (one is built when omitted).
 */
export function createAnnotator(glossary: Glossary, options: AnnotatorOptions = {}, matcher?: TermMatcher): Annotator {
  const shared = matcher ?? createTermMatcher(glossary);
  const ambiguous = new Set(glossary.terms.filter((t) => t.ambiguous === true).map((t) => t.id));
  return build(glossary, shared, ambiguous, options);
}

/** A written form reduced for comparison: lower case, letters and digits only. */
function squash(form: string): string {
  return form.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function build(glossary: Glossary, matcher: TermMatcher, ambiguous: ReadonlySet<string>, options: AnnotatorOptions): Annotator {
  const resolved: Required<AnnotatorOptions> = {
    ambiguousTerms: options.ambiguousTerms && AMBIGUOUS_TERMS_MODES.includes(options.ambiguousTerms) ? options.ambiguousTerms : 'inContext',
    disabledTerms: [...(options.disabledTerms ?? [])],
    contextRule: options.contextRule ?? DEFAULT_CONTEXT_RULE,
    ambiguousForms: options.ambiguousForms ?? AMBIGUOUS_FORMS,
  };
  const forms = new Map([...resolved.ambiguousForms].map(([id, list]) => [id, new Set(list.map(squash))] as const));
  /** Whether this occurrence is of an ambiguous term in one of its ambiguous forms. */
  const isAmbiguous = (text: string, m: Match): boolean => {
    if (!ambiguous.has(m.id)) {
      return false;
    }
    const only = forms.get(m.id);
    if (!only) {
      return true;
    }
    const written = squash(text.slice(m.start, m.end));
    return only.has(written) || (written.endsWith('s') && only.has(written.slice(0, -1))) || (written.endsWith('es') && only.has(written.slice(0, -2)));
  };
  const disabled = new Set(resolved.disabledTerms);
  const mode = resolved.ambiguousTerms;

  /** Evidence for the context rule: unambiguous terms outside blobs (disabled or not: they still say what the text is about). */
  const evidenceIn = (text: string): Match[] =>
    matcher.findAll(text).filter((m) => !isAmbiguous(text, m) && !isInBlob(text, m.start, m.end));

  const contextOf = (text: string | TextSource): DocumentContext => createDocumentContext(text, evidenceIn, resolved.contextRule);

  /** Whether a match found in `text` at document offset `docOffset` is marked. */
  const keep = (text: string, m: Match, context: () => DocumentContext, docOffset: number): boolean => {
    if (disabled.has(m.id) || isInBlob(text, m.start, m.end)) {
      return false;
    }
    if (!isAmbiguous(text, m)) {
      return true;
    }
    return mode === 'always' ? true : mode === 'never' ? false : context().aboutAiSafety(docOffset);
  };

  return {
    options: resolved,
    annotate(text: string): Match[] {
      let context: DocumentContext | undefined;
      const lazy = () => (context ??= contextOf(text));
      return matcher.findAll(text).filter((m) => keep(text, m, lazy, m.start));
    },
    contextOf,
    termAt(line: string, offset: number, context: DocumentContext, lineStart = 0): Match | undefined {
      const m = matcher.termAt(line, offset);
      return m && keep(line, m, () => context, lineStart + m.start) ? m : undefined;
    },
    findIn(text: string, context: DocumentContext, textStart = 0): Match[] {
      return matcher.findAll(text).filter((m) => keep(text, m, () => context, textStart + m.start));
    },
    withOptions: (next: AnnotatorOptions) => build(glossary, matcher, ambiguous, next),
  };
}
