import * as vscode from 'vscode';
import { Command } from '../core/commandIds';
import { API_KEY_ENV } from '../llm/apiKeyStore';
import type { LazyLlm } from '../llm/lazyLlm';
import { registerCommand } from './registerCommand';

/** What "Clear API Key" needs. */
export interface ClearApiKeyDeps {
  readonly llm: Pick<LazyLlm, 'keys'>;
  readonly log: vscode.LogOutputChannel;
}

/**
 * Registers `aiSafety.clearApiKey`: deletes the key stored in SecretStorage and tells the user which
 * key (if any) is used from now on. Resolves to whether a key was stored.
 */
export function registerClearApiKey(context: vscode.ExtensionContext, deps: ClearApiKeyDeps): void {
  registerCommand(context, deps.log, Command.ClearApiKey, async () => {
    const keys = deps.llm.keys;
    const removed = await keys.clear();
    const env = keys.envKeyState();
    const next =
      env === 'usable'
        ? vscode.l10n.t('{0} from the environment will be used from now on.', API_KEY_ENV)
        : env === 'invalid' ? vscode.l10n.t('You will be asked for a key on the next request ({0} is set but is not a valid key).', API_KEY_ENV) : vscode.l10n.t('You will be asked for a key on the next request.');
    const message = removed
      ? vscode.l10n.t('Removed the API key stored in VS Code SecretStorage. {0}', next)
      : env === 'usable'
        ? vscode.l10n.t('No API key was stored in SecretStorage. {0} from the environment is still used; unset it in your shell to stop that.', API_KEY_ENV)
        : vscode.l10n.t('No API key was stored in SecretStorage; there was nothing to remove.');
    deps.log.info(removed ? 'The stored API key was removed.' : 'Clear API key: none was stored.');
    void vscode.window.showInformationMessage(message);
    return removed;
  });
}
