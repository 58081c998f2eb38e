import type * as vscode from 'vscode';
import { Command } from '../core/commandIds';
import type { ExplainerViewProvider } from '../views/explainerViewProvider';
import { registerCommand } from './registerCommand';

/** What "Unpin Card" needs. */
export interface UnpinCardDeps {
  readonly explainer: ExplainerViewProvider;
  readonly log: vscode.LogOutputChannel;
}

/** Registers `aiSafety.unpinCard`: the glossary follows the cursor again. */
export function registerUnpinCard(context: vscode.ExtensionContext, deps: UnpinCardDeps): void {
  registerCommand(context, deps.log, Command.UnpinCard, () => deps.explainer.unpin());
}
