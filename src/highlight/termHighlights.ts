import * as vscode from 'vscode';
import { capHighlights, DEFAULT_MAX_HIGHLIGHTS, HIGHLIGHT_MAX_WINDOW_CHARS, highlightWindows } from '../core/highlightWindows';
import { scheduleWithTimeout, type Schedule } from '../core/schedule';
import type { Match } from '../core/matcher';

/** Settings section of the highlights (`aiSafety.highlight.*`). */
const SECTION = 'aiSafety.highlight';

/** How long scrolling and typing must settle before the marks are recomputed. */
export const HIGHLIGHT_DEBOUNCE_MS = 150;

/** What the highlights need from the document annotations (src/annotations/documentAnnotations.ts). */
export interface PieceFinder {
  findIn(document: vscode.TextDocument, piece: string, pieceStart: number): Match[];
}

/**
 * The opt-in highlights (`aiSafety.highlight.enabled`, off by default): annotated terms in visible
 * editors get a subtle underline in the themable colour `aiSafety.termHighlight.underline`. Hovering
 * one shows the usual hover (the hover provider is independent of the marks).
 *
 * Only the visible ranges plus a margin are read and decorated, at most `aiSafety.highlight.maxMatches`
 * marks per editor, and updates after scrolling, typing or switching editors are debounced, so a
 * 5 MB file costs what its screen costs. While the setting is off nothing is read at all.
 */
export class TermHighlighter implements vscode.Disposable {
  private readonly decoration = vscode.window.createTextEditorDecorationType({
    borderStyle: 'none none dotted none',
    borderWidth: '0 0 1px 0',
    borderColor: new vscode.ThemeColor('aiSafety.termHighlight.underline'),
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  private readonly pending = new Map<vscode.TextEditor, () => void>();
  private readonly applied = new Map<vscode.TextEditor, readonly vscode.Range[]>();
  private readonly emitter = new vscode.EventEmitter<{ readonly editor: vscode.TextEditor; readonly ranges: readonly vscode.Range[] }>();
  /** Fires after marks were set (or cleared) in an editor. The integration tests wait on it. */
  readonly onDidApply = this.emitter.event;

  constructor(
    private readonly finder: PieceFinder,
    private readonly schedule: Schedule = scheduleWithTimeout,
  ) {}

  /** The marks last set in `editor` (empty when none or disabled). */
  rangesFor(editor: vscode.TextEditor): readonly vscode.Range[] {
    return this.applied.get(editor) ?? [];
  }

  /** Recomputes `editor`'s marks after {@link HIGHLIGHT_DEBOUNCE_MS}, replacing a pending update. */
  requestUpdate(editor: vscode.TextEditor): void {
    this.pending.get(editor)?.();
    this.pending.set(editor, this.schedule(() => {
      this.pending.delete(editor);
      this.update(editor);
    }, HIGHLIGHT_DEBOUNCE_MS));
  }

  /** Recomputes every visible editor (settings changed). */
  requestAll(): void {
    vscode.window.visibleTextEditors.forEach((editor) => this.requestUpdate(editor));
  }

  /** Sets `editor`'s marks now: nothing when disabled, else the visible windows' terms, capped. */
  update(editor: vscode.TextEditor): void {
    const document = editor.document;
    const config = vscode.workspace.getConfiguration(SECTION, document);
    let ranges: vscode.Range[] = [];
    if (config.get<boolean>('enabled', false) === true && !document.isClosed) {
      const max = Math.max(0, Math.floor(config.get<number>('maxMatches', DEFAULT_MAX_HIGHLIGHTS)));
      const windows = highlightWindows(editor.visibleRanges.map((r) => ({ start: r.start.line, end: r.end.line })), document.lineCount);
      const perWindow = windows.map((w) => {
        const start = document.offsetAt(new vscode.Position(w.start, 0));
        const end = Math.min(document.offsetAt(document.lineAt(w.end).range.end), start + HIGHLIGHT_MAX_WINDOW_CHARS);
        const text = document.getText(new vscode.Range(document.positionAt(start), document.positionAt(end)));
        return this.finder.findIn(document, text, start).map((m) => ({ start: start + m.start, end: start + m.end }));
      });
      ranges = capHighlights(perWindow, max).kept.map((m) => new vscode.Range(document.positionAt(m.start), document.positionAt(m.end)));
    } else if (!this.applied.has(editor)) {
      return; // disabled and never marked: nothing to clear
    }
    editor.setDecorations(this.decoration, ranges);
    if (ranges.length > 0) {
      this.applied.set(editor, ranges);
    } else {
      this.applied.delete(editor);
    }
    this.emitter.fire({ editor, ranges });
  }

  /** Forgets editors that are no longer visible. */
  prune(visible: readonly vscode.TextEditor[]): void {
    for (const editor of [...this.applied.keys(), ...this.pending.keys()]) {
      if (!visible.includes(editor)) {
        this.pending.get(editor)?.();
        this.pending.delete(editor);
        this.applied.delete(editor);
      }
    }
  }

  dispose(): void {
    this.pending.forEach((cancel) => cancel());
    this.pending.clear();
    this.applied.clear();
    this.decoration.dispose();
    this.emitter.dispose();
  }
}

/** Registers the highlights and what drives them; returns the highlighter (the tests read it). */
export function registerTermHighlights(context: vscode.ExtensionContext, deps: { readonly finder: PieceFinder }): TermHighlighter {
  const highlighter = new TermHighlighter(deps.finder);
  const enabled = (document: vscode.TextDocument) => vscode.workspace.getConfiguration(SECTION, document).get<boolean>('enabled', false) === true;
  context.subscriptions.push(
    highlighter,
    vscode.window.onDidChangeVisibleTextEditors((editors) => {
      highlighter.prune(editors);
      editors.filter((e) => enabled(e.document)).forEach((e) => highlighter.requestUpdate(e));
    }),
    vscode.window.onDidChangeTextEditorVisibleRanges((event) => {
      if (enabled(event.textEditor.document)) {
        highlighter.requestUpdate(event.textEditor);
      }
    }),
    vscode.workspace.onDidChangeTextDocument((event) => {
      vscode.window.visibleTextEditors
        .filter((e) => e.document === event.document && enabled(e.document))
        .forEach((e) => highlighter.requestUpdate(e));
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(SECTION) || event.affectsConfiguration('aiSafety.annotations')) {
        highlighter.requestAll();
      }
    }),
  );
  if (vscode.window.visibleTextEditors.some((e) => enabled(e.document))) {
    highlighter.requestAll();
  }
  return highlighter;
}
