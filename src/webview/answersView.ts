/**
 * The Answers tab: one entry per LLM answer, newest first, with its question, model, host, status,
 * the answer rendered as safe markdown, and Stop / Copy / Insert buttons. Text arrives in chunks;
 * rendering is throttled so a fast stream never freezes the view.
 */
import type { AnswerRenderer } from '../core/markdown';
import { codicon, uiStrings } from './dom';
import { formatUiString } from '../views/uiStrings';
import type { AnswerStatus } from '../core/answer';
import { VIEW_TEXT_CAP, type AnswerView, type FinalStatus, type WebviewToHost } from '../views/protocol';

/** Minimum time between two renders of a streaming answer. */
const RENDER_INTERVAL_MS = 50;
/** Characters of the question shown in the entry's summary line. */
const SUMMARY_CHARS = 160;

/** The status badge's text, in the page's language. */
const STATUS_LABEL: Record<AnswerStatus, () => string> = {
  streaming: () => uiStrings().statusStreaming,
  complete: () => uiStrings().statusComplete,
  truncated: () => uiStrings().statusTruncated,
  interrupted: () => uiStrings().statusInterrupted,
  cancelled: () => uiStrings().statusCancelled,
  error: () => uiStrings().statusError,
};

const STATUS_ICON: Record<AnswerStatus, string> = {
  streaming: 'loading codicon-modifier-spin',
  complete: 'check',
  truncated: 'warning',
  interrupted: 'debug-disconnect',
  cancelled: 'circle-slash',
  error: 'error',
};

interface Entry {
  readonly id: string;
  text: string;
  length: number;
  status: AnswerStatus;
  error?: string;
  lastRender: number;
  readonly root: HTMLElement;
  readonly badge: HTMLElement;
  readonly errorLine: HTMLElement;
  readonly notice: HTMLElement;
  readonly body: HTMLElement;
  readonly stop: HTMLButtonElement;
}

/** Shorthand for building elements without markup strings. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

/** The DOM elements the answers view fills. */
export interface AnswersElements {
  /** The list (aria-live). */
  readonly list: HTMLElement;
  /** Shown while there are no answers. */
  readonly empty: HTMLElement;
  /** The count badge on the Answers tab. */
  readonly count: HTMLElement;
}

