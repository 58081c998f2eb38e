import * as vscode from 'vscode';

/** The part of the term matcher follow-the-cursor needs (see src/core/matcher.ts). */
export interface TermLocator {
  /** The term covering `offset` in `text`, if any (UTF-16 offsets, end exclusive). */
  termAt(text: string, offset: number): { readonly id: string; readonly start: number; readonly end: number } | undefined;
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

/** Characters read on each side of the cursor: longer than any term, tiny next to a minified line. */
export const FOLLOW_RADIUS = 128;

/**
 * The slice of a line to read around `character`: at most `radius` characters on each side,
 * so a 5 MB minified line costs the same as a short one.
 */
export function cursorWindow(character: number, lineLength: number, radius = FOLLOW_RADIUS): { start: number; end: number } {
  const at = Math.min(Math.max(0, character), lineLength);
  return { start: Math.max(0, at - radius), end: Math.min(lineLength, at + radius) };
}

/**
 * Finds the term at a position by reading only a bounded window of its line.
 * Returns the glossary id or undefined.
 */
export function termAtPosition(document: vscode.TextDocument, position: vscode.Position, locator: TermLocator): string | undefined {
  if (position.line >= document.lineCount) {
    return undefined;
  }
  // `lineAt` hands back the line string the document already holds; only the window is copied.
  const lineLength = document.lineAt(position.line).range.end.character;
  const { start, end } = cursorWindow(position.character, lineLength);
  const text = document.getText(new vscode.Range(position.line, start, position.line, end));
  return locator.termAt(text, position.character - start)?.id;
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
