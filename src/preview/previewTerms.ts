import * as vscode from 'vscode';
import type MarkdownIt from 'markdown-it';
import type { MarkFirstOnly, PreviewTermsSettings } from '../core/previewTerms';
import { readOptions } from '../annotations/documentAnnotations';
import type { LazyCore } from '../lazyCore';

/** Settings section of the preview (`aiSafety.preview.*`). */
const SECTION = 'aiSafety.preview';
const MODES: readonly MarkFirstOnly[] = ['section', 'document', 'all'];

/**
 * The adapter between VS Code's built-in markdown preview and the core's terms plugin: what
 * `activate()` returns as `extendMarkdownIt` (the `markdown.markdownItPlugins` contribution) calls this.
 *
 * The preview calls `extendMarkdownIt` only when it first builds its renderer, so the core (glossary
 * and matcher) loads then, never at activation. Settings are read on every render (the activation shim
 * refreshes open previews when they change).
 *
 * @see https://code.visualstudio.com/api/extension-guides/markdown-extension
 */
export function extendMarkdownIt(md: MarkdownIt, deps: { readonly core: LazyCore; readonly log: vscode.LogOutputChannel }): MarkdownIt {
  deps.log.info('Marking terms in the markdown preview.');
  return md.use(deps.core.previewTermsPlugin(), {
    settings: readPreviewSettings,
    annotator: () => deps.core.annotator(readOptions(vscode.workspace.getConfiguration('aiSafety.annotations'))),
    termById: (id: string) => deps.core.termById(id),
  });
}

/** The `aiSafety.preview.*` settings; anything malformed falls back to the default. */
export function readPreviewSettings(): PreviewTermsSettings {
  const config = vscode.workspace.getConfiguration(SECTION);
  const mode = config.get<unknown>('markFirstOnly', 'section');
  return {
    enabled: config.get<unknown>('enabled', true) !== false,
    markFirstOnly: MODES.find((m) => m === mode) ?? 'section',
  };
}
