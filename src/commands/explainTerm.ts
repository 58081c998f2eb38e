import * as vscode from 'vscode';
import { termIdArgument } from '../core/commandArgument';
import type { DocumentAnnotations } from '../annotations/documentAnnotations';
import { MAX_SELECTION_CHARS, type ExplainSource, type TermFinder } from '../core/prompt';
import type { LazyLlm } from '../llm/lazyLlm';
import { Command } from '../core/commandIds';
import { registerCommand } from './registerCommand';

/** What "Explain Term with LLM" needs. */
export interface ExplainTermDeps {
  readonly llm: Pick<LazyLlm, 'explain'>;
  /** The annotator's decision per document: the term lookup never uses the raw matcher. */
  readonly annotations: Pick<DocumentAnnotations, 'finderFor'>;
  readonly log: vscode.LogOutputChannel;
}

/** Most characters read from a selection: enough to find a term and quote it, never the whole of a huge one. */
const SELECTION_READ_CHARS = MAX_SELECTION_CHARS * 2;

/**
 * Registers `aiSafety.explainTerm`. The argument is untrusted (`unknown`): hover links pass a term id
 * (or a one-element array holding one), the editor context menu passes the document's URI. Without
 * an id it explains the selection, else the term at the cursor (the editor is read when the command
 * runs; the plan is made in the LLM bundle). Resolves to the `LlmController.ask` outcome.
 */
export function registerExplainTerm(context: vscode.ExtensionContext, deps: ExplainTermDeps): void {
  registerCommand(context, deps.log, Command.ExplainTerm, (...args: unknown[]) => {
    const { source, finder } = editorSource(args[0], deps.annotations);
    return deps.llm.explain(source, finder);
  });
}

/** No editor: an id argument needs no lookup, and there is no text to look in. */
const NO_TEXT: TermFinder = { findAll: () => [], termAt: () => undefined };

/**
 * The argument plus what the active editor shows (a bounded slice of the selection, or the cursor's
 * line), and the annotator's term lookup for that document.
 */
function editorSource(argument: unknown, annotations: ExplainTermDeps['annotations']): { source: ExplainSource; finder: TermFinder } {
  const editor = vscode.window.activeTextEditor;
  if (!editor || termIdArgument(argument) !== undefined) {
    return { source: { argument }, finder: NO_TEXT };
  }
  const { document, selection } = editor;
  if (!selection.isEmpty) {
    const start = document.offsetAt(selection.start);
    const end = Math.min(document.offsetAt(selection.end), start + SELECTION_READ_CHARS);
    const text = document.getText(new vscode.Range(selection.start, document.positionAt(end)));
    if (text.trim() !== '') {
      return { source: { argument, selection: text, languageId: document.languageId }, finder: annotations.finderFor(document, start) };
    }
  }
  const position = selection.active;
  const lineStart = document.offsetAt(new vscode.Position(position.line, 0));
  return {
    source: {
      argument,
      line: { text: document.lineAt(position.line).text, offset: position.character },
      languageId: document.languageId,
    },
    finder: annotations.finderFor(document, 0, lineStart),
  };
}
