import * as vscode from 'vscode';
import type * as Surfaces from './surfaces';
import type { DocumentAnnotations } from './annotations/documentAnnotations';
import type { LazyCore } from './lazyCore';
import type { TermsInFileNode, TermsInFileProvider } from './views/termsInFileView';
import type { TermHighlighter } from './highlight/termHighlights';
import type { TermCompletionProvider } from './completion/termCompletionProvider';
import { createBundleLoader } from './platform/host';

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
  // A separate bundle, loaded on first use (see src/platform/host.ts for how, per platform).
  const bundle = createBundleLoader<typeof Surfaces>(context.extensionUri, 'surfaces');
  const load = (): typeof Surfaces => (module ??= bundle.load());
  /** Runs `fn` once the surfaces and the core can load without waiting (at once on Node). */
  const whenReady = <R>(fn: () => R): R | Promise<R> =>
    bundle.ready && deps.core.ready ? fn() : Promise.all([bundle.prepare(), deps.core.prepare()]).then(fn);
  const termById = (id: string) => deps.core.termById(id);
  const enabled = (section: string) => vscode.workspace.getConfiguration(section).get<boolean>('enabled', false) === true;

  // "Terms in This File": the view exists from the start; its provider loads once the view asks.
  const changed = new vscode.EventEmitter<void>();
  let terms: TermsInFileProvider | undefined;
  const view = vscode.window.createTreeView<TermsInFileNode>('aiSafety.termsInFile', {
    treeDataProvider: {
      onDidChangeTreeData: changed.event,
      getChildren: (node) => whenReady(() => termsInFile().getChildren(node)),
      getTreeItem: (node) => termsInFile().getTreeItem(node),
    },
    showCollapseAll: true,
  });
  const termsInFile = (): TermsInFileProvider =>
    (terms ??= load().startTermsInFile(context, { scanner: deps.annotations, termById, view, changed }));
  /** Runs `fn` now, or once the bundles are here; a failure to load is logged. */
  const later = (fn: () => unknown): void =>
    void Promise.resolve(whenReady(fn)).catch((err: unknown) => deps.log.error('Loading dist/surfaces.js failed:', err instanceof Error ? err : String(err)));
  const requestTerms = (): void => later(() => termsInFile().requestUpdate());
  context.subscriptions.push(changed, view, view.onDidChangeVisibility((event) => event.visible && requestTerms()));
  if (view.visible) {
    requestTerms();
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
        whenReady(() => (completion ??= new (load().TermCompletionProvider)(deps.core.glossary)).provideCompletionItems(document, position, token, ctx)),
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('aiSafety.highlight') && enabled('aiSafety.highlight')) {
        later(highlights);
      }
      if (event.affectsConfiguration('aiSafety.completion') && enabled('aiSafety.completion')) {
        later(startTriggers);
      }
      if (module && (event.affectsConfiguration('aiSafety.preview') || event.affectsConfiguration('aiSafety.annotations'))) {
        void vscode.commands.executeCommand('markdown.preview.refresh').then(undefined, () => undefined);
      }
    }),
  );
  if (enabled('aiSafety.highlight')) {
    later(highlights);
  }
  if (enabled('aiSafety.completion')) {
    later(startTriggers);
  }

  return {
    extendMarkdownIt(md) {
      const extend = () => load().extendMarkdownIt(md, { core: deps.core, log: deps.log });
      if (bundle.ready && deps.core.ready) {
        return extend();
      }
      // Web, bundles still being fetched: the preview keeps this renderer, so it is extended in place
      // once they are here, and open previews render again.
      later(() => {
        extend();
        void vscode.commands.executeCommand('markdown.preview.refresh').then(undefined, () => undefined);
      });
      return md;
    },
    termsInFile,
    highlights,
  };
}
