import * as vscode from 'vscode';
import { Command } from '../core/commandIds';
import type { LazyLlm } from '../llm/lazyLlm';
import { registerCommand } from './registerCommand';

/** What "Set API Key…" needs. */
export interface SetApiKeyDeps {
  readonly llm: Pick<LazyLlm, 'askAndStoreKey'>;
  readonly log: vscode.LogOutputChannel;
}

/**
 * Registers `aiSafety.setApiKey`: asks for a key in a password box and stores it in SecretStorage.
 * Takes no arguments (a key never travels through a command argument). Resolves to whether a key was stored.
 */
export function registerSetApiKey(context: vscode.ExtensionContext, deps: SetApiKeyDeps): void {
  registerCommand(context, deps.log, Command.SetApiKey, async () => {
    const stored = (await deps.llm.askAndStoreKey()) !== undefined;
    if (stored) {
      void vscode.window.showInformationMessage(
        vscode.l10n.t('AI Safety: API key stored in VS Code SecretStorage. It is sent only to the host in aiSafety.llm.baseUrl.'),
      );
    }
    return stored;
  });
}
