/**
 * The vscode-free core as one CommonJS module (`dist/core.js`): the API contract used by the
 * benchmarks, the tests and outside checks.
 */
export type { Glossary, Term, Provenance } from './glossary/types';
export { loadBuiltinGlossary } from './glossary/builtin';
export { validateGlossary, findTerm } from './glossary/glossary';
export { createTermMatcher } from './matcher';
export type { Match, TermMatcher } from './matcher';
export { createAnnotator, AMBIGUOUS_TERMS_MODES, isInBlob, DEFAULT_CONTEXT_RULE } from './annotate/index';
export type { Annotator, AnnotatorOptions, AmbiguousTermsMode, ContextRule, DocumentContext, TextSource } from './annotate/index';
export { AMBIGUOUS_TERMS } from './glossary/ambiguity';
export type { AmbiguityEvidence } from './glossary/ambiguity';
export { previewTermsPlugin, termTooltip, MARK_FIRST_ONLY_MODES, PREVIEW_TERM_CLASS } from './previewTerms';
export type { MarkFirstOnly, PreviewTermsOptions, PreviewTermsSettings } from './previewTerms';
export { parseGlossaryFile, MAX_GLOSSARY_FILE_BYTES } from './glossary/userFile';
export type { ParsedGlossaryFile, FileProblem, Span } from './glossary/userFile';
export { mergeGlossaries } from './glossary/merge';
export type { GlossaryFileInput, MergedGlossary, MergeResult, TermOrigin } from './glossary/merge';
export { addTermToFile, newGlossaryFileText, GLOSSARY_SCHEMA_URL } from './glossary/fileEdit';
export type { AddTermResult } from './glossary/fileEdit';
