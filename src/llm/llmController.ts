import * as path from 'path';
import { randomUUID } from 'crypto';
import * as vscode from 'vscode';
import { Command, ContextKey } from '../commands/commandIds';
import { UserFacingError } from '../commands/registerCommand';
import { findTerm } from '../core/glossary/glossary';
import type { Glossary } from '../core/glossary/types';
import { hostOf, LlmSetting, readLlmSettings, validateBaseUrl, type LlmSettings } from '../core/llmSettings';
import { redactSecrets } from '../core/redact';
import type { AnswerSink } from '../views/answerSink';
import { API_KEY_ENV, ApiKeyStore, validateApiKey, type ApiKeyLookup, type EnvKeyState } from './apiKeyStore';
// Types only: the module itself (and the openai SDK inside it) is required on first use.
import type * as ChatClientModule from './chatClient';
import type { ChatFix, ChatStatus } from './chatClient';

/** What the controller needs from the rest of the extension. */
export interface LlmControllerDeps {
  /** The glossary (term ids passed to {@link LlmController.ask} are checked against it). */
  readonly glossary: Glossary;
  /** Where answers go: the sidebar. */
  readonly answers: AnswerSink;
  /** The extension's log; nothing written to it contains the key. */
  readonly log: vscode.LogOutputChannel;
}

/** Options of {@link LlmController.ask}. */
export interface AskOptions {
  /** Glossary term the question is about (kept with the answer). */
  readonly termId?: string;
}

/** Why a question was not sent. */
export type NotSentReason = 'settings' | 'no-key' | 'declined' | 'superseded';

/** What {@link LlmController.ask} resolves to (commands return it, so tests can read it). */
export type AskOutcome =
  | {
      readonly sent: true;
      /** Id of the answer record in the sidebar. */
      readonly id: string;
      readonly status: ChatStatus;
      readonly text: string;
      /** User-facing reason for every status but `complete`; never contains the key. */
      readonly error?: string;
    }
  | {
      readonly sent: false;
      readonly reason: NotSentReason;
      /** What the user was told. */
      readonly message: string;
    };

/** globalState key: hosts the user agreed to send prompts to. */
const TRUSTED_HOSTS_KEY = 'aiSafety.llm.trustedHosts';

const SEND = 'Send';
const OPEN_SETTINGS = 'Open Settings';
const SET_API_KEY = 'Set API Key…';

interface Running {
  readonly id: string;
  readonly controller: AbortController;
  /** Settles when the request has ended and its answer is finished in the sink. */
  readonly done: Promise<void>;
  /** Why it was stopped, if it was. */
  stopReason?: 'user' | 'superseded' | 'disposed';
}

/**
 * Asks the configured chat API and streams answers into the sidebar. Owns the whole flow: settings
 * validation, the key (SecretStorage, else `OPENAI_API_KEY`, else ask), consent before the first
 * request to a host, one request at a time, Stop/Cancel, and user-facing errors.
 *
 * The chat client (`dist/llm.js`, with the openai SDK) is loaded on the first request, not at
 * activation.
 */
