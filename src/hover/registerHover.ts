import * as vscode from 'vscode';
import { TermHoverProvider, type TermHoverDeps } from './termHoverProvider';

/**
 * Every document, whatever its language or URI scheme (file, untitled, notebook cells, git, remote…).
 * A `'*'` language matches any document with score 5 (an exact language scores 10), so a language's
 * own hovers are listed before ours. The scheme is left open on purpose.
 * @see https://code.visualstudio.com/api/references/vscode-api#languages.match
 */
const EVERY_DOCUMENT: vscode.DocumentSelector = [{ language: '*' }];

/** Registers the term hover for every document; the registration is disposed with the extension. */
export function registerHover(context: vscode.ExtensionContext, deps: TermHoverDeps & { readonly coreReady: { readonly ready: boolean; prepare(): Promise<void> } }): void {
  const provider = new TermHoverProvider(deps);
  const { coreReady } = deps;
  context.subscriptions.push(
    vscode.languages.registerHoverProvider(EVERY_DOCUMENT, {
      // On the web the first hover may come before the core's text has been fetched: it waits for it.
      provideHover: (document, position) =>
        coreReady.ready ? provider.provideHover(document, position) : coreReady.prepare().then(() => provider.provideHover(document, position)),
    }),
  );
}