/** Keeps the Answers tab in step with the host's records. */
export class AnswersView {
  private readonly entries = new Map<string, Entry>();
  private readonly dirty = new Set<Entry>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly elements: AnswersElements,
    private readonly renderer: AnswerRenderer,
    private readonly post: (message: WebviewToHost) => void,
  ) {}

  /** Replaces everything with the host's full list (newest first). */
  setAll(records: readonly AnswerView[]): void {
    this.entries.clear();
    this.dirty.clear();
    this.elements.list.replaceChildren();
    for (const record of records) {
      const entry = this.create(record);
      this.elements.list.append(entry.root);
      this.render(entry);
    }
    this.updateSummary();
  }

  /** Adds a new answer at the top. */
  add(record: AnswerView): void {
    this.entries.get(record.id)?.root.remove();
    const entry = this.create(record);
    this.elements.list.prepend(entry.root);
    this.render(entry);
    this.updateSummary();
  }

  /** Adds streamed text. Unknown or finished answers are ignored. */
  append(id: string, text: string, length: number): void {
    const entry = this.entries.get(id);
    if (!entry || entry.status !== 'streaming') {
      return;
    }
    if (entry.text.length < VIEW_TEXT_CAP && text) {
      entry.text = (entry.text + text).slice(0, VIEW_TEXT_CAP);
    }
    entry.length = Math.max(length, entry.text.length);
    this.schedule(entry);
  }

  /** Marks an answer finished and renders its final text at once. */
  finish(id: string, status: FinalStatus, error?: string): void {
    const entry = this.entries.get(id);
    if (!entry) {
      return;
    }
    entry.status = status;
    entry.error = error;
    this.dirty.delete(entry);
    this.render(entry);
    this.updateSummary();
  }

  private create(record: AnswerView): Entry {
    const root = el('article', 'answer');
    root.setAttribute('aria-label', formatUiString(uiStrings().answerFrom, record.model));

    const prompt = el('details', 'answer-prompt');
    const firstLine = record.question.split('\n', 1)[0] ?? '';
    const summary = el('summary', 'answer-question');
    summary.append(codicon('comment-discussion'), document.createTextNode(firstLine.length > SUMMARY_CHARS ? `${firstLine.slice(0, SUMMARY_CHARS)}…` : firstLine));
    prompt.append(summary, el('pre', 'answer-full-prompt', record.question));

    const meta = el('p', 'answer-meta');
    const badge = el('span', 'status-badge');
    const when = new Date(record.startedAt);
    meta.append(
      badge,
      el('span', 'answer-model', record.model),
      el('span', 'answer-host', record.host),
      el('time', 'answer-time', Number.isNaN(when.getTime()) ? '' : when.toLocaleTimeString()),
    );

    const errorLine = el('p', 'answer-error');
    errorLine.setAttribute('role', 'status');
    const notice = el('p', 'answer-notice');
    const body = el('div', 'answer-body markdown');

    const actions = el('div', 'answer-actions');
    const stop = this.button('debug-stop', uiStrings().stop, uiStrings().stopTitle, { type: 'stopAnswer', id: record.id });
    const copy = this.button('copy', uiStrings().copy, uiStrings().copyTitle, { type: 'copyAnswer', id: record.id });
    const insert = this.button('insert', uiStrings().insert, uiStrings().insertTitle, {
      type: 'insertAnswer',
      id: record.id,
    });
    actions.append(stop, copy, insert);

    root.append(prompt, meta, errorLine, notice, body, actions);
    const entry: Entry = {
      id: record.id,
      text: record.text.slice(0, VIEW_TEXT_CAP),
      length: Math.max(record.length, record.text.length),
      status: record.status,
      ...(record.error !== undefined ? { error: record.error } : {}),
      lastRender: 0,
      root,
      badge,
      errorLine,
      notice,
      body,
      stop,
    };
    this.entries.set(record.id, entry);
    return entry;
  }

  private button(iconName: string, label: string, title: string, message: WebviewToHost): HTMLButtonElement {
    const button = el('button', 'button secondary small');
    button.type = 'button';
    button.title = title;
    button.append(codicon(iconName), document.createTextNode(label));
    button.addEventListener('click', () => this.post(message));
    return button;
  }

  private schedule(entry: Entry): void {
    this.dirty.add(entry);
    if (this.timer !== undefined) {
      return;
    }
    const wait = Math.max(0, RENDER_INTERVAL_MS - (Date.now() - entry.lastRender));
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const batch = [...this.dirty];
      this.dirty.clear();
      batch.forEach((e) => this.render(e));
    }, wait);
  }

  private render(entry: Entry): void {
    entry.lastRender = Date.now();
    const status = entry.status;
    entry.root.dataset.status = status;
    entry.badge.className = `status-badge status-${status}`;
    entry.badge.replaceChildren(codicon(STATUS_ICON[status]), document.createTextNode(STATUS_LABEL[status]()));
    entry.errorLine.textContent = entry.error ?? '';
    entry.errorLine.hidden = !entry.error;
    entry.stop.hidden = status !== 'streaming';

    if (entry.text.length === 0) {
      entry.body.replaceChildren(el('p', 'muted', status === 'streaming' ? uiStrings().waiting : uiStrings().noText));
      entry.notice.hidden = true;
      return;
    }
    const out = this.renderer.render(entry.text, { cap: VIEW_TEXT_CAP, totalLength: entry.length });
    // Safe by construction: markdown-it with html:false, https-only links, no images.
    entry.body.innerHTML = out.html;
    entry.notice.textContent = out.truncated ? formatUiString(uiStrings().capNotice, entry.length.toLocaleString(), Math.min(entry.text.length, VIEW_TEXT_CAP).toLocaleString()) : '';
    entry.notice.hidden = !out.truncated;
  }

  private updateSummary(): void {
    const count = this.entries.size;
    this.elements.empty.hidden = count > 0;
    this.elements.count.textContent = String(count);
    this.elements.count.hidden = count === 0;
    const streaming = [...this.entries.values()].some((e) => e.status === 'streaming');
    this.elements.list.setAttribute('aria-busy', String(streaming));
  }
}
