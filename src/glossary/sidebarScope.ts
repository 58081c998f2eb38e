import * as vscode from 'vscode';
import { DEFAULT_SCOPE } from '../lazyCore';

/**
 * The glossary scope the sidebar shows: the workspace folder of the active editor's document; the
 * first folder when no editor is active or its document is in no folder; the default scope (the
 * user-level files only) when the window has no folder.
 */
export function sidebarScopeKey(): string {
  const uri = vscode.window.activeTextEditor?.document.uri;
  const folder = (uri ? vscode.workspace.getWorkspaceFolder(uri) : undefined) ?? vscode.workspace.workspaceFolders?.[0];
  return folder ? folder.uri.toString() : DEFAULT_SCOPE;
}

/**
 * Which folder's glossary the sidebar shows, as a sentence for the sidebar: only in a multi-root
 * workspace, where folders may have different glossaries; undefined otherwise.
 *
 * @param scope The sidebar's scope (a folder's URI string, or the default scope).
 */
export function sidebarScopeNote(scope: string): string | undefined {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length < 2) {
    return undefined;
  }
  const folder = folders.find((f) => f.uri.toString() === scope);
  // Named by folder only, so the note changes exactly when the scope does (and the view re-renders).
  return folder
    ? vscode.l10n.t('Terms of the folder "{0}": the glossary follows the active editor\'s folder (the first folder for other editors).', folder.name)
    : undefined;
}
