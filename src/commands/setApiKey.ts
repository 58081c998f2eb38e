import * as vscode from 'vscode';
import { Command } from '../core/commandIds';
import { LlmSetting } from '../core/llmSettings';
import { API_KEY_ENV, validateApiKey, type EnvKeyState } from '../llm/apiKeyStore';
import { llmMessages } from '../l10n/coreMessages';
import type { LlmController } from '../llm/llmController';
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
    const stored = (await deps.llm.askAndStoreKey()) !== undefined;
    if (stored) {
      void vscode.window.showInformationMessage(
        vscode.l10n.t('AI Safety: API key stored in VS Code SecretStorage. It is sent only to the host in aiSafety.llm.baseUrl.'),
      );
    }
    return stored;
  });
}

/**
 * The password box that asks for an API key (also used when a request finds no key).
 * Resolves to the trimmed key, or undefined when the user pressed Escape.
 * @param host where the key will be sent, when known.
 * @param env whether `OPENAI_API_KEY` is set; an invalid one is mentioned.
 */
export async function askForApiKey(host: string | undefined, env: EnvKeyState): Promise<string | undefined> {
  const envNote = env === 'invalid' ? ` ${vscode.l10n.t('{0} is set but is not a valid key, so it is ignored.', API_KEY_ENV)}` : '';
  const value = await vscode.window.showInputBox({
    title: vscode.l10n.t('AI Safety: API key'),
    prompt:
      (host
        ? vscode.l10n.t('API key for the chat API at {0}. It is kept in VS Code SecretStorage and sent only to {1}.', host, LlmSetting.BaseUrl)
        : vscode.l10n.t('API key for the chat API. It is kept in VS Code SecretStorage and sent only to {0}.', LlmSetting.BaseUrl)) + envNote,
    placeHolder: 'sk-…',
    password: true,
    ignoreFocusOut: true,
    validateInput: (v) => validateApiKey(v, llmMessages()) ?? null,
  });
  return value === undefined || validateApiKey(value) !== undefined ? undefined : value.trim();
}
