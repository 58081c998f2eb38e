import * as vscode from 'vscode';
import { createBundleLoader } from '../platform/host';
import type { BundleLoader } from '../platform/types';
import { explainerStrings } from './explainerStrings';
import { interruptedByReloadText } from '../l10n/coreMessages';
import type { AnswerRecord, FinalStatus } from '../core/answer';
import { Command, ContextKey } from '../core/commandIds';
import { findTerm } from '../core/glossary/glossary';
import type { TermOrigin } from '../core/glossary/merge';
import type { Glossary } from '../core/glossary/types';
import { isTermId } from '../core/ids';
import { isHttpsUrl } from '../core/url';
import { copyAnswerText, insertAnswerText } from './answerActions';
import type { AnswerSink } from './answerSink';
import { AnswerStore } from './answerStore';
import type * as ExplainerHtml from './explainerHtml';
import { MessageOutbox } from './messageOutbox';
import { VIEW_TEXT_CAP, parseWebviewMessage, type AnswerView, type HostToWebview, type Tab, type WebviewToHost } from './protocol';

/** Where the pin lives in workspace state. */
const PIN_KEY = 'aiSafety.pinnedCard.v1';

/** What the provider needs; injected so tests can give it their own storage. */
export interface ExplainerViewDeps {
  /** Root of the extension, for the webview's resources. */
  readonly extensionUri: vscode.Uri;
  /** Workspace state: answers and the pin survive reloads here. Never holds a key. */
  readonly storage: vscode.Memento;
  /** The glossary whose cards the view shows. */
  readonly glossary: Glossary;
  /** The extension's log. */
  readonly log: vscode.LogOutputChannel;
  /** How many answers to keep (setting `aiSafety.llm.historySize`). */
  readonly historySize: () => number;
  /** Where a term comes from (built-in, or a glossary file); without it every term is built-in. */
  readonly originOf?: (id: string) => TermOrigin | undefined;
  /** A note to show above the glossary, if any (why the workspace's terms are not shown). */
  readonly glossaryNotice?: () => string | undefined;
  /** Whose glossary the view shows, if that needs saying (a folder's, in a multi-root workspace). */
  readonly glossaryScope?: () => string | undefined;
  /**
   * Whether the glossary can be read without waiting, and a wait until it can (the web fetches the
   * core first); without them it always can.
   */
  readonly glossaryReady?: { readonly ready: boolean; prepare(): Promise<void> };
}

/**
 * The sidebar view: explainer, glossary cards and LLM answers. It is the {@link AnswerSink} the LLM
 * commands write to (the answers themselves live in an {@link AnswerStore}), and keeps the webview
 * in step through the messages of `protocol.ts`. The webview may be destroyed whenever it is hidden
 * (`retainContextWhenHidden: false`); it restores its own state and asks for the rest.
 */
export class ExplainerViewProvider implements vscode.WebviewViewProvider, AnswerSink, vscode.Disposable {
  /** The view id from package.json. */
  static readonly viewId = 'aiSafety.explainer';

  private view: vscode.WebviewView | undefined;
  private viewDisposables: vscode.Disposable[] = [];
  private ready = false;
  private readyMessages = 0;
  private readonly store: AnswerStore;
  private readonly outbox = new MessageOutbox((message) => this.postNow(message));
  private readonly stopEmitter = new vscode.EventEmitter<string>();
  /** Navigation asked for while the webview could not take it; delivered on `ready`. */
  private pendingNav: HostToWebview | undefined;
  private hostCardId: string | undefined;
  private webviewTab: Tab | undefined;
  private webviewCardId: string | undefined;
  private pinnedCard: string | undefined;
  private renders = 0;
  private scopeNote: string | undefined;
  /** The page builder and the explainer's text (`dist/explainerHtml.js`), loaded with the first render. */
  private readonly htmlBuilder: BundleLoader<typeof ExplainerHtml>;

  constructor(private readonly deps: ExplainerViewDeps) {
    this.htmlBuilder = createBundleLoader(deps.extensionUri, 'explainerHtml');
    this.store = new AnswerStore({
      storage: deps.storage,
      historySize: deps.historySize,
      onSaveError: (err) => deps.log.warn('Could not save answers:', err instanceof Error ? err.message : String(err)),
      interruptedText: interruptedByReloadText(),
    });
    const pin = deps.storage.get<unknown>(PIN_KEY);
    // Checked by shape only: looking the id up would load the glossary at activation.
    if (isTermId(pin)) {
      this.pinnedCard = pin;
      this.hostCardId = pin;
    }
  }

  /** Whether `id` names a glossary term (looked up lazily: the glossary loads on first use). */
  private isKnownTerm(id: string): boolean {
    return findTerm(this.deps.glossary, id) !== undefined;
  }

