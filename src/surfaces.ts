/**
 * The annotation surfaces beyond the hover, as one bundle (`dist/surfaces.js`) that the extension
 * loads on first use: the "Terms in This File" view once it is visible, the highlights and the
 * as-you-type completion triggers once enabled, the completion provider on the first completion, and
 * the markdown preview plugin when the preview first renders. Activation keeps only small shims
 * (src/lazySurfaces.ts), so `dist/extension.js` stays within its budget.
 */
export { startTermsInFile, TermsInFileProvider } from './views/termsInFileView';
export { registerTermHighlights, TermHighlighter } from './highlight/termHighlights';
export { TermCompletionProvider, registerCompletionTriggers } from './completion/termCompletionProvider';
export { extendMarkdownIt } from './preview/previewTerms';
