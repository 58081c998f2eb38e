import * as vscode from 'vscode';

/** The part of the document annotations follow-the-cursor needs (src/annotations/documentAnnotations.ts). */
export interface TermLocator {
  /** The marked term at `position` (line-relative offsets, end exclusive), if any. */
  termAt(document: vscode.TextDocument, position: vscode.Position): { readonly id: string; readonly start: number; readonly end: number } | undefined;
}

/** Where follow-the-cursor sends the term it found. */
export interface CursorFollower {
  /** Shows the card if the view is visible and nothing is pinned; never reveals the view. */
  followCursor(id: string): boolean;
  /** True while the view is on screen (no point reading text otherwise). */
  readonly isVisible: boolean;
  /** True while a card is pinned. */
  readonly pinned: boolean;
}

/** How long the cursor must rest before the card changes. */
export const FOLLOW_DEBOUNCE_MS = 300;

/**
 * The id of the term the annotator marks at a position (the same decision as the hover: ambiguous
 * terms only in AI-safety context), or undefined. The annotator reads a bounded window of the line
 * and the document's cached context.
 */
export function termAtPosition(document: vscode.TextDocument, position: vscode.Position, locator: TermLocator): string | undefined {
  if (position.line >= document.lineCount) {
    return undefined;
  }
  return locator.termAt(document, position)?.id;
}

/**
 * Follow-the-cursor: when the cursor rests on a term in the active editor, the sidebar shows its
 * card, like the Docs View extension. Debounced; does nothing while the view is hidden, a card is
 * pinned, or `aiSafety.explainer.followCursor` is off; never reveals the view or takes focus.
 */
export function registerFollowCursor(
  context: vscode.ExtensionContext,
  deps: { readonly locator: TermLocator; readonly follower: CursorFollower; readonly log: vscode.LogOutputChannel },
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    if (timer) {
      clearTimeout(timer);
      timer = undefined;
    }
  };
  const check = (editor: vscode.TextEditor) => {
    timer = undefined;
    if (editor !== vscode.window.activeTextEditor || !deps.follower.isVisible || deps.follower.pinned) {
      return;
    }
    if (!vscode.workspace.getConfiguration('aiSafety.explainer', editor.document).get<boolean>('followCursor', true)) {
      return;
    }
    try {
      const id = termAtPosition(editor.document, editor.selection.active, deps.locator);
      if (id) {
        deps.follower.followCursor(id);
      }
    } catch (err) {
      deps.log.warn('Follow-the-cursor failed:', err instanceof Error ? err.message : String(err));
    }
  };
  context.subscriptions.push(
    vscode.window.onDidChangeTextEditorSelection((event) => {
      if (event.textEditor !== vscode.window.activeTextEditor) {
        return;
      }
      cancel();
      // Cheap checks first: a hidden or pinned view never costs a timer.
      if (!deps.follower.isVisible || deps.follower.pinned) {
        return;
      }
      const editor = event.textEditor;
      timer = setTimeout(() => check(editor), FOLLOW_DEBOUNCE_MS);
    }),
    { dispose: cancel },
  );
}