  // ---------------------------------------------------------------------------------------------
  // State the commands, follow-the-cursor and the tests read.

  /** True while the view is on screen. */
  get isVisible(): boolean {
    return this.view?.visible ?? false;
  }

  /** True when the webview's script has loaded and said `ready` since it was last shown. */
  get isReady(): boolean {
    return this.ready && this.isVisible;
  }

  /** How many times a webview has said `ready` (it does so after every load). */
  get readyCount(): number {
    return this.readyMessages;
  }

  /** The card on screen or about to be: the webview's report, or the last card the host asked for. */
  get currentCardId(): string | undefined {
    return this.hostCardId;
  }

  /** The card the webview last reported showing (confirmed by the webview itself). */
  get shownCardId(): string | undefined {
    return this.webviewCardId;
  }

  /** The tab the webview last reported showing. */
  get shownTab(): Tab | undefined {
    return this.webviewTab;
  }

  /** True while a card is pinned (follow-the-cursor leaves it alone). */
  get pinned(): boolean {
    return this.pinnedCard !== undefined;
  }

  // ---------------------------------------------------------------------------------------------
  // WebviewViewProvider

  resolveWebviewView(webviewView: vscode.WebviewView, _context: vscode.WebviewViewResolveContext, _token: vscode.CancellationToken): void {
    this.disposeView();
    this.view = webviewView;
    this.ready = false;
    const root = this.deps.extensionUri;
    const webview = webviewView.webview;
    webview.options = {
      enableScripts: true,
      enableCommandUris: false,
      localResourceRoots: [vscode.Uri.joinPath(root, 'media'), vscode.Uri.joinPath(root, 'dist', 'webview')],
    };
    this.showPage(webviewView);
    this.viewDisposables.push(
      webview.onDidReceiveMessage((message: unknown) => void this.receive(message)),
      webviewView.onDidChangeVisibility(() => {
        if (webviewView.visible) {
          // If the content survived, this brings it up to date; if it is reloading, `ready` will.
          this.postNow({ type: 'answers', records: this.store.records().map(toView) });
        } else {
          // The content is destroyed while hidden; what it showed is known again when it reports.
          this.ready = false;
          this.outbox.clear();
          this.webviewTab = undefined;
          this.webviewCardId = undefined;
        }
      }),
      webviewView.onDidDispose(() => {
        if (this.view === webviewView) {
          this.disposeView();
          this.view = undefined;
          this.ready = false;
        }
      }),
    );
  }

  /**
   * Renders the page again with the glossary as it is now (a glossary file changed). The webview
   * restores its tab, card and filters from its saved state, and says `ready` again.
   */
  refreshGlossary(): void {
    const view = this.view;
    if (!view) {
      return;
    }
    this.ready = false;
    this.outbox.clear();
    this.showPage(view);
  }

  /** How many times the page has been rendered (the tests wait for a re-render). */
  get renderCount(): number {
    return this.renders;
  }

  /** Whose glossary the page last rendered says it shows (undefined when it says nothing). */
  get renderedScopeNote(): string | undefined {
    return this.scopeNote;
  }

  /** Renders the page now, or (on the web, while the bundles are fetched) once they are here. */
  private showPage(view: vscode.WebviewView): void {
    const glossary = this.deps.glossaryReady;
    if (this.htmlBuilder.ready && (glossary?.ready ?? true)) {
      view.webview.html = this.renderHtml(view.webview);
      return;
    }
    Promise.all([this.htmlBuilder.prepare(), glossary?.prepare()]).then(
      () => {
        if (this.view === view && !this.ready) {
          view.webview.html = this.renderHtml(view.webview);
        }
      },
      (err: unknown) => this.deps.log.error('Loading the explainer page failed:', err instanceof Error ? err : String(err)),
    );
  }

