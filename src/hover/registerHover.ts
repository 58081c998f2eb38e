import * as vscode from 'vscode';
import { ContextKey } from '../core/commandIds';
import { TermHoverProvider, type TermHoverDeps } from './termHoverProvider';

/**
 * Every document, whatever its language or URI scheme (file, untitled, notebook cells, git, remote…).
 * A `'*'` language matches any document with score 5 (an exact language scores 10), so a language's
 * own hovers are listed before ours. The scheme is left open on purpose.
 * @see https://code.visualstudio.com/api/references/vscode-api#languages.match
 */
const EVERY_DOCUMENT: vscode.DocumentSelector = [{ language: '*' }];

/** What the hover registration reports back. */
export interface HoverRegistration {
  /**
   * Whether the first card has set the `aiSafety.hoverShown` context key; resolves once VS Code has
   * taken it (false before any card was shown, or if setting it failed).
   */
  readonly hoverShownKeySet: () => Promise<boolean>;
}

/**
 * Registers the term hover for every document; the registration is disposed with the extension.
 * The first card shown sets {@link ContextKey.HoverShown}, which completes the walkthrough's first
 * step (a hover cannot run a command, so a context key is the signal).
 */
export function registerHover(context: vscode.ExtensionContext, deps: Omit<TermHoverDeps, 'onFirstCard'>): HoverRegistration {
  let keySet: Promise<boolean> | undefined;
  const onFirstCard = (): void => {
    keySet = Promise.resolve(vscode.commands.executeCommand('setContext', ContextKey.HoverShown, true)).then(
      () => true,
      (err: unknown) => {
        deps.log.warn(`Could not set ${ContextKey.HoverShown}:`, err instanceof Error ? err.message : String(err));
        return false;
      },
    );
  };
  context.subscriptions.push(vscode.languages.registerHoverProvider(EVERY_DOCUMENT, new TermHoverProvider({ ...deps, onFirstCard })));
  return { hoverShownKeySet: () => keySet ?? Promise.resolve(false) };
}
