import * as vscode from 'vscode';
import { LlmSetting } from '../core/llmSettings';
import { apiKeyMessages } from '../l10n/coreMessages';
import { API_KEY_ENV, validateApiKey, type EnvKeyState } from './apiKeyStore';

/**
 * The password box that asks for an API key (Set API Key…, and a request that finds no key).
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
    validateInput: (v) => validateApiKey(v, apiKeyMessages()) ?? null,
  });
  return value === undefined || validateApiKey(value) !== undefined ? undefined : value.trim();
}
