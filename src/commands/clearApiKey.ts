import type * as vscode from 'vscode';
import type { LlmController } from '../llm/llmController';
import { Command } from './commandIds';
import { registerCommand } from './registerCommand';

/** What "Clear API Key" needs. */
export interface ClearApiKeyDeps {
  readonly llm: LlmController;
  readonly log: vscode.LogOutputChannel;
}

/**
 * Registers `aiSafety.clearApiKey`: deletes the key stored in SecretStorage and tells the user which
 * key (if any) is used from now on. Resolves to whether a key was stored.
 */
export function registerClearApiKey(context: vscode.ExtensionContext, deps: ClearApiKeyDeps): void {
  registerCommand(context, deps.log, Command.ClearApiKey, () => deps.llm.clearKey());
}
