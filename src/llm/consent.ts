import * as vscode from 'vscode';
import { LlmSetting } from '../core/llmSettings';
import { API_KEY_ENV, type ApiKeyLookup } from './apiKeyStore';

/** globalState key: hosts the user agreed to send prompts to. */
const TRUSTED_HOSTS_KEY = 'aiSafety.llm.trustedHosts';

const SEND = (): string => vscode.l10n.t('Send');

/** What the consent dialog shows about a request. */
export interface ConsentRequest {
  /** The exact prompt. */
  readonly question: string;
  /** The model asked. */
  readonly model: string;
  /** `host` or `host:port` the prompt goes to. */
  readonly host: string;
  /** Where the key came from. */
  readonly keySource: ApiKeyLookup['source'];
}

/**
 * Consent before the first request to a host: a modal that shows the exact prompt, model, host and
 * key source. The hosts the user agreed to are remembered in global state (never a workspace's).
 */
export class HostConsent {
  constructor(private readonly globalState: vscode.Memento) {}

  /** Hosts the user agreed to send prompts to. */
  trustedHosts(): readonly string[] {
    const stored = this.globalState.get<unknown>(TRUSTED_HOSTS_KEY);
    return Array.isArray(stored) ? stored.filter((h): h is string => typeof h === 'string') : [];
  }

  /** Records that the user agreed to send prompts to `host`, so the dialog is not shown for it again. */
  async trustHost(host: string): Promise<void> {
    const hosts = this.trustedHosts();
    if (!hosts.includes(host)) {
      await this.globalState.update(TRUSTED_HOSTS_KEY, [...hosts, host]);
    }
  }

  /** Resolves to true when the host is trusted already or the user pressed Send (then it is trusted). */
  async confirm(request: ConsentRequest): Promise<boolean> {
    const { host } = request;
    if (this.trustedHosts().includes(host)) {
      return true;
    }
    const keySource =
      request.keySource === 'env'
        ? vscode.l10n.t('from {0} in the environment (no key is stored in VS Code)', API_KEY_ENV)
        : vscode.l10n.t('stored in VS Code SecretStorage');
    const detail = [
      vscode.l10n.t('Model: {0}', request.model),
      vscode.l10n.t('Host: {0}', host),
      vscode.l10n.t('API key: {0}', keySource),
      '',
      vscode.l10n.t('Prompt:'),
      request.question,
      '',
      vscode.l10n.t('You are asked once per host. The address comes from {0}.', LlmSetting.BaseUrl),
    ].join('\n');
    const send = SEND();
    const pick = await vscode.window.showInformationMessage(vscode.l10n.t('Send this prompt to {0}?', host), { modal: true, detail }, send);
    if (pick !== send) {
      return false;
    }
    await this.trustHost(host);
    return true;
  }
}
