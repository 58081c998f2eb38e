import * as vscode from 'vscode';
import { findTerm } from '../core/glossary/glossary';
import { Command, ContextKey } from '../commands/commandIds';
import type { Glossary } from '../core/glossary/types';
import { isHttpsUrl } from '../core/safeHtml';
import type { AnswerRecord, AnswerSink, AnswerStatus } from './answerSink';
import { buildExplainerHtml, createNonce } from './explainerHtml';
import {
  VIEW_TEXT_CAP,
  parseWebviewMessage,
  type AnswerView,
  type FinalStatus,
  type HostToWebview,
  type Tab,
  type WebviewToHost,
} from './protocol';

/** Where the answers live in workspace state. */
const ANSWERS_KEY = 'aiSafety.answers.v1';
/** Where the pin lives in workspace state. */
const PIN_KEY = 'aiSafety.pinnedCard.v1';
/** Characters of each answer kept in workspace state; the live record in memory keeps more. */
export const STORED_TEXT_CAP = 200_000;
/** Characters of an answer kept in memory (for Copy and Insert); a runaway stream stops growing here. */
export const MEMORY_TEXT_CAP = 20_000_000;
/** How often queued messages go to the webview while an answer streams. */
const FLUSH_MS = 40;
/** How often a streaming answer is saved to workspace state. */
const PERSIST_MS = 2_000;

const STATUSES: readonly AnswerStatus[] = ['streaming', 'complete', 'truncated', 'interrupted', 'cancelled', 'error'];

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
  readonly historySize?: () => number;
}

/** Reads `aiSafety.llm.historySize`, clamped to 0..50. */
export function historySizeSetting(): number {
  const value = vscode.workspace.getConfiguration('aiSafety.llm').get<number>('historySize', 10);
  return Number.isFinite(value) ? Math.min(50, Math.max(0, Math.floor(value))) : 10;
}

/**
 * The sidebar view: explainer, glossary cards and LLM answers. It owns the answers (as the
 * {@link AnswerSink} the LLM commands write to), remembers them in workspace state, and keeps the
 * webview in step through the messages of `protocol.ts`. The webview may be destroyed whenever it is
 * hidden (`retainContextWhenHidden: false`); it restores its own state and asks for the rest.
 */
export class ExplainerViewProvider implements vscode.WebviewViewProvider, AnswerSink, vscode.Disposable {
  /** The view id from package.json. */
  static readonly viewId = 'aiSafety.explainer';

  private view: vscode.WebviewView | undefined;
  private viewDisposables: vscode.Disposable[] = [];
  private ready = false;
  private readyMessages = 0;
  private readonly answers: AnswerRecord[];
  private readonly stopEmitter = new vscode.EventEmitter<string>();
  private readonly stateEmitter = new vscode.EventEmitter<void>();
  private outbox: HostToWebview[] = [];
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  private persistTimer: ReturnType<typeof setTimeout> | undefined;
  /** Navigation asked for while the webview could not take it; delivered on `ready`. */
  private pendingNav: HostToWebview | undefined;
  private hostTab: Tab | undefined;
  private hostCardId: string | undefined;
  private webviewTab: Tab | undefined;
  private webviewCardId: string | undefined;
  private pinnedCard: string | undefined;

  constructor(private readonly deps: ExplainerViewDeps) {
    this.answers = this.loadAnswers();
    const pin = deps.storage.get<unknown>(PIN_KEY);
    // Checked by shape only: looking the id up would load the glossary at activation.
    if (typeof pin === 'string' && /^[a-z0-9-]{1,80}$/.test(pin)) {
      this.pinnedCard = pin;
      this.hostCardId = pin;
    }
  }

  /** Whether `id` names a glossary term (looked up lazily: the glossary loads on first use). */
  private isTermId(id: string): boolean {
    return findTerm(this.deps.glossary, id) !== undefined;
  }

