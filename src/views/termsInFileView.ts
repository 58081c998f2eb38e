import * as vscode from 'vscode';
import { scheduleWithTimeout, type Schedule } from '../core/schedule';
import { TERMS_SCAN_LIMIT, termsInFile, type TermInFile, type TermsInFile, type TermOccurrence } from '../core/termsInFile';
import type { Term } from '../core/glossary/types';
import type { Match } from '../core/matcher';

/** The view's id (package.json `contributes.views`). */
export const TERMS_IN_FILE_VIEW = 'aiSafety.termsInFile';

/** How long edits and editor switches must settle before the view recomputes. */
export const TERMS_DEBOUNCE_MS = 300;

/** What the view needs from the document annotations (src/annotations/documentAnnotations.ts). */
export interface PrefixScanner {
  scanPrefix(document: vscode.TextDocument, limit: number): { readonly text: string; readonly matches: Match[]; readonly length: number };
}

/** A row: a term (its id, so the inline "show card" action receives the id itself) or one occurrence. */
export type TermsInFileNode = string | { readonly termId: string; readonly index: number };

/**
 * "Terms in This File": every term the annotator marks in the active editor, grouped by term with
 * its count and definition; expanding a term lists its occurrences, clicking one reveals it, and
 * the inline action opens the term's card in the explainer.
 *
 * It follows the active editor, its edits and the annotation settings, debounced, and computes only
 * while the view is visible (so the glossary is not loaded for a hidden view). Documents longer than
 * {@link TERMS_SCAN_LIMIT} are scanned up to it, and the view says so.
 */
export class TermsInFileProvider implements vscode.TreeDataProvider<TermsInFileNode>, vscode.Disposable {
  private readonly updated = new vscode.EventEmitter<TermsInFile | undefined>();
  /** Fires after every recomputation, with the new model (undefined: no editor). Tests wait on it. */
  readonly onDidUpdate = this.updated.event;
  private model: { readonly uri: vscode.Uri; readonly version: number; readonly data: TermsInFile; readonly byId: Map<string, TermInFile> } | undefined;
  private cancelPending: (() => void) | undefined;
  private view: vscode.TreeView<TermsInFileNode> | undefined;

  /**
   * @param changed The emitter the tree view listens to (the activation shim's, which owns the view).
   */
  constructor(
    private readonly scanner: PrefixScanner,
    private readonly termById: (id: string) => Pick<Term, 'id' | 'term' | 'definition'> | undefined,
    private readonly changed: vscode.EventEmitter<void>,
    private readonly schedule: Schedule = scheduleWithTimeout,
  ) {}

  get onDidChangeTreeData(): vscode.Event<void> {
    return this.changed.event;
  }

  /** The model shown now (undefined before the first computation or without an editor). */
  get current(): TermsInFile | undefined {
    return this.model?.data;
  }

  /** The document the model is of. */
  get currentUri(): vscode.Uri | undefined {
    return this.model?.uri;
  }

  /** Connects the tree view: its visibility gates the work, and its message reports truncation. */
  attach(view: vscode.TreeView<TermsInFileNode>): void {
    this.view = view;
  }

  /** Recomputes after {@link TERMS_DEBOUNCE_MS}, replacing any pending recomputation. */
  requestUpdate(): void {
    this.cancelPending?.();
    this.cancelPending = this.schedule(() => {
      this.cancelPending = undefined;
      this.update();
    }, TERMS_DEBOUNCE_MS);
  }

  /** Recomputes now for the active editor (skipped while the view is hidden or nothing changed). */
  update(): void {
    if (this.view && !this.view.visible) {
      return;
    }
    const document = vscode.window.activeTextEditor?.document;
    if (!document) {
      // Keep showing the last file when focus moves to a panel or the view itself.
      if (!this.model) {
        this.updated.fire(undefined);
      }
      return;
    }
    if (this.model && this.model.uri.toString() === document.uri.toString() && this.model.version === document.version) {
      this.updated.fire(this.model.data);
      return;
    }
    const scan = this.scanner.scanPrefix(document, TERMS_SCAN_LIMIT);
    const data = termsInFile(scan.text, scan.matches, this.termById, scan.length);
    this.model = { uri: document.uri, version: document.version, data, byId: new Map(data.terms.map((t) => [t.id, t])) };
    if (this.view) {
      this.view.message = data.truncated
        ? vscode.l10n.t('Only the first {0} of this {1} file was scanned.', formatSize(data.scanned), formatSize(scan.length))
        : undefined;
      this.view.description = data.terms.length > 0 ? vscode.workspace.asRelativePath(document.uri) : undefined;
    }
    this.changed.fire();
    this.updated.fire(data);
  }

