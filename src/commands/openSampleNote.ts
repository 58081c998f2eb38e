import * as vscode from 'vscode';
import { Command } from '../core/commandIds';
import { registerCommand } from './registerCommand';

/** What "Open Sample Note" needs. */
export interface OpenSampleNoteDeps {
  readonly log: vscode.LogOutputChannel;
}

/**
 * The scheme the sample note is shown under. Documents of a content provider are read-only, so the
 * note opens without a folder, touches none of the user's files, and never asks to be saved.
 */
export const SAMPLE_NOTE_SCHEME = 'ai-safety-sample';

/** The note as the user sees it (the `.md` makes it a markdown document). */
export const SAMPLE_NOTE_URI = vscode.Uri.from({ scheme: SAMPLE_NOTE_SCHEME, path: '/sample-note.md' });

/** Where the note's text ships, relative to the extension (listed in .vscodeignore). */
const SAMPLE_NOTE_FILE = ['media', 'walkthrough', 'sample-note.md'] as const;

/**
 * Registers `aiSafety.openSampleNote` (the walkthrough's first step), which opens the note beside the
 * active editor, and the read-only provider
 * behind it: the text is read with `workspace.fs`, so it works on the web too. Resolves to the
 * opened document's URI string.
 */
export function registerOpenSampleNote(context: vscode.ExtensionContext, deps: OpenSampleNoteDeps): void {
  const file = vscode.Uri.joinPath(context.extensionUri, ...SAMPLE_NOTE_FILE);
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(SAMPLE_NOTE_SCHEME, {
      provideTextDocumentContent: async (uri) =>
        uri.path === SAMPLE_NOTE_URI.path ? new TextDecoder().decode(await vscode.workspace.fs.readFile(file)) : undefined,
    }),
  );
  registerCommand(context, deps.log, Command.OpenSampleNote, async () => {
    const document = await vscode.workspace.openTextDocument(SAMPLE_NOTE_URI);
    // Beside the active editor: from the walkthrough, the note opens next to it, so the step's checkmark
    // is seen to appear when a term is hovered.
    await vscode.window.showTextDocument(document, { preview: false, viewColumn: vscode.ViewColumn.Beside });
    return document.uri.toString();
  });
}
