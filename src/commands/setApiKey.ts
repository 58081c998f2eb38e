import * as vscode from 'vscode';
import type { LlmController } from '../llm/llmController';
import { Command } from './commandIds';
import { registerCommand } from './registerCommand';

/** What "Set API Key…" needs. */
export interface SetApiKeyDeps {
  readonly llm: LlmController;
  readonly log: vscode.LogOutputChannel;
}

/**
 * Registers `aiSafety.setApiKey`: asks for a key in a password box and stores it in SecretStorage.
 * Takes no arguments (a key never travels through a command argument). Resolves to whether a key was stored.
 */
export function registerSetApiKey(context: vscode.ExtensionContext, deps: SetApiKeyDeps): void {
  registerCommand(context, deps.log, Command.SetApiKey, async () => {
    const stored = await deps.llm.promptAndStoreKey();
    if (stored) {
      void vscode.window.showInformationMessage(
        'AI Safety: API key stored in VS Code SecretStorage. It is sent only to the host in aiSafety.llm.baseUrl.',
      );
    }
    return stored;
  });
}
