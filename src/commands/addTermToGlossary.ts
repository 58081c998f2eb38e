import * as vscode from 'vscode';
import { UserFacingError } from '../core/userFacingError';
import { exists, targetGlossaryUri, type WorkspaceGlossaryDeps } from './openWorkspaceGlossary';

/** Longest selection taken as a term. */
const MAX_TERM_LENGTH = 100;

/**
 * The body of `aiSafety.addTermToGlossary` (registered in `workspaceGlossaryCommands.ts`, loaded on
 * first use): takes the selection (or asks for the term), adds an entry
 * to the workspace glossary (creating the file with its `$schema` line if needed), and opens it with
 * the cursor in the new entry's definition. An argument, if given, must be the term as a string.
 * Resolves to the new entry's id.
 */
export async function addTermToGlossary(deps: WorkspaceGlossaryDeps, arg: unknown): Promise<string | undefined> {
  {
    const uri = targetGlossaryUri(deps.files);
    const term = await termToAdd(arg);
    if (term === undefined) {
      return undefined;
    }
    // An open document is edited in place (even if its file was deleted meanwhile), so the editor
    // and the file never disagree; otherwise the file is read if it exists, or created.
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const document = open ?? ((await exists(uri)) ? await vscode.workspace.openTextDocument(uri) : undefined);
    const result = deps.core.module().addTermToFile(document?.getText() ?? '', term);
    if (!result) {
      throw new UserFacingError(
        /[\p{L}\p{N}]/u.test(term)
          ? vscode.l10n.t('AI Safety: the workspace glossary is not an object with a "terms" list; fix it first (see the Problems panel).')
          : vscode.l10n.t('AI Safety: "{0}" has no letters or digits to make a term of.', term),
      );
    }
    if (!document) {
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(result.text));
    } else if (result.added) {
      const edit = new vscode.WorkspaceEdit();
      edit.replace(uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), result.text);
      await vscode.workspace.applyEdit(edit);
      await document.save();
    }
    const opened = await vscode.workspace.openTextDocument(uri);
    const start = opened.positionAt(result.definition.offset);
    const end = opened.positionAt(result.definition.offset + result.definition.length);
    await vscode.window.showTextDocument(opened, { selection: new vscode.Range(start, end), preview: false });
    if (deps.files.workspaceFilesBlocked) {
      void vscode.window.showWarningMessage(vscode.l10n.t('AI Safety: this workspace is not trusted, so its glossary file is not read until you trust it.'));
    }
    return result.id;
  }
}

/** The term from the argument, the selection, or an input box; undefined when the user cancels. */
async function termToAdd(arg: unknown): Promise<string | undefined> {
  if (typeof arg === 'string' && arg.trim() !== '') {
    return arg.trim().slice(0, MAX_TERM_LENGTH);
  }
  const editor = vscode.window.activeTextEditor;
  const selected = editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection).replace(/\s+/g, ' ').trim() : '';
  if (selected !== '' && selected.length <= MAX_TERM_LENGTH) {
    return selected;
  }
  const typed = await vscode.window.showInputBox({
    title: vscode.l10n.t('AI Safety: Add Term to Workspace Glossary'),
    prompt: vscode.l10n.t('The term as it is written, such as "Lantern probe"'),
    value: selected.slice(0, MAX_TERM_LENGTH),
    validateInput: (value) => (/[\p{L}\p{N}]/u.test(value) ? undefined : vscode.l10n.t('Type a term with at least one letter or digit.')),
  });
  return typed?.trim() || undefined;
}
