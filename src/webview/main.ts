/**
 * The explainer webview's script (bundled to dist/webview/explainer.js). The page arrives fully
 * rendered and escaped from the host; this script switches tabs and cards, filters the glossary,
 * remembers where the reader was, renders LLM answers, and talks to the host only through the
 * validated messages of protocol.ts.
 */
import { createAnswerRenderer } from '../core/markdown';
import { isHttpsUrl } from '../core/url';
import { parseHostMessage, TABS, type HostToWebview, type Tab, type WebviewToHost } from '../views/protocol';
import { AnswersView } from './answersView';
import { MAX_HISTORY, readViewState, type ViewState } from './viewState';

interface VsCodeApi {
  postMessage(message: WebviewToHost): void;
  getState(): unknown;
  setState(state: ViewState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) {
    throw new Error(`The explainer page lacks #${id}.`);
  }
  return node as T;
}

function main(): void {
  const vscode = acquireVsCodeApi();
  const post = (message: WebviewToHost) => vscode.postMessage(message);

  const tabs = new Map<Tab, HTMLButtonElement>(TABS.map((tab) => [tab, byId<HTMLButtonElement>(`tab-${tab}`)]));
  const panels = new Map<Tab, HTMLElement>(TABS.map((tab) => [tab, byId(`panel-${tab}`)]));
  const search = byId<HTMLInputElement>('search');
  const searchCount = byId('search-count');
  const listView = byId('glossary-list');
  const noMatch = byId('no-match');
  const cardView = byId('card-view');
  const pinButton = byId<HTMLButtonElement>('pin');
  const pinnedBadge = byId('pinned-badge');
  const items = [...document.querySelectorAll<HTMLElement>('#term-list .term-item')];
  const cards = new Map<string, HTMLElement>();
  document.querySelectorAll<HTMLElement>('#card-view .card').forEach((card) => {
    if (card.dataset.card) {
      cards.set(card.dataset.card, card);
    }
  });

  const state = readViewState(vscode.getState(), (id) => cards.has(id));
  const answers = new AnswersView(
    { list: byId('answers'), empty: byId('answers-empty'), count: byId('answers-count') },
    createAnswerRenderer(),
    post,
  );

  let reported = '';
  const save = () => {
    vscode.setState(state);
    const key = `${state.tab} ${state.cardId ?? ''}`;
    if (key !== reported) {
      reported = key;
      post({ type: 'stateChanged', tab: state.tab, cardId: state.cardId });
    }
  };

  // -- tabs ---------------------------------------------------------------------------------------

  const selectTab = (tab: Tab, focus = false) => {
    const previous = state.tab;
    if (previous !== tab) {
      state.scroll[previous] = window.scrollY;
    }
    state.tab = tab;
    for (const [name, button] of tabs) {
      const selected = name === tab;
      button.setAttribute('aria-selected', String(selected));
      button.tabIndex = selected ? 0 : -1;
      const panel = panels.get(name);
      if (panel) {
        panel.hidden = !selected;
      }
    }
    if (focus) {
      tabs.get(tab)?.focus();
    }
    if (previous !== tab) {
      window.scrollTo(0, state.scroll[tab] ?? 0);
    }
    save();
  };

  // -- glossary: list, filter, cards, history -----------------------------------------------------

  const applyFilter = () => {
    const words = search.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const item of items) {
      const text = item.dataset.search ?? '';
      const match = words.every((w) => text.includes(w));
      item.hidden = !match;
      if (match) {
        shown++;
      }
    }
    searchCount.textContent = words.length ? `${shown} of ${items.length} terms match` : `${items.length} terms`;
    noMatch.hidden = shown > 0;
  };

  const showList = () => {
    state.cardId = null;
    cardView.hidden = true;
    listView.hidden = false;
    save();
  };

  const showCard = (id: string, options: { push?: boolean; focus?: boolean } = {}) => {
    const card = cards.get(id);
    if (!card) {
      return;
    }
    if (options.push && state.cardId && state.cardId !== id) {
      state.history.push(state.cardId);
      state.history.splice(0, Math.max(0, state.history.length - MAX_HISTORY));
    }
    state.cardId = id;
    for (const [cardId, node] of cards) {
      node.hidden = cardId !== id;
    }
    listView.hidden = true;
    cardView.hidden = false;
    if (state.tab === 'glossary') {
      window.scrollTo(0, 0);
    }
    if (options.focus) {
      // The sticky tab bar would cover the title if focusing scrolled the card to the very top.
      card.focus({ preventScroll: true });
    }
    save();
  };

  const back = () => {
    const previous = state.history.pop();
    if (previous && cards.has(previous)) {
      showCard(previous, { focus: true });
    } else {
      showList();
      search.focus();
    }
  };

  const openCard = (id: string) => {
    if (state.tab !== 'glossary') {
      selectTab('glossary');
    }
    showCard(id, { push: true, focus: true });
  };

  const setPinned = (pinned: boolean) => {
    pinButton.setAttribute('aria-pressed', String(pinned));
    pinButton.setAttribute('aria-label', pinned ? 'Unpin this card' : 'Pin this card');
    pinButton.title = pinned ? 'Unpin: let the card follow the cursor again' : 'Pin this card (moving the cursor will not replace it)';
    pinButton.replaceChildren();
    const glyph = document.createElement('span');
    glyph.className = `codicon codicon-${pinned ? 'pinned' : 'pin'}`;
    glyph.setAttribute('aria-hidden', 'true');
    pinButton.append(glyph);
    pinnedBadge.hidden = !pinned;
  };

  // -- events -------------------------------------------------------------------------------------

  search.addEventListener('input', () => {
    state.search = search.value;
    applyFilter();
    if (state.cardId) {
      showList();
    } else {
      save();
    }
  });

  search.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && search.value) {
      event.preventDefault();
      event.stopPropagation();
      search.value = '';
      state.search = '';
      applyFilter();
      save();
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      items.find((item) => !item.hidden)?.querySelector<HTMLElement>('a')?.focus();
    }
  });

  byId('term-list').addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') {
      return;
    }
    const links = items.filter((item) => !item.hidden).map((item) => item.querySelector<HTMLElement>('a')).filter((a): a is HTMLElement => !!a);
    const index = links.indexOf(document.activeElement as HTMLElement);
    if (index < 0) {
      return;
    }
    event.preventDefault();
    if (event.key === 'ArrowUp' && index === 0) {
      search.focus();
    } else {
      links[Math.min(links.length - 1, index + (event.key === 'ArrowDown' ? 1 : -1))]?.focus();
    }
  });

  byId('back').addEventListener('click', back);
  byId('all-terms').addEventListener('click', () => {
    showList();
    search.focus();
  });
  pinButton.addEventListener('click', () => post({ type: 'pin', pinned: pinButton.getAttribute('aria-pressed') !== 'true' }));

  const tablist = document.querySelector<HTMLElement>('[role="tablist"]');
  tablist?.addEventListener('click', (event) => {
    const tab = (event.target as Element).closest<HTMLElement>('[role="tab"]')?.dataset.tab;
    if (tab && (TABS as readonly string[]).includes(tab)) {
      selectTab(tab as Tab);
    }
  });
  tablist?.addEventListener('keydown', (event) => {
    const order = TABS;
    const current = order.indexOf(state.tab);
    let next: number | undefined;
    if (event.key === 'ArrowRight') {
      next = (current + 1) % order.length;
    } else if (event.key === 'ArrowLeft') {
      next = (current - 1 + order.length) % order.length;
    } else if (event.key === 'Home') {
      next = 0;
    } else if (event.key === 'End') {
      next = order.length - 1;
    }
    const tab = next === undefined ? undefined : order[next];
    if (tab) {
      event.preventDefault();
      selectTab(tab, true);
    }
  });

  // Links and command buttons. Handled here and stopped, so the webview host never opens a link itself.
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const command = target?.closest<HTMLElement>('[data-command]');
    if (command) {
      const name = command.dataset.command;
      if (name === 'explainWithLlm') {
        post({ type: 'runCommand', command: 'explainWithLlm' });
      } else if (name === 'explainTerm' && command.dataset.term) {
        post({ type: 'runCommand', command: 'explainTerm', termId: command.dataset.term });
      }
      return;
    }
    const link = target?.closest<HTMLAnchorElement>('a');
    if (!link) {
      return;
    }
    const term = link.dataset.term;
    if (term) {
      event.preventDefault();
      event.stopPropagation();
      openCard(term);
      return;
    }
    const href = link.dataset.url ?? (link.classList.contains('external-link') ? link.getAttribute('href') : null);
    if (href !== null) {
      event.preventDefault();
      event.stopPropagation();
      if (isHttpsUrl(href)) {
        post({ type: 'openExternal', url: href });
      }
    }
  });

  // Space activates links too, like buttons.
  document.addEventListener('keydown', (event) => {
    if (event.key === ' ' && event.target instanceof HTMLAnchorElement && (event.target.dataset.term || event.target.dataset.url)) {
      event.preventDefault();
      event.target.click();
    }
  });

  let scrollTimer: ReturnType<typeof setTimeout> | undefined;
  window.addEventListener('scroll', () => {
    if (scrollTimer === undefined) {
      scrollTimer = setTimeout(() => {
        scrollTimer = undefined;
        state.scroll[state.tab] = window.scrollY;
        vscode.setState(state);
      }, 200);
    }
  });

  const onHostMessage = (message: HostToWebview) => {
    switch (message.type) {
      case 'showTerm':
        if (message.follow && state.tab === 'answers') {
          // Keep the answer in view; the card waits in the Glossary tab.
          showCard(message.id);
        } else {
          if (state.tab !== 'glossary') {
            selectTab('glossary');
          }
          showCard(message.id, { push: !message.follow });
        }
        return;
      case 'showTab':
        selectTab(message.tab);
        return;
      case 'focusSearch':
        selectTab('glossary');
        showList();
        search.focus();
        return;
      case 'answers':
        answers.setAll(message.records);
        return;
      case 'answerStarted':
        answers.add(message.record);
        return;
      case 'answerChunk':
        answers.append(message.id, message.text, message.length);
        return;
      case 'answerFinished':
        answers.finish(message.id, message.status, message.error);
        return;
      case 'pinned':
        setPinned(message.pinned);
        return;
    }
  };

  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    const message = parseHostMessage(event.data);
    if (message) {
      onHostMessage(message);
    }
  });

  // -- restore and say hello ----------------------------------------------------------------------

  search.value = state.search;
  applyFilter();
  setPinned(false);
  const restoredScroll = state.scroll[state.tab] ?? 0;
  selectTab(state.tab);
  if (state.cardId) {
    showCard(state.cardId);
  } else {
    showList();
  }
  window.scrollTo(0, restoredScroll);
  post({ type: 'ready' });
}

main();
