import * as vscode from 'vscode';
import { Command } from '../core/commandIds';
import { UserFacingError } from '../core/userFacingError';
import type { ExplainerViewProvider } from '../views/explainerViewProvider';
import { registerCommand } from './registerCommand';

/** What "Pin Current Card" needs. */
export interface PinCardDeps {
  readonly explainer: ExplainerViewProvider;
  readonly log: vscode.LogOutputChannel;
}

/** Registers `aiSafety.pinCard`: keeps the current card in place while the cursor moves. */
export function registerPinCard(context: vscode.ExtensionContext, deps: PinCardDeps): void {
  registerCommand(context, deps.log, Command.PinCard, () => {
    if (!deps.explainer.pin()) {
      throw new UserFacingError(vscode.l10n.t('AI Safety: open a glossary card first; pinning keeps it in place while you move the cursor.'));
    }
  });
}
