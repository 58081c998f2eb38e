import * as vscode from 'vscode';

/** Copies an answer's full text to the clipboard and says so in the status bar. */
export async function copyAnswerText(text: string): Promise<void> {
  await vscode.env.clipboard.writeText(text);
  vscode.window.setStatusBarMessage(vscode.l10n.t('AI Safety: answer copied to the clipboard.'), 3000);
}

/**
 * Inserts an answer's full text at every cursor of the active editor (or the first visible one)
 * and gives that editor the focus. Warns instead when there is no editor or it is read-only.
 */
export async function insertAnswerText(text: string): Promise<void> {
  const editor = vscode.window.activeTextEditor ?? vscode.window.visibleTextEditors[0];
  if (!editor) {
    void vscode.window.showWarningMessage(vscode.l10n.t('AI Safety: there is no open editor to insert the answer into. Open a file, place the cursor, then press Insert again.'));
    return;
  }
  const ok = await editor.edit((edit) => {
    for (const selection of editor.selections) {
      edit.replace(selection, text);
    }
  });
  if (!ok) {
    void vscode.window.showWarningMessage(vscode.l10n.t('AI Safety: the answer could not be inserted (is the editor read-only?).'));
    return;
  }
  await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preserveFocus: false });
}