  private renderHtml(webview: vscode.Webview): string {
    this.renders++;
    const originOf = this.deps.originOf;
    const root = this.deps.extensionUri;
    const uri = (...parts: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(root, ...parts)).toString();
    const notice = this.deps.glossaryNotice?.();
    const scope = (this.scopeNote = this.deps.glossaryScope?.());
    // The page builder and the explainer's text load with the first render, not at activation.
    const { buildExplainerHtml, createNonce } = this.htmlBuilder.load();
    return buildExplainerHtml({
      cspSource: webview.cspSource,
      nonce: createNonce(),
      scriptUri: uri('dist', 'webview', 'explainer.js'),
      styleUri: uri('media', 'explainer.css'),
      codiconsUri: uri('dist', 'webview', 'codicon.css'),
      glossary: this.deps.glossary,
      ...(originOf ? { originOf: (id: string) => labelOf(originOf(id)) } : {}),
      ...(notice !== undefined ? { glossaryNotice: notice } : {}),
      ...(scope !== undefined ? { glossaryScope: scope } : {}),
      strings: explainerStrings(),
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Navigation

  /**
   * Reveals the view. Uses the view's own `show` once it exists (keeps the editor focused when
   * asked); before that only the generated focus command can create it.
   */
  async reveal(preserveFocus = false): Promise<void> {
    if (this.view) {
      this.view.show(preserveFocus);
      return;
    }
    await vscode.commands.executeCommand(`${ExplainerViewProvider.viewId}.focus`);
  }

  /** Reveals the view on the Explainer tab. */
  async openExplainer(): Promise<void> {
    this.navigate({ type: 'showTab', tab: 'explainer' });
    await this.reveal();
  }

  /**
   * Shows a glossary card. Returns false for ids the glossary does not have.
   * @param options.reveal bring the view on screen (commands do; follow-the-cursor never does).
   * @param options.follow the cursor chose this card: no history entry, no tab switch away from answers.
   */
  async showTerm(id: string, options: { reveal?: boolean; follow?: boolean } = {}): Promise<boolean> {
    if (!this.isKnownTerm(id)) {
      return false;
    }
    if (this.pinnedCard !== undefined && !options.follow) {
      // An explicit choice moves the pin along with it.
      this.setPinnedCard(id);
    }
    this.navigate(options.follow ? { type: 'showTerm', id, follow: true } : { type: 'showTerm', id });
    if (options.reveal) {
      await this.reveal();
    }
    return true;
  }

  /**
   * Called by follow-the-cursor: shows the card only if the view is on screen, nothing is pinned and
   * the card is not already shown. Never reveals the view or takes focus. Returns whether it did.
   */
  followCursor(id: string): boolean {
    if (!this.isVisible || this.pinned || !this.isKnownTerm(id) || this.hostCardId === id) {
      return false;
    }
    void this.showTerm(id, { follow: true });
    return true;
  }

  private navigate(message: HostToWebview): void {
    if (message.type === 'showTerm') {
      this.hostCardId = message.id;
    }
    // Kept until a `ready` arrives: a webview that is still loading gets it then.
    this.pendingNav = message;
    if (this.isReady) {
      this.pendingNav = undefined;
    }
    this.postNow(message);
  }

  // ---------------------------------------------------------------------------------------------
  // Pin

  /** Pins the current card. Returns false when there is no card to pin. */
  pin(): boolean {
    const card = this.hostCardId;
    if (!card) {
      return false;
    }
    this.setPinnedCard(card);
    return true;
  }

  /** Unpins: the glossary follows the cursor again. */
  unpin(): void {
    this.setPinnedCard(undefined);
  }

  private setPinnedCard(card: string | undefined): void {
    this.pinnedCard = card;
    void this.deps.storage.update(PIN_KEY, card);
    void vscode.commands.executeCommand('setContext', ContextKey.CardPinned, card !== undefined);
    this.postNow({ type: 'pinned', pinned: card !== undefined });
  }

  // ---------------------------------------------------------------------------------------------
  // AnswerSink

  async start(record: Omit<AnswerRecord, 'text' | 'status' | 'error'>): Promise<void> {
    const started = this.store.start(record);
    if (!started) {
      this.deps.log.warn(`Answer ${record.id} was started twice; ignoring the second start.`);
      return;
    }
    this.queue({ type: 'answerStarted', record: toView(started) });
    this.navigate({ type: 'showTab', tab: 'answers' });
    try {
      await this.reveal(true);
    } catch (err) {
      this.deps.log.warn('Could not reveal the AI Safety view:', err instanceof Error ? err.message : String(err));
    }
  }

  append(id: string, chunk: string): void {
    const appended = this.store.append(id, chunk);
    if (appended) {
      const { record, before } = appended;
      const visible = before < VIEW_TEXT_CAP ? record.text.slice(before, VIEW_TEXT_CAP) : '';
      this.queue({ type: 'answerChunk', id, text: visible, length: record.text.length });
    }
  }

  finish(id: string, status: FinalStatus, error?: string): void {
    const record = this.store.finish(id, status, error);
    if (record) {
      this.queue(
        record.error !== undefined
          ? { type: 'answerFinished', id, status, error: record.error }
          : { type: 'answerFinished', id, status },
      );
    }
  }

  onDidRequestStop(listener: (id: string) => void): vscode.Disposable {
    return this.stopEmitter.event(listener);
  }

  records(): readonly AnswerRecord[] {
    return this.store.records();
  }

  /** Opens the glossary file a term comes from, with its definition selected. */
  async openTermSource(id: string): Promise<boolean> {
    const origin = this.deps.originOf?.(id);
    if (origin?.kind !== 'file') {
      return false;
    }
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(origin.key, true));
    const start = document.positionAt(origin.definition.offset);
    const end = document.positionAt(origin.definition.offset + origin.definition.length);
    await vscode.window.showTextDocument(document, { selection: new vscode.Range(start, end), preview: false });
    return true;
  }

  // ---------------------------------------------------------------------------------------------
  // Messages to the webview

  /** Queues a message for the webview on screen; a hidden one gets the full records when shown. */
  private queue(message: HostToWebview): void {
    if (this.isVisible) {
      this.outbox.queue(message);
    }
  }

  private postNow(message: HostToWebview): void {
    const view = this.view;
    if (!view || !view.visible) {
      return;
    }
    view.webview.postMessage(message).then(undefined, (err: unknown) =>
      this.deps.log.debug('Message to the explainer view was not delivered:', err instanceof Error ? err.message : String(err)),
    );
  }

  // ---------------------------------------------------------------------------------------------
  // Messages from the webview

  /**
   * Handles one message from the webview: validated first, ignored (and logged at debug level) when
   * malformed. Resolves to whether it was accepted and handled. Public so tests can speak for the
   * webview.
   */
  async receive(raw: unknown): Promise<boolean> {
    const message = parseWebviewMessage(raw, (id) => this.isKnownTerm(id));
    if (!message) {
      this.deps.log.debug('Ignored a malformed message from the explainer view.');
      return false;
    }
    try {
      await this.handle(message);
      return true;
    } catch (err) {
      this.deps.log.error(`Explainer view: ${message.type} failed:`, err instanceof Error ? err : String(err));
      return false;
    }
  }

  private async handle(message: WebviewToHost): Promise<void> {
    switch (message.type) {
      case 'ready': {
        this.ready = true;
        this.readyMessages++;
        // The snapshot holds everything queued so far.
        this.outbox.clear();
        this.postNow({ type: 'answers', records: this.store.records().map(toView) });
        this.postNow({ type: 'pinned', pinned: this.pinned });
        if (this.pendingNav) {
          this.postNow(this.pendingNav);
          this.pendingNav = undefined;
        }
        return;
      }
      case 'stateChanged':
        this.webviewTab = message.tab;
        this.webviewCardId = message.cardId ?? undefined;
        this.hostCardId = message.cardId ?? undefined;
        if (this.pinnedCard !== undefined && message.cardId !== null && message.cardId !== this.pinnedCard) {
          this.setPinnedCard(message.cardId);
        }
        return;
      case 'openExternal':
        // Checked by the validator already; checked again right where it matters.
        if (isHttpsUrl(message.url)) {
          await vscode.env.openExternal(vscode.Uri.parse(message.url, true));
        }
        return;
      case 'runCommand':
        if (message.command === 'explainWithLlm') {
          await vscode.commands.executeCommand(Command.ExplainWithLlm);
        } else {
          await vscode.commands.executeCommand(Command.ExplainTerm, message.termId);
        }
        return;
      case 'openTermSource':
        await this.openTermSource(message.termId);
        return;
      case 'stopAnswer':
        if (this.store.find(message.id)?.status === 'streaming') {
          this.stopEmitter.fire(message.id);
        }
        return;
      case 'copyAnswer': {
        const record = this.store.find(message.id);
        if (record) {
          await copyAnswerText(record.text);
        }
        return;
      }
      case 'insertAnswer': {
        const record = this.store.find(message.id);
        if (record) {
          await insertAnswerText(record.text);
        }
        return;
      }
      case 'pin':
        if (message.pinned) {
          this.pin();
        } else {
          this.unpin();
        }
        return;
    }
  }

  // ---------------------------------------------------------------------------------------------

  private disposeView(): void {
    for (const d of this.viewDisposables) {
      d.dispose();
    }
    this.viewDisposables = [];
  }

  dispose(): void {
    this.outbox.clear();
    this.store.dispose();
    this.disposeView();
    this.stopEmitter.dispose();
  }
}

/** The answer as the webview gets it: text cut to what it renders, with the full length. */
function toView(record: AnswerRecord): AnswerView {
  const text = record.text.length > VIEW_TEXT_CAP ? record.text.slice(0, VIEW_TEXT_CAP) : record.text;
  return { ...record, text, length: record.text.length };
}

/** The label shown for a term's origin: the file's, or undefined for a built-in term. */
function labelOf(origin: TermOrigin | undefined): string | undefined {
  return origin?.kind === 'file' ? origin.label : undefined;
}