export class LlmController implements vscode.Disposable {
  /** The API key store (SecretStorage, then the environment). */
  readonly keys: ApiKeyStore;
  private client: typeof ChatClientModule | undefined;
  private running: Running | undefined;
  /** Incremented by every ask; an ask that sees a newer number was superseded while it waited. */
  private generation = 0;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly loggedBaseUrlOverrides = new Set<string>();

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly deps: LlmControllerDeps,
  ) {
    this.keys = new ApiKeyStore(context.secrets, () => process.env[API_KEY_ENV]);
    this.disposables.push(deps.answers.onDidRequestStop((id) => this.stop(id)));
  }

  /** The folder of the extension's log files (tests check that no key ever reaches them). */
  get logUri(): vscode.Uri {
    return this.context.logUri;
  }

  /** Whether an answer is streaming. */
  get busy(): boolean {
    return this.running !== undefined;
  }

  /**
   * Sends `question` to the configured API and streams the answer into the sidebar.
   * A request already running is stopped first (status `cancelled`), so answers never interleave.
   * Resolves when the answer has ended; never rejects for API or network failures (those end the
   * answer with a status and a notification).
   */
  async ask(question: string, options: AskOptions = {}): Promise<AskOutcome> {
    const generation = ++this.generation;
    const { log } = this.deps;

    const read = readLlmSettings((id) => this.configured(id));
    if (!read.ok) {
      log.warn(`Not sent: ${read.message}`);
      this.background(
        vscode.window.showErrorMessage(read.message, OPEN_SETTINGS).then((pick) =>
          pick === OPEN_SETTINGS ? vscode.commands.executeCommand('workbench.action.openSettings', read.setting) : undefined,
        ),
      );
      return { sent: false, reason: 'settings', message: read.message };
    }
    const settings = read.settings;
    const host = hostOf(settings.baseUrl);
    this.noteIgnoredBaseUrlEnv(settings);

    const lookup = await this.keyOrAsk(host);
    if (!lookup) {
      const message = `No API key, so nothing was sent. Run "AI Safety: Set API Key…" or set ${API_KEY_ENV}.`;
      this.background(vscode.window.showInformationMessage(message));
      return { sent: false, reason: 'no-key', message };
    }
    if (generation !== this.generation) {
      return superseded();
    }
    if (lookup.source === 'env') {
      vscode.window.setStatusBarMessage(`$(key) AI Safety: using ${API_KEY_ENV} from the environment (no key stored)`, 8000);
    }

    if (!(await this.consent(question, settings, host, lookup))) {
      const message = `Nothing was sent to ${host}.`;
      log.info(`Not sent: the user did not approve sending to ${host}.`);
      return { sent: false, reason: 'declined', message };
    }
    if (generation !== this.generation) {
      return superseded();
    }

    const client = this.loadClient();
    // One at a time: stop the answer that is streaming and wait until it is finished.
    await this.stopAndWait('superseded');
    if (generation !== this.generation) {
      return superseded();
    }

    const termId = options.termId !== undefined && findTerm(this.deps.glossary, options.termId) ? options.termId : undefined;
    const id = randomUUID();
    const controller = new AbortController();
    let settle!: () => void;
    const running: Running = { id, controller, done: new Promise<void>((r) => (settle = r)) };
    this.running = running;
    this.background(vscode.commands.executeCommand('setContext', ContextKey.LlmBusy, true));
    const started = Date.now();
    try {
      await this.deps.answers.start({
        id,
        question,
        model: settings.model,
        host,
        ...(termId ? { termId } : {}),
        startedAt: started,
      });
      log.info(
        `Request ${id}: ${settings.model} at ${host}, key from ${lookup.source === 'env' ? API_KEY_ENV : 'SecretStorage'}, ` +
          `prompt of ${question.length} characters.`,
      );
      const stream = (token: vscode.CancellationToken): Promise<ChatClientModule.StreamChatResult> => {
        const cancel = token.onCancellationRequested(() => this.stop(id));
        return client
          .streamChat({
            baseUrl: settings.baseUrl,
            apiKey: lookup.key,
            model: settings.model,
            messages: [{ role: 'user', content: question }],
            signal: controller.signal,
            requestTimeoutMs: settings.requestTimeoutMs,
            idleTimeoutMs: settings.idleTimeoutMs,
            maxAnswerMs: settings.maxAnswerMs,
            onDelta: (text) => this.deps.answers.append(id, text),
          })
          .finally(() => cancel.dispose());
      };
      const progress = { location: vscode.ProgressLocation.Notification, title: `AI Safety: asking ${settings.model} at ${host}…`, cancellable: true };
      const result = await Promise.resolve(vscode.window.withProgress(progress, (_p, token) => stream(token))).catch(
        (err: unknown): ChatClientModule.StreamChatResult => ({
          // streamChat never rejects; this only keeps the answer from staying "streaming" forever if it did.
          status: 'error',
          text: '',
          error: `Unexpected error: ${err instanceof Error ? err.message : String(err)}`,
        }),
      );

      let error = result.error === undefined ? undefined : redactSecrets(result.error, [lookup.key]);
      if (result.status === 'cancelled') {
        error = running.stopReason === 'superseded' ? 'Stopped: a newer question replaced this one.' : 'Stopped.';
      } else if (result.httpStatus === 401 && lookup.source === 'env') {
        error = `${error ?? ''} (The key came from ${API_KEY_ENV} in the environment.)`.trim();
      }
      this.deps.answers.finish(id, result.status, error);
      const summary = `Request ${id} ended ${result.status} after ${Date.now() - started} ms with ${result.text.length} characters`;
      if (result.status === 'complete' || result.status === 'cancelled') {
        log.info(`${summary}.`);
      } else {
        log.warn(`${summary}: ${error ?? ''}`);
        this.notify(result.status, error ?? '', result.fix);
      }
      return { sent: true, id, status: result.status, text: result.text, ...(error !== undefined ? { error } : {}) };
    } finally {
      if (this.running === running) {
        this.running = undefined;
        this.background(vscode.commands.executeCommand('setContext', ContextKey.LlmBusy, false));
      }
      settle();
    }
  }

  /**
   * Stops the streaming answer (any, or only the one with `id`). The answer keeps its text and
   * ends `cancelled`. Returns whether something was stopped.
   */
  stop(id?: string): boolean {
    const running = this.running;
    if (!running || (id !== undefined && id !== running.id) || running.controller.signal.aborted) {
      return false;
    }
    running.stopReason = 'user';
    running.controller.abort();
    this.deps.log.info(`Request ${running.id}: stopped by the user.`);
    return true;
  }

  /**
   * Records that the user agreed to send prompts to `host` (`host` or `host:port`), so the consent
   * dialog is not shown for it again.
   */
  async trustHost(host: string): Promise<void> {
    const hosts = this.trustedHosts();
    if (!hosts.includes(host)) {
      await this.context.globalState.update(TRUSTED_HOSTS_KEY, [...hosts, host]);
    }
  }

  /** Hosts the user agreed to send prompts to. */
  trustedHosts(): readonly string[] {
    const stored = this.context.globalState.get<unknown>(TRUSTED_HOSTS_KEY);
    return Array.isArray(stored) ? stored.filter((h): h is string => typeof h === 'string') : [];
  }

  /**
   * Asks for an API key in a password box and stores it in SecretStorage.
   * Resolves to whether a key was stored (false when the user pressed Escape).
   */
  async promptAndStoreKey(): Promise<boolean> {
    const read = readLlmSettings((id) => this.configured(id));
    return (await this.askAndStoreKey(read.ok ? hostOf(read.settings.baseUrl) : undefined)) !== undefined;
  }

  /**
   * Deletes the stored key and says which key is used from now on.
   * Resolves to whether a key was stored.
   */
  async clearKey(): Promise<boolean> {
    const removed = await this.keys.clear();
    const env = this.keys.envKeyState();
    const next =
      env === 'usable'
        ? `${API_KEY_ENV} from the environment will be used from now on.`
        : `You will be asked for a key on the next request${env === 'invalid' ? ` (${API_KEY_ENV} is set but is not a valid key)` : ''}.`;
    const message = removed
      ? `Removed the API key stored in VS Code SecretStorage. ${next}`
      : env === 'usable'
        ? `No API key was stored in SecretStorage. ${API_KEY_ENV} from the environment is still used; unset it in your shell to stop that.`
        : 'No API key was stored in SecretStorage; there was nothing to remove.';
    this.deps.log.info(removed ? 'The stored API key was removed.' : 'Clear API key: none was stored.');
    this.background(vscode.window.showInformationMessage(message));
    return removed;
  }

  dispose(): void {
    if (this.running) {
      this.running.stopReason = 'disposed';
      this.running.controller.abort();
    }
    for (const d of this.disposables.splice(0)) {
      d.dispose();
    }
  }

  /**
   * The user's (or remote machine's) value of one setting, else its default. Workspace and folder
   * values are ignored even if present: these settings decide where the key goes, and a cloned
   * repository's .vscode/settings.json must not (VS Code enforces the same for `machine` scope).
   */
  private configured(id: string): unknown {
    const dot = id.lastIndexOf('.');
    const inspected = vscode.workspace.getConfiguration(id.slice(0, dot)).inspect(id.slice(dot + 1));
    return inspected?.globalValue ?? inspected?.defaultValue;
  }

  private async keyOrAsk(host: string): Promise<ApiKeyLookup | undefined> {
    const found = await this.keys.get();
    if (found) {
      return found;
    }
    const key = await this.askAndStoreKey(host);
    return key === undefined ? undefined : { key, source: 'secret' };
  }

  /** Asks for a key in a password box and stores it; undefined when the user pressed Escape. */
  private async askAndStoreKey(host: string | undefined): Promise<string | undefined> {
    const key = await this.askForKey(host, this.keys.envKeyState());
    if (key === undefined) {
      return undefined;
    }
    await this.keys.store(key);
    this.deps.log.info('An API key was stored in SecretStorage.');
    return key;
  }

  private async askForKey(host: string | undefined, env: EnvKeyState): Promise<string | undefined> {
    const envNote = env === 'invalid' ? ` ${API_KEY_ENV} is set but is not a valid key, so it is ignored.` : '';
    const value = await vscode.window.showInputBox({
      title: 'AI Safety: API key',
      prompt:
        `API key for the chat API${host ? ` at ${host}` : ''}. It is kept in VS Code SecretStorage and sent only to ` +
        `${LlmSetting.BaseUrl}.${envNote}`,
      placeHolder: 'sk-…',
      password: true,
      ignoreFocusOut: true,
      validateInput: (v) => validateApiKey(v) ?? null,
    });
    return value === undefined || validateApiKey(value) !== undefined ? undefined : value.trim();
  }

  /** Before the first request to a host: show the exact prompt, model, host and key source. */
  private async consent(question: string, settings: LlmSettings, host: string, lookup: ApiKeyLookup): Promise<boolean> {
    if (this.trustedHosts().includes(host)) {
      return true;
    }
    const keySource =
      lookup.source === 'env'
        ? `from ${API_KEY_ENV} in the environment (no key is stored in VS Code)`
        : 'stored in VS Code SecretStorage';
    const detail = [
      `Model: ${settings.model}`,
      `Host: ${host}`,
      `API key: ${keySource}`,
      '',
      'Prompt:',
      question,
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

  private loadClient(): typeof ChatClientModule {
    if (!this.client) {
      // A computed path, so esbuild leaves the SDK out of extension.js; it loads here, on first use.
      const modulePath = path.join(this.context.extensionUri.fsPath, 'dist', 'llm.js');
      try {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        this.client = require(modulePath) as typeof ChatClientModule;
      } catch (err) {
        this.deps.log.error(`Could not load ${modulePath}:`, err instanceof Error ? err : String(err));
        throw new UserFacingError('AI Safety: the LLM client could not be loaded (dist/llm.js); reinstall or rebuild the extension.');
      }
    }
    return this.client;
  }

  private async stopAndWait(reason: 'superseded'): Promise<void> {
    const running = this.running;
    if (!running) {
      return;
    }
    running.stopReason ??= reason;
    running.controller.abort();
    await running.done;
  }

  /** Logs once per value that OPENAI_BASE_URL is ignored (host only: the URL could hold credentials). */
  private noteIgnoredBaseUrlEnv(settings: LlmSettings): void {
    const env = process.env.OPENAI_BASE_URL?.trim();
    if (!env || this.loggedBaseUrlOverrides.has(env)) {
      return;
    }
    const parsed = validateBaseUrl(env);
    if (parsed.ok && parsed.value === settings.baseUrl) {
      return;
    }
    this.loggedBaseUrlOverrides.add(env);
    const envHost = hostOf(env) || 'an unparsable URL';
    this.deps.log.info(
      `OPENAI_BASE_URL is set (${envHost}) but ignored: requests go only to ${LlmSetting.BaseUrl} (${hostOf(settings.baseUrl)}).`,
    );
  }

  private notify(status: ChatStatus, message: string, fix: ChatFix | undefined): void {
    const actions: string[] = [];
    if (fix === 'apiKey') {
      actions.push(SET_API_KEY);
    } else if (fix) {
      actions.push(OPEN_SETTINGS);
    }
    const text = `AI Safety: ${message}`;
    const shown = status === 'error' ? vscode.window.showErrorMessage(text, ...actions) : vscode.window.showWarningMessage(text, ...actions);
    this.background(
      shown.then((pick) => {
        if (pick === SET_API_KEY) {
          return vscode.commands.executeCommand(Command.SetApiKey);
        }
        if (pick === OPEN_SETTINGS) {
          const setting = fix === 'baseUrl' ? LlmSetting.BaseUrl : fix === 'model' ? LlmSetting.Model : 'aiSafety.llm';
          return vscode.commands.executeCommand('workbench.action.openSettings', setting);
        }
        return undefined;
      }),
    );
  }

  /** Runs UI work nobody waits for, logging instead of leaving a rejection unhandled. */
  private background(work: Thenable<unknown>): void {
    Promise.resolve(work).catch((err: unknown) =>
      this.deps.log.warn('AI Safety UI action failed:', err instanceof Error ? err.message : String(err)),
    );
  }
}

function superseded(): AskOutcome {
  return { sent: false, reason: 'superseded', message: 'A newer question replaced this one before it was sent.' };
}
