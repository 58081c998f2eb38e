import * as vscode from 'vscode';
import { createBundleLoader } from '../platform/host';
import type { BundleLoader } from '../platform/types';
import { runtime } from '../platform/runtime';
import type { Glossary } from '../core/glossary/types';
import type { ExplainSource, TermFinder } from '../core/prompt';
import { UserFacingError } from '../core/userFacingError';
import type { AnswerSink } from '../views/answerSink';
import { API_KEY_ENV, ApiKeyStore } from './apiKeyStore';
import { HostConsent } from './consent';
import type * as LlmHost from './llmHost';
import type { AskOptions, AskOutcome, LlmController } from './llmController';
// Types only: the module (and the openai SDK inside it) is loaded on the first request to the API.
import type * as ChatClientModule from './chatClient';

/** What the LLM side needs from the rest of the extension. */
export interface LazyLlmDeps {
  /** The glossary (explain plans and answer records look terms up in it). */
  readonly glossary: Glossary;
  /** Where answers go: the sidebar. */
  readonly answers: AnswerSink;
  /** The extension's log; nothing written to it contains the key. */
  readonly log: vscode.LogOutputChannel;
}

/**
 * The LLM side as activation sees it. The key store and the consent record are here (small, and
 * Clear API Key and the tests use them without asking a model); everything else, from reading and
 * checking the settings to the answer's lifecycle, the translated messages and the chat
 * participant's handler, is in `dist/llmHost.js` (one build for both hosts: it needs only `vscode`),
 * loaded by the first command, question or chat request that needs it. The openai SDK (`dist/llm.js`) loads later still,
 * on the first request to the API.
 */
export class LazyLlm implements vscode.Disposable {
  /** The API key store (SecretStorage, then the environment). */
  readonly keys: ApiKeyStore;
  /** Consent before the first request to a host. */
  readonly consent: HostConsent;
  private readonly bundle: BundleLoader<typeof LlmHost>;
  private readonly clientBundle: BundleLoader<typeof ChatClientModule>;
  private controller: LlmController | undefined;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly deps: LazyLlmDeps,
  ) {
    this.keys = new ApiKeyStore(context.secrets, () => runtime.envVar(API_KEY_ENV));
    this.consent = new HostConsent(context.globalState);
    this.bundle = createBundleLoader(context.extensionUri, 'llmHost');
    this.clientBundle = createBundleLoader(context.extensionUri, 'llm');
  }

  /** The folder of the extension's log files (tests check that no key ever reaches them). */
  get logUri(): vscode.Uri {
    return this.context.logUri;
  }

  /** Whether an answer is streaming (none can before the bundle has loaded). */
  get busy(): boolean {
    return this.controller?.busy ?? false;
  }

  /** Whether `dist/llmHost.js` has been evaluated. */
  get loaded(): boolean {
    return this.bundle.loaded;
  }

  /**
   * The LLM host bundle, loaded now if it was not yet (on the web its text is fetched first).
   * Rejects if the bundle cannot be read; the command wrapper logs and shows that.
   */
  async host(): Promise<typeof LlmHost> {
    await this.bundle.prepare();
    return this.bundle.load();
  }

  /** See `LlmController.ask`: sends `question` to the configured model and streams the answer into the sidebar. */
  async ask(question: string, options: AskOptions = {}): Promise<AskOutcome> {
    return (await this.started()).ask(question, options);
  }

  /**
   * Plans the prompt for "Explain Term with LLM" (a term id, the selection, or the term at the
   * cursor) and asks it. Throws a {@link UserFacingError} when there is nothing to explain.
   *
   * @param source The command's argument and what the editor shows.
   * @param finder The annotator's term lookup for that editor's document.
   */
  async explain(source: ExplainSource, finder: TermFinder): Promise<AskOutcome> {
    const host = await this.host();
    const plan = host.planExplanation(source, this.deps.glossary, finder, host.llmMessages());
    if (!plan.ok) {
      throw new UserFacingError(plan.message);
    }
    return this.ask(plan.prompt, plan.termId ? { termId: plan.termId } : {});
  }

  /** See `LlmController.askAndStoreKey`: asks for a key and stores it; undefined when dismissed. */
  async askAndStoreKey(): Promise<string | undefined> {
    return (await this.started()).askAndStoreKey();
  }

  /**
   * Stops the streaming answer (any, or only the one with `id`). Returns whether something was
   * stopped; before the bundle has loaded nothing can be streaming.
   */
  stop(id?: string): boolean {
    return this.controller?.stop(id) ?? false;
  }

  dispose(): void {
    this.controller?.dispose();
  }

  /** The controller, made with the bundle's first load. */
  private async started(): Promise<LlmController> {
    const host = await this.host();
    return (this.controller ??= new host.LlmController(this.context, {
      ...this.deps,
      askForKey: host.askForApiKey,
      keys: this.keys,
      consent: this.consent,
      // The platform pieces come from here, so one build of dist/llmHost.js serves both hosts.
      clientBundle: this.clientBundle,
      envVar: (name) => runtime.envVar(name),
      browserFetch: runtime.browserFetch,
    }));
  }
}