  // ---------------------------------------------------------------------------------------------
  // State the commands, follow-the-cursor and the tests read.

  /** True once VS Code has asked for the view's content. */
  get isResolved(): boolean {
    return this.view !== undefined;
  }

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

  /** The tab on screen or about to be. */
  get currentTab(): Tab | undefined {
    return this.hostTab;
  }

  /** True while a card is pinned (follow-the-cursor leaves it alone). */
  get pinned(): boolean {
    return this.pinnedCard !== undefined;
  }

  /** Fires when the webview reports a new tab or card, or the pin changes. */
  readonly onDidChangeState = this.stateEmitter.event;

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
    webview.html = this.renderHtml(webview);
    this.viewDisposables.push(
      webview.onDidReceiveMessage((message: unknown) => void this.receive(message)),
      webviewView.onDidChangeVisibility(() => {
        if (webviewView.visible) {
          // If the content survived, this brings it up to date; if it is reloading, `ready` will.
          this.postNow({ type: 'answers', records: this.answers.map(toView) });
        } else {
          // The content is destroyed while hidden; what it showed is known again when it reports.
          this.ready = false;
          this.outbox = [];
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

  private renderHtml(webview: vscode.Webview): string {
    const root = this.deps.extensionUri;
    const uri = (...path: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(root, ...path)).toString();
    return buildExplainerHtml({
      cspSource: webview.cspSource,
      nonce: createNonce(),
      scriptUri: uri('dist', 'webview', 'explainer.js'),
      styleUri: uri('media', 'explainer.css'),
      codiconsUri: uri('dist', 'webview', 'codicon.css'),
      glossary: this.deps.glossary,
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
    if (!this.isTermId(id)) {
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
    if (!this.isVisible || this.pinned || !this.isTermId(id) || this.hostCardId === id) {
      return false;
    }
    void this.showTerm(id, { follow: true });
    return true;
  }

  /** Opens the glossary with the keyboard focus in its search box. */
  async focusSearch(): Promise<void> {
    this.navigate({ type: 'focusSearch' });
    await this.reveal();
  }

  private navigate(message: HostToWebview): void {
    if (message.type === 'showTerm') {
      this.hostCardId = message.id;
      this.hostTab = message.follow && this.hostTab === 'answers' ? 'answers' : 'glossary';
    } else if (message.type === 'showTab') {
      this.hostTab = message.tab;
    } else if (message.type === 'focusSearch') {
      this.hostTab = 'glossary';
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
    const changed = this.pinnedCard !== card;
    this.pinnedCard = card;
    void this.deps.storage.update(PIN_KEY, card);
    void vscode.commands.executeCommand('setContext', ContextKey.CardPinned, card !== undefined);
    this.postNow({ type: 'pinned', pinned: card !== undefined });
    if (changed) {
      this.stateEmitter.fire();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // AnswerSink

  async start(record: Omit<AnswerRecord, 'text' | 'status' | 'error'>): Promise<void> {
    if (this.find(record.id)) {
      this.deps.log.warn(`Answer ${record.id} was started twice; ignoring the second start.`);
      return;
    }
    const full: AnswerRecord = { ...record, text: '', status: 'streaming' };
    this.answers.unshift(full);
    this.answers.splice(Math.max(1, this.historySize()));
    this.queue({ type: 'answerStarted', record: toView(full) });
    this.persist();
    this.navigate({ type: 'showTab', tab: 'answers' });
    try {
      await this.reveal(true);
    } catch (err) {
      this.deps.log.warn('Could not reveal the AI Safety view:', err instanceof Error ? err.message : String(err));
    }
  }

  append(id: string, chunk: string): void {
    const record = this.find(id);
    if (!record || record.status !== 'streaming' || typeof chunk !== 'string' || chunk.length === 0) {
      return;
    }
    const before = record.text.length;
    const room = MEMORY_TEXT_CAP - before;
    if (room <= 0) {
      return;
    }
    record.text += chunk.length > room ? chunk.slice(0, room) : chunk;
    const visible = before < VIEW_TEXT_CAP ? record.text.slice(before, VIEW_TEXT_CAP) : '';
    this.queue({ type: 'answerChunk', id, text: visible, length: record.text.length });
    this.persistSoon();
  }

  finish(id: string, status: FinalStatus, error?: string): void {
    const record = this.find(id);
    if (!record || record.status !== 'streaming' || !isFinalStatus(status)) {
      return;
    }
    record.status = status;
    if (error !== undefined) {
      record.error = String(error);
    }
    this.queue(
      record.error !== undefined
        ? { type: 'answerFinished', id, status, error: record.error }
        : { type: 'answerFinished', id, status },
    );
    this.persist();
  }

  onDidRequestStop(listener: (id: string) => void): vscode.Disposable {
    return this.stopEmitter.event(listener);
  }

  records(): readonly AnswerRecord[] {
    return [...this.answers];
  }

  private find(id: string): AnswerRecord | undefined {
    return this.answers.find((r) => r.id === id);
  }

  private historySize(): number {
    return (this.deps.historySize ?? historySizeSetting)();
  }

  private loadAnswers(): AnswerRecord[] {
    const stored = this.deps.storage.get<unknown>(ANSWERS_KEY);
    if (!Array.isArray(stored)) {
      return [];
    }
    const records: AnswerRecord[] = [];
    for (const item of stored) {
      const record = parseStoredRecord(item);
      if (!record) {
        continue;
      }
      if (record.status === 'streaming') {
        // The window closed or reloaded while it streamed: keep what arrived, say so.
        record.status = 'interrupted';
        record.error = 'The window was closed or reloaded while this answer was arriving.';
      }
      records.push(record);
    }
    return records.slice(0, Math.max(1, this.historySize()));
  }

  private persist(): void {
    if (this.persistTimer) {
      clearTimeout(this.persistTimer);
      this.persistTimer = undefined;
    }
    const kept = this.answers.slice(0, this.historySize()).map((r) => ({
      ...r,
      text: r.text.length > STORED_TEXT_CAP ? r.text.slice(0, STORED_TEXT_CAP) : r.text,
    }));
    void Promise.resolve(this.deps.storage.update(ANSWERS_KEY, kept)).catch((err: unknown) =>
      this.deps.log.warn('Could not save answers:', err instanceof Error ? err.message : String(err)),
    );
  }

  private persistSoon(): void {
    this.persistTimer ??= setTimeout(() => this.persist(), PERSIST_MS);
  }

  // ---------------------------------------------------------------------------------------------
  // Messages to the webview

  /** Queues a message; chunks for the same answer merge, so a fast stream becomes a few messages. */
  private queue(message: HostToWebview): void {
    if (!this.isVisible) {
      // Nothing can receive it; the webview gets the full records when it is shown again.
      return;
    }
    const last = this.outbox[this.outbox.length - 1];
    if (message.type === 'answerChunk' && last?.type === 'answerChunk' && last.id === message.id) {
      this.outbox[this.outbox.length - 1] = { ...last, text: last.text + message.text, length: message.length };
    } else {
      this.outbox.push(message);
    }
    this.flushTimer ??= setTimeout(() => this.flush(), FLUSH_MS);
  }

  private flush(): void {
    this.flushTimer = undefined;
    const messages = this.outbox;
    this.outbox = [];
    for (const message of messages) {
      this.postNow(message);
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
    const message = parseWebviewMessage(raw, (id) => this.isTermId(id));
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
        this.outbox = [];
        this.postNow({ type: 'answers', records: this.answers.map(toView) });
        this.postNow({ type: 'pinned', pinned: this.pinned });
        if (this.pendingNav) {
          this.postNow(this.pendingNav);
          this.pendingNav = undefined;
        }
        this.stateEmitter.fire();
        return;
      }
      case 'stateChanged':
        this.webviewTab = message.tab;
        this.hostTab = message.tab;
        this.webviewCardId = message.cardId ?? undefined;
        this.hostCardId = message.cardId ?? undefined;
        if (this.pinnedCard !== undefined && message.cardId !== null && message.cardId !== this.pinnedCard) {
          this.setPinnedCard(message.cardId);
        }
        this.stateEmitter.fire();
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
      case 'stopAnswer':
        if (this.find(message.id)?.status === 'streaming') {
          this.stopEmitter.fire(message.id);
        }
        return;
      case 'copyAnswer': {
        const record = this.find(message.id);
        if (record) {
          await vscode.env.clipboard.writeText(record.text);
          vscode.window.setStatusBarMessage('AI Safety: answer copied to the clipboard.', 3000);
        }
        return;
      }
      case 'insertAnswer': {
        const record = this.find(message.id);
        if (record) {
          await this.insertIntoEditor(record.text);
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

  private async insertIntoEditor(text: string): Promise<void> {
    const editor = vscode.window.activeTextEditor ?? vscode.window.visibleTextEditors[0];
    if (!editor) {
      void vscode.window.showWarningMessage('AI Safety: there is no open editor to insert the answer into. Open a file, place the cursor, then press Insert again.');
      return;
    }
    const ok = await editor.edit((edit) => {
      for (const selection of editor.selections) {
        edit.replace(selection, text);
      }
    });
    if (!ok) {
      void vscode.window.showWarningMessage('AI Safety: the answer could not be inserted (is the editor read-only?).');
      return;
    }
    await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preserveFocus: false });
  }

  // ---------------------------------------------------------------------------------------------

  private disposeView(): void {
    for (const d of this.viewDisposables) {
      d.dispose();
    }
    this.viewDisposables = [];
  }

  dispose(): void {
    if (this.flushTimer) {
      clearTimeout(this.flushTimer);
    }
    if (this.persistTimer) {
      clearTimeout(this.persistTimer);
      this.persist();
    }
    this.disposeView();
    this.stopEmitter.dispose();
    this.stateEmitter.dispose();
  }
}

function isFinalStatus(status: unknown): status is FinalStatus {
  return STATUSES.includes(status as AnswerStatus) && status !== 'streaming';
}

/** The answer as the webview gets it: text cut to what it renders, with the full length. */
function toView(record: AnswerRecord): AnswerView {
  return {
    id: record.id,
    question: record.question,
    model: record.model,
    host: record.host,
    ...(record.termId !== undefined ? { termId: record.termId } : {}),
    startedAt: record.startedAt,
    status: record.status,
    ...(record.error !== undefined ? { error: record.error } : {}),
    text: record.text.length > VIEW_TEXT_CAP ? record.text.slice(0, VIEW_TEXT_CAP) : record.text,
    length: record.text.length,
  };
}

/** Validates one record read back from workspace state (it may come from an older version). */
function parseStoredRecord(value: unknown): AnswerRecord | undefined {
  if (typeof value !== 'object' || value === null) {
    return undefined;
  }
  const r = value as Record<string, unknown>;
  const str = (v: unknown): v is string => typeof v === 'string';
  if (!str(r.id) || !str(r.question) || !str(r.model) || !str(r.host) || !str(r.text) || typeof r.startedAt !== 'number') {
    return undefined;
  }
  if (!STATUSES.includes(r.status as AnswerStatus) || (r.termId !== undefined && !str(r.termId)) || (r.error !== undefined && !str(r.error))) {
    return undefined;
  }
  return {
    id: r.id,
    question: r.question,
    model: r.model,
    host: r.host,
    ...(str(r.termId) ? { termId: r.termId } : {}),
    startedAt: r.startedAt,
    text: r.text,
    status: r.status as AnswerStatus,
    ...(str(r.error) ? { error: r.error } : {}),
  };
}