  /** Forgets the model (the annotation settings changed) and recomputes. */
  invalidate(): void {
    this.model = undefined;
    this.requestUpdate();
  }

  getChildren(node?: TermsInFileNode): TermsInFileNode[] {
    const model = this.model;
    if (!model) {
      return [];
    }
    if (node === undefined) {
      return model.data.terms.map((t) => t.id);
    }
    if (typeof node === 'string') {
      return (model.byId.get(node)?.occurrences ?? []).map((_, index) => ({ termId: node, index }));
    }
    return [];
  }

  getTreeItem(node: TermsInFileNode): vscode.TreeItem {
    const model = this.model;
    if (typeof node === 'string') {
      const term = model?.byId.get(node);
      const item = new vscode.TreeItem(term?.term ?? node, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `term:${node}`;
      item.description = term ? `${term.count} · ${term.definition}` : undefined;
      item.tooltip = term ? `${term.term} (${term.count}×)\n\n${term.definition}` : undefined; // plain text, never rendered
      item.contextValue = 'aiSafetyTerm';
      item.iconPath = new vscode.ThemeIcon('symbol-key');
      return item;
    }
    const occurrence: TermOccurrence | undefined = model?.byId.get(node.termId)?.occurrences[node.index];
    const item = new vscode.TreeItem(occurrence ? vscode.l10n.t('Line {0}', occurrence.line + 1) : '', vscode.TreeItemCollapsibleState.None);
    item.id = `occurrence:${node.termId}:${node.index}`;
    item.contextValue = 'aiSafetyTermOccurrence';
    if (occurrence && model) {
      item.description = occurrence.snippet;
      item.tooltip = occurrence.snippet;
      const start = new vscode.Position(occurrence.line, occurrence.character);
      const end = new vscode.Position(occurrence.line, occurrence.character + (occurrence.end - occurrence.start));
      const options: vscode.TextDocumentShowOptions = { selection: new vscode.Range(start, end), preserveFocus: false };
      item.command = { command: 'vscode.open', title: vscode.l10n.t('Reveal Occurrence'), arguments: [model.uri, options] };
    }
    return item;
  }

  dispose(): void {
    this.cancelPending?.();
    this.updated.dispose();
  }
}

function formatSize(chars: number): string {
  return chars >= 1024 * 1024 ? `${(chars / (1024 * 1024)).toFixed(1)} MB` : `${Math.round(chars / 1024)} KB`;
}

/**
 * Starts "Terms in This File" behind a tree view created at activation (src/lazySurfaces.ts): the
 * provider and what drives it. Returns the provider; the shim forwards the view's questions to it.
 */
export function startTermsInFile(
  context: vscode.ExtensionContext,
  deps: {
    readonly scanner: PrefixScanner;
    readonly termById: (id: string) => Pick<Term, 'id' | 'term' | 'definition'> | undefined;
    readonly view: vscode.TreeView<TermsInFileNode>;
    readonly changed: vscode.EventEmitter<void>;
  },
): TermsInFileProvider {
  const provider = new TermsInFileProvider(deps.scanner, deps.termById, deps.changed);
  provider.attach(deps.view);
  context.subscriptions.push(
    provider,
    vscode.window.onDidChangeActiveTextEditor(() => provider.requestUpdate()),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document === vscode.window.activeTextEditor?.document) {
        provider.requestUpdate();
      }
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('aiSafety.annotations')) {
        provider.invalidate();
      }
    }),
  );
  return provider;
}
