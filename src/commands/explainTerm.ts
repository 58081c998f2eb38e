import * as vscode from 'vscode';
import { termIdArgument } from '../core/commandArgument';
import type { Glossary } from '../core/glossary/types';
import { MAX_SELECTION_CHARS, planExplanation, type ExplainSource, type TermFinder } from '../core/prompt';
import type { LlmController } from '../llm/llmController';
import { Command } from '../core/commandIds';
import { UserFacingError } from '../core/userFacingError';
import { registerCommand } from './registerCommand';

/** What "Explain Term with LLM" needs. */
export interface ExplainTermDeps {
  readonly llm: LlmController;
  readonly glossary: Glossary;
  readonly matcher: TermFinder;
  readonly log: vscode.LogOutputChannel;
}

/** Most characters read from a selection: enough to find a term and quote it, never the whole of a huge one. */
const SELECTION_READ_CHARS = MAX_SELECTION_CHARS * 2;

/**
 * Registers `aiSafety.explainTerm`. The argument is untrusted (`unknown`): hover links pass a term id
 * (or a one-element array holding one), the editor context menu passes the document's URI. Without
 * an id it explains the selection, else the term at the cursor. Resolves to the
 * {@link LlmController.ask} outcome.
 */
export function registerExplainTerm(context: vscode.ExtensionContext, deps: ExplainTermDeps): void {
  registerCommand(context, deps.log, Command.ExplainTerm, (...args: unknown[]) => {
    const plan = planExplanation(editorSource(args[0]), deps.glossary, deps.matcher);
    if (!plan.ok) {
      throw new UserFacingError(plan.message);
    }
    return deps.llm.ask(plan.prompt, plan.termId ? { termId: plan.termId } : {});
  });
}

/** The argument plus what the active editor shows: a bounded slice of the selection, or the cursor's line. */
function editorSource(argument: unknown): ExplainSource {
  const editor = vscode.window.activeTextEditor;
  if (!editor || termIdArgument(argument) !== undefined) {
    return { argument };
  }
  const { document, selection } = editor;
  if (!selection.isEmpty) {
    const start = document.offsetAt(selection.start);
    const end = Math.min(document.offsetAt(selection.end), start + SELECTION_READ_CHARS);
    const text = document.getText(new vscode.Range(selection.start, document.positionAt(end)));
    if (text.trim() !== '') {
      return { argument, selection: text, languageId: document.languageId };
    }
  }
  const position = selection.active;
  return {
    argument,
    line: { text: document.lineAt(position.line).text, offset: position.character },
    languageId: document.languageId,
  };
}
