/**
 * The vscode-free core as one CommonJS module (`dist/core.js`): the API contract used by the
 * benchmarks, the tests and outside checks.
 */
export type { Glossary, Term, Provenance } from './glossary/types';
export { loadBuiltinGlossary } from './glossary/builtin';
export { validateGlossary, findTerm } from './glossary/glossary';
export { createTermMatcher } from './matcher';
export type { Match, TermMatcher } from './matcher';
