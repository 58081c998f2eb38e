import * as vscode from 'vscode';
import { LlmSetting } from '../core/llmSettings';
import { API_KEY_ENV, type ApiKeyLookup } from './apiKeyStore';

/** globalState key: hosts the user agreed to send prompts to. */
const TRUSTED_HOSTS_KEY = 'aiSafety.llm.trustedHosts';

const SEND = 'Send';

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
        ? `from ${API_KEY_ENV} in the environment (no key is stored in VS Code)`
        : 'stored in VS Code SecretStorage';
    const detail = [
      `Model: ${request.model}`,
      `Host: ${host}`,
      `API key: ${keySource}`,
      '',
      'Prompt:',
      request.question,
      '',
      `You are asked once per host. The address comes from ${LlmSetting.BaseUrl}.`,
    ].join('\n');
    const pick = await vscode.window.showInformationMessage(`Send this prompt to ${host}?`, { modal: true, detail }, SEND);
    if (pick !== SEND) {
      return false;
    }
    await this.trustHost(host);
    return true;
  }
}
