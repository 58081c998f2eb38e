/** The annotator: which spans of a document are marked as AI-safety terms (see annotator.ts). */
export { createAnnotator, AMBIGUOUS_TERMS_MODES } from './annotator';
export type { Annotator, AnnotatorOptions, AmbiguousTermsMode } from './annotator';
export { isInBlob } from './blob';
export { createDocumentContext, DEFAULT_CONTEXT_RULE, CONTEXT_BLOCK, WHOLE_DOCUMENT_LIMIT } from './context';
export type { ContextRule, DocumentContext, TextSource } from './context';
