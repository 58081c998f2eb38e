import * as vscode from 'vscode';
import type { BundleLoader } from '../platform/types';
import { Command, ContextKey } from '../core/commandIds';
import { findTerm } from '../core/glossary/glossary';
import type { Glossary } from '../core/glossary/types';
import { hostOf, LlmSetting, readLlmSettings, validateBaseUrl, type LlmSettings } from '../core/llmSettings';
import { redactSecrets } from '../core/redact';
import { UserFacingError } from '../core/userFacingError';
import type { AnswerSink } from '../views/answerSink';
import { API_KEY_ENV, type ApiKeyLookup, type ApiKeyStore, type EnvKeyState } from './apiKeyStore';
import type { HostConsent } from './consent';
import { selectVscodeModel, streamFromVscodeLm } from './vscodeLm';
import { noModelMessage, type LmFix } from '../core/lmErrors';
import { llmMessages } from '../l10n/coreMessages';
import { chooseModelSource, describeModel, parseModelSelector, parseProvider } from '../core/modelChoice';
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
  /**
   * Asks the user for a key (the Set API Key command's password box); undefined when dismissed.
   * @param host where the key will be sent, when the settings are valid.
   * @param env whether `OPENAI_API_KEY` is set and usable.
   */
  readonly askForKey: (host: string | undefined, env: EnvKeyState) => Promise<string | undefined>;
  /** The API key store (made at activation: Clear API Key and the tests use it without this bundle). */
  readonly keys: ApiKeyStore;
  /** Consent before the first request to a host (made at activation, like {@link keys}). */
  readonly consent: HostConsent;
  /**
   * The chat client bundle (`dist/llm.js`, one file for both hosts), loaded on the first
   * request. Injected with {@link envVar} and {@link browserFetch}, so this module uses no platform piece and one build of
   * its bundle serves both hosts.
   */
  readonly clientBundle: BundleLoader<typeof ChatClientModule>;
  /** An environment variable of the extension host (none on the web). */
  readonly envVar: (name: string) => string | undefined;
  /** Whether fetch runs under a browser's rules (the web extension host), passed on to the client. */
  readonly browserFetch: boolean;
}

/** Options of {@link LlmController.ask}. */
export interface AskOptions {
  /** Glossary term the question is about (kept with the answer). */
  readonly termId?: string;
}

/** Why a question was not sent. */
export type NotSentReason = 'settings' | 'no-key' | 'no-model' | 'declined' | 'superseded';

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

const OPEN_SETTINGS = (): string => vscode.l10n.t('Open Settings');
const SET_API_KEY = (): string => vscode.l10n.t('Set API Key…');
const CHOOSE_MODEL = (): string => vscode.l10n.t('Choose Language Model…');

/** What the host of an answer from a VS Code language model is called in the sidebar and the log. */
const VSCODE_LM_HOST = (): string => vscode.l10n.t('VS Code language model');

/** How an answer ended, from either path. */
interface AnswerResult {
  readonly status: ChatStatus;
  readonly text: string;
  readonly error?: string;
  readonly fix?: ChatFix | LmFix;
  readonly httpStatus?: number;
}

/** Where a question goes, or why it goes nowhere. */
type Route =
  | { readonly kind: 'openai' }
  | { readonly kind: 'vscode'; readonly model: vscode.LanguageModelChat }
  | { readonly kind: 'not-sent'; readonly reason: 'settings' | 'no-model'; readonly message: string; readonly setting: string };

interface Running {
  readonly id: string;
  readonly controller: AbortController;
  /** Settles when the request has ended and its answer is finished in the sink. */
  readonly done: Promise<void>;
  /** Why it was stopped, if it was. */
  stopReason?: 'user' | 'superseded' | 'disposed';
}

/**
 * Asks a model and streams answers into the sidebar. Owns the whole flow: which model answers
 * (`aiSafety.llm.provider`: the OpenAI-compatible API or a VS Code language model), settings
 * validation, the key (SecretStorage, else `OPENAI_API_KEY`, else ask), consent before the first
 * request to a host, one request at a time, Stop/Cancel, and user-facing errors.
 *
 * This class is itself loaded on first use (`dist/llmHost.js`, through the activation's `LazyLlm`); the chat
 * client (`dist/llm.js`, with the openai SDK) is loaded on the first request to the API.
 */
