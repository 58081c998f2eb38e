import * as vscode from 'vscode';
import { UserFacingError } from '../core/userFacingError';
import type { GlossaryFiles } from '../glossary/glossaryFiles';
import type { LazyCore } from '../lazyCore';

/** What the workspace glossary commands need. */
export interface WorkspaceGlossaryDeps {
  readonly core: LazyCore;
  readonly files: GlossaryFiles;
  readonly log: vscode.LogOutputChannel;
}

/**
 * The workspace glossary file the commands work on: the one of the active editor's folder, else of
 * the first folder. Throws a clear error when no folder is open.
 */
export function targetGlossaryUri(files: GlossaryFiles): vscode.Uri {
  const active = vscode.window.activeTextEditor?.document.uri;
  const folder = (active && vscode.workspace.getWorkspaceFolder(active)) ?? vscode.workspace.workspaceFolders?.[0];
  const uri = folder && files.workspaceGlossaryUri(folder);
  if (!uri) {
    throw new UserFacingError(vscode.l10n.t('AI Safety: open a folder first; the workspace glossary lives in its .vscode folder.'));
  }
  return uri;
}

/** Whether a file exists. */
export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/**
 * The body of `aiSafety.openWorkspaceGlossary` (registered in `workspaceGlossaryCommands.ts`, loaded
 * on first use): opens `.vscode/ai-safety-glossary.json`, creating it (with the `$schema` line and no
 * terms) when it does not exist. Resolves to the file's URI string.
 */
export async function openWorkspaceGlossary(deps: WorkspaceGlossaryDeps): Promise<string> {
  {
    const uri = targetGlossaryUri(deps.files);
    if (!(await exists(uri))) {
      const text = deps.core.module().newGlossaryFileText();
      // A document still open for a deleted file is refilled and saved, so the editor and the file agree.
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      if (open) {
        const edit = new vscode.WorkspaceEdit();
        edit.replace(uri, new vscode.Range(open.positionAt(0), open.positionAt(open.getText().length)), text);
        await vscode.workspace.applyEdit(edit);
        await open.save();
      } else {
        await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
      }
    }
    await vscode.window.showTextDocument(uri, { preview: false });
    return uri.toString();
  }
}
