/**
 * The vscode-free core as one CommonJS module (`dist/core.js`): the API contract used by the
 * benchmarks, the tests and outside checks.
 */
export type { Glossary, Term, Provenance } from './glossary/types';
export { loadBuiltinGlossary } from './glossary/builtin';
// The explainer's text travels with the term data: both are needed only once the sidebar renders.
export { EXPLAINER } from './explainer';
export type { ExplainerContent } from './explainer';
export { validateGlossary, findTerm } from './glossary/glossary';
export { createTermMatcher } from './matcher';
export type { Match, TermMatcher } from './matcher';
export { createAnnotator, AMBIGUOUS_TERMS_MODES, isInBlob, DEFAULT_CONTEXT_RULE } from './annotate/index';
export type { Annotator, AnnotatorOptions, AmbiguousTermsMode, ContextRule, DocumentContext, TextSource } from './annotate/index';
export { AMBIGUOUS_TERMS } from './glossary/ambiguity';
export type { AmbiguityEvidence } from './glossary/ambiguity';
export { previewTermsPlugin, termTooltip, MARK_FIRST_ONLY_MODES, PREVIEW_TERM_CLASS } from './previewTerms';
export type { MarkFirstOnly, PreviewTermsOptions, PreviewTermsSettings } from './previewTerms';