export class LlmController implements vscode.Disposable {
  /** The API key store (SecretStorage, then the environment). */
  readonly keys: ApiKeyStore;
  /** Consent before the first request to a host. */
  readonly consent: HostConsent;
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
    this.keys = deps.keys;
    this.consent = deps.consent;
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
    const route = await this.route();
    if (generation !== this.generation) {
      return superseded();
    }
    if (route.kind === 'not-sent') {
      this.deps.log.warn(`Not sent: ${route.message}`);
      const action = route.reason === 'no-model' ? CHOOSE_MODEL() : OPEN_SETTINGS();
      this.background(
        vscode.window.showErrorMessage(vscode.l10n.t('AI Safety: {0}', route.message), action, ...(route.reason === 'no-model' ? [OPEN_SETTINGS()] : [])).then((pick) =>
          pick === CHOOSE_MODEL()
            ? vscode.commands.executeCommand(Command.ChooseLanguageModel)
            : pick === OPEN_SETTINGS()
              ? vscode.commands.executeCommand('workbench.action.openSettings', route.setting)
              : undefined,
        ),
      );
      return { sent: false, reason: route.reason, message: route.message };
    }
    if (route.kind === 'vscode') {
      const model = route.model;
      const name = describeModel(model);
      return this.answer(
        generation,
        { question, model: name, host: VSCODE_LM_HOST(), termId: options.termId },
        { title: vscode.l10n.t('AI Safety: asking {0}…', name), log: `${name} through VS Code's language model API` },
        (signal, onDelta) => {
          // VS Code asks the user once whether this extension may use the model; that replaces our
          // per-host consent on this path.
          const cancel = new vscode.CancellationTokenSource();
          const abort = (): void => cancel.cancel();
          signal.addEventListener('abort', abort);
          return streamFromVscodeLm(model, question, cancel.token, onDelta).finally(() => {
            signal.removeEventListener('abort', abort);
            cancel.dispose();
          });
        },
        (result) => result.error,
      );
    }
    return this.askOpenAi(question, options, generation);
  }

  /**
   * Decides where a question goes (`aiSafety.llm.provider`, `aiSafety.llm.vscodeModel`): `auto`
   * prefers the API key when there is one, then a VS Code language model, then asks for a key.
   */
  private async route(): Promise<Route> {
    const providerRead = parseProvider(this.configured(LlmSetting.Provider));
    if (providerRead.warning) {
      this.deps.log.warn(providerRead.warning);
    }
    const provider = providerRead.provider;
    if (provider === 'openai') {
      return { kind: 'openai' };
    }
    const hasKey = provider === 'auto' && (await this.keys.get()) !== undefined;
    if (hasKey) {
      return { kind: 'openai' };
    }
    const rawSelector = this.configured(LlmSetting.VscodeModel);
    const selector = parseModelSelector(rawSelector, llmMessages());
    if (!selector.ok) {
      return { kind: 'not-sent', reason: 'settings', message: selector.message, setting: LlmSetting.VscodeModel };
    }
    const model = await selectVscodeModel(selector.selector);
    switch (chooseModelSource(provider, hasKey, model !== undefined)) {
      case 'vscode':
        return model ? { kind: 'vscode', model } : { kind: 'openai' };
      case 'no-vscode-model':
        return {
          kind: 'not-sent',
          reason: 'no-model',
          message: noModelMessage(typeof rawSelector === 'string' ? rawSelector.trim() : '', llmMessages()),
          setting: LlmSetting.Provider,
        };
      default:
        return { kind: 'openai' };
    }
  }

  /** The OpenAI-compatible path: settings, key, consent per host, then the streaming client. */
  private async askOpenAi(question: string, options: AskOptions, generation: number): Promise<AskOutcome> {
    const { log } = this.deps;

    const read = readLlmSettings((id) => this.configured(id), llmMessages());
    if (!read.ok) {
      log.warn(`Not sent: ${read.message}`);
      this.background(
        vscode.window.showErrorMessage(read.message, OPEN_SETTINGS()).then((pick) =>
          pick === OPEN_SETTINGS() ? vscode.commands.executeCommand('workbench.action.openSettings', read.setting) : undefined,
        ),
      );
      return { sent: false, reason: 'settings', message: read.message };
    }
    const settings = read.settings;
    const host = hostOf(settings.baseUrl);
    this.noteIgnoredBaseUrlEnv(settings);

    const lookup = await this.keyOrAsk(host);
    if (!lookup) {
      const message = vscode.l10n.t('No API key, so nothing was sent. Run "AI Safety: Set API Key…" or set {0}.', API_KEY_ENV);
      this.background(vscode.window.showInformationMessage(message));
      return { sent: false, reason: 'no-key', message };
    }
    if (generation !== this.generation) {
      return superseded();
    }
    if (lookup.source === 'env') {
      vscode.window.setStatusBarMessage(`$(key) ${vscode.l10n.t('AI Safety: using {0} from the environment (no key stored)', API_KEY_ENV)}`, 8000);
    }

    if (!(await this.consent.confirm({ question, model: settings.model, host, keySource: lookup.source }))) {
      const message = vscode.l10n.t('Nothing was sent to {0}.', host);
      log.info(`Not sent: the user did not approve sending to ${host}.`);
      return { sent: false, reason: 'declined', message };
    }
    if (generation !== this.generation) {
      return superseded();
    }

    const client = await this.loadClient();
    return this.answer(
      generation,
      { question, model: settings.model, host, termId: options.termId },
      {
        title: vscode.l10n.t('AI Safety: asking {0} at {1}…', settings.model, host),
        log: `${settings.model} at ${host}, key from ${lookup.source === 'env' ? API_KEY_ENV : 'SecretStorage'}`,
      },
      (signal, onDelta) =>
        client.streamChat({
          baseUrl: settings.baseUrl,
          apiKey: lookup.key,
          model: settings.model,
          messages: [{ role: 'user', content: question }],
          signal,
          requestTimeoutMs: settings.requestTimeoutMs,
          idleTimeoutMs: settings.idleTimeoutMs,
          maxAnswerMs: settings.maxAnswerMs,
          errorTexts: llmMessages(),
          browserFetch: this.deps.browserFetch,
          onDelta,
        }),
      (result) => {
        const error = result.error === undefined ? undefined : redactSecrets(result.error, [lookup.key]);
        return result.httpStatus === 401 && lookup.source === 'env'
          ? `${error ?? ''} ${vscode.l10n.t('(The key came from {0} in the environment.)', API_KEY_ENV)}`.trim()
          : error;
      },
    );
  }

  /**
   * One answer, whichever model writes it: waits for the answer already streaming to stop, starts a
   * record in the sidebar, streams into it under a cancellable progress notification, and finishes
   * it with its status and a user-facing reason (and a notification when it did not complete).
   *
   * @param generation The ask's number; a newer ask supersedes this one while it waits.
   * @param record What the sidebar keeps about the question.
   * @param labels The progress title and how the log names the model.
   * @param send Sends the question; must honour `signal` and never reject.
   * @param describe The user-facing reason for a result that is neither complete nor cancelled.
   */
  private async answer(
    generation: number,
    record: { readonly question: string; readonly model: string; readonly host: string; readonly termId: string | undefined },
    labels: { readonly title: string; readonly log: string },
    send: (signal: AbortSignal, onDelta: (text: string) => void) => Promise<AnswerResult>,
    describe: (result: AnswerResult) => string | undefined,
  ): Promise<AskOutcome> {
    const { log } = this.deps;
    // One at a time: stop the answer that is streaming and wait until it is finished.
    await this.stopAndWait('superseded');
    if (generation !== this.generation) {
      return superseded();
    }

    const termId = record.termId !== undefined && findTerm(this.deps.glossary, record.termId) ? record.termId : undefined;
    const id = globalThis.crypto.randomUUID();
    const controller = new AbortController();
    let settle!: () => void;
    const running: Running = { id, controller, done: new Promise<void>((r) => (settle = r)) };
    this.running = running;
    this.background(vscode.commands.executeCommand('setContext', ContextKey.LlmBusy, true));
    const started = Date.now();
    try {
      await this.deps.answers.start({
        id,
        question: record.question,
        model: record.model,
        host: record.host,
        ...(termId ? { termId } : {}),
        startedAt: started,
      });
      log.info(`Request ${id}: ${labels.log}, prompt of ${record.question.length} characters.`);
      const stream = (token: vscode.CancellationToken): Promise<AnswerResult> => {
        const cancel = token.onCancellationRequested(() => this.stop(id));
        return send(controller.signal, (text) => this.deps.answers.append(id, text)).finally(() => cancel.dispose());
      };
      const progress = { location: vscode.ProgressLocation.Notification, title: labels.title, cancellable: true };
      const result = await Promise.resolve(vscode.window.withProgress(progress, (_p, token) => stream(token))).catch(
        (err: unknown): AnswerResult => ({
          // Neither path rejects; this only keeps the answer from staying "streaming" forever if one did.
          status: 'error',
          text: '',
          error: vscode.l10n.t('Unexpected error: {0}', err instanceof Error ? err.message : String(err)),
        }),
      );

      const error =
        result.status === 'cancelled'
          ? running.stopReason === 'superseded'
            ? vscode.l10n.t('Stopped: a newer question replaced this one.')
            : vscode.l10n.t('Stopped.')
          : describe(result);
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

  /** The host (`host` or `host:port`) requests go to, or undefined while the settings are invalid. */
  configuredHost(): string | undefined {
    const read = readLlmSettings((id) => this.configured(id), llmMessages());
    return read.ok ? hostOf(read.settings.baseUrl) : undefined;
  }

  /**
   * Asks for a key (with the injected prompt) and stores it in SecretStorage.
   * Resolves to the key, or undefined when the user dismissed the prompt.
   */
  async askAndStoreKey(host = this.configuredHost()): Promise<string | undefined> {
    const key = await this.deps.askForKey(host, this.keys.envKeyState());
    if (key === undefined) {
      return undefined;
    }
    await this.keys.store(key);
    this.deps.log.info('An API key was stored in SecretStorage.');
    return key;
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

  private async loadClient(): Promise<typeof ChatClientModule> {
    if (!this.client) {
      // A separate bundle, so the SDK stays out of the activation bundle; it loads here, on first use.
      try {
        await this.deps.clientBundle.prepare();
        this.client = this.deps.clientBundle.load();
      } catch (err) {
        this.deps.log.error('Could not load the LLM client bundle (llm.js):', err instanceof Error ? err : String(err));
        throw new UserFacingError(vscode.l10n.t('AI Safety: the LLM client could not be loaded (dist/llm.js); reinstall or rebuild the extension.'));
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
    const env = this.deps.envVar('OPENAI_BASE_URL')?.trim();
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

  private notify(status: ChatStatus, message: string, fix: ChatFix | LmFix): void {
    const actions: string[] = [];
    if (fix === 'apiKey') {
      actions.push(SET_API_KEY());
    } else if (fix === 'chooseModel') {
      actions.push(CHOOSE_MODEL());
    } else if (fix === 'baseUrl' || fix === 'model' || fix === 'settings') {
      actions.push(OPEN_SETTINGS());
    }
    const text = vscode.l10n.t('AI Safety: {0}', message);
    const shown = status === 'error' ? vscode.window.showErrorMessage(text, ...actions) : vscode.window.showWarningMessage(text, ...actions);
    this.background(
      shown.then((pick) => {
        if (pick === SET_API_KEY()) {
          return vscode.commands.executeCommand(Command.SetApiKey);
        }
        if (pick === CHOOSE_MODEL()) {
          return vscode.commands.executeCommand(Command.ChooseLanguageModel);
        }
        if (pick === OPEN_SETTINGS()) {
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
  return { sent: false, reason: 'superseded', message: vscode.l10n.t('A newer question replaced this one before it was sent.') };
}
