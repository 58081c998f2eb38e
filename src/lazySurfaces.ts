import * as path from 'path';
import * as vscode from 'vscode';
import type * as Surfaces from './surfaces';
import type { DocumentAnnotations } from './annotations/documentAnnotations';
import type { LazyCore } from './lazyCore';
import type { TermsInFileNode, TermsInFileProvider } from './views/termsInFileView';
import type { TermHighlighter } from './highlight/termHighlights';
import type { TermCompletionProvider } from './completion/termCompletionProvider';

/** What the surfaces need from the rest of the extension. */
export interface SurfaceDeps {
  readonly core: LazyCore;
  readonly annotations: DocumentAnnotations;
  readonly log: vscode.LogOutputChannel;
}

/** The surfaces as activation sees them; each loads `dist/surfaces.js` only when first needed. */
export interface LazySurfaces {
  /** The markdown preview's hook (`markdown.markdownItPlugins`). */
  extendMarkdownIt(md: Parameters<typeof Surfaces.extendMarkdownIt>[0]): ReturnType<typeof Surfaces.extendMarkdownIt>;
  /** The "Terms in This File" provider (loads it). */
  termsInFile(): TermsInFileProvider;
  /** The highlighter (loads and starts it). */
  highlights(): TermHighlighter;
}

const SELECTOR: vscode.DocumentSelector = [{ language: 'markdown' }, { language: 'plaintext' }];

/**
 * Wires the preview hook, the "Terms in This File" view, the highlights and completion with small
 * shims; the real code (`dist/surfaces.js`) loads when the view is first shown, a setting turns a
 * surface on, the first completion is asked for, or the preview first renders.
 */
export function registerSurfaces(context: vscode.ExtensionContext, deps: SurfaceDeps): LazySurfaces {
  let module: typeof Surfaces | undefined;
  // A computed path, so esbuild leaves the require alone and the surfaces stay a separate bundle.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const load = (): typeof Surfaces => (module ??= require(path.join(context.extensionUri.fsPath, 'dist', 'surfaces.js')) as typeof Surfaces);
  const termById = (id: string) => deps.core.termById(id);
  const enabled = (section: string) => vscode.workspace.getConfiguration(section).get<boolean>('enabled', false) === true;

  // "Terms in This File": the view exists from the start; its provider loads once the view asks.
  const changed = new vscode.EventEmitter<void>();
  let terms: TermsInFileProvider | undefined;
  const view = vscode.window.createTreeView<TermsInFileNode>('aiSafety.termsInFile', {
    treeDataProvider: {
      onDidChangeTreeData: changed.event,
      getChildren: (node) => termsInFile().getChildren(node),
      getTreeItem: (node) => termsInFile().getTreeItem(node),
    },
    showCollapseAll: true,
  });
  const termsInFile = (): TermsInFileProvider =>
    (terms ??= load().startTermsInFile(context, { scanner: deps.annotations, termById, view, changed }));
  context.subscriptions.push(changed, view, view.onDidChangeVisibility((event) => event.visible && termsInFile().requestUpdate()));
  if (view.visible) {
    termsInFile().requestUpdate();
  }

  // Highlights: loaded once aiSafety.highlight.enabled is on.
  let highlighter: TermHighlighter | undefined;
  const highlights = (): TermHighlighter => (highlighter ??= load().registerTermHighlights(context, { finder: deps.annotations }));
  // Completion: the provider loads on the first request; the as-you-type triggers once enabled.
  let completion: TermCompletionProvider | undefined;
  let triggers = false;
  const startTriggers = () => {
    if (!triggers) {
      triggers = true;
      load().registerCompletionTriggers(context, { glossary: deps.core.glossary });
    }
  };
  context.subscriptions.push(
    vscode.languages.registerCompletionItemProvider(SELECTOR, {
      provideCompletionItems: (document, position, token, ctx) =>
        (completion ??= new (load().TermCompletionProvider)(deps.core.glossary)).provideCompletionItems(document, position, token, ctx),
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('aiSafety.highlight') && enabled('aiSafety.highlight')) {
        highlights();
      }
      if (event.affectsConfiguration('aiSafety.completion') && enabled('aiSafety.completion')) {
        startTriggers();
      }
      if (module && (event.affectsConfiguration('aiSafety.preview') || event.affectsConfiguration('aiSafety.annotations'))) {
        void vscode.commands.executeCommand('markdown.preview.refresh').then(undefined, () => undefined);
      }
    }),
  );
  if (enabled('aiSafety.highlight')) {
    highlights();
  }
  if (enabled('aiSafety.completion')) {
    startTriggers();
  }

  return {
    extendMarkdownIt: (md) => load().extendMarkdownIt(md, { core: deps.core, log: deps.log }),
    termsInFile,
    highlights,
  };
}
