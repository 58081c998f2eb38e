import * as vscode from 'vscode';
import { GLOSSARY_SCHEMA_SCHEME } from '../core/glossary/schemaUri';

/**
 * Serves the glossary file schema (`media/ai-safety-glossary.schema.json`) at the URI that glossary
 * files name in their `$schema` line. VS Code's JSON support loads a `$schema` of a scheme it does not
 * know through the extension that provides it, so the schema works offline and is always the one of
 * the installed version (an https `$schema` would need a download, and would hide the contributed one).
 */
export function registerGlossarySchema(context: vscode.ExtensionContext): void {
  const schema = vscode.Uri.joinPath(context.extensionUri, 'media', 'ai-safety-glossary.schema.json');
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(GLOSSARY_SCHEMA_SCHEME, {
      provideTextDocumentContent: async () => new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(schema)),
    }),
  );
}
