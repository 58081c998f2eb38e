/**
 * The Glossary tab: the searchable term list, one card at a time with a Back history, and the pin
 * button. Cards and rows arrive rendered (and escaped) by the host; this only shows and hides them.
 */
import type { WebviewToHost } from '../views/protocol';
import { byId, codicon, uiStrings } from './dom';
import { formatUiString } from '../views/uiStrings';
import type { TabsView } from './tabsView';
import { MAX_HISTORY, type ViewState } from './viewState';

/** Filters the list, opens cards, keeps the history, and reflects the pin. */
export class GlossaryView {
  private readonly search = byId<HTMLInputElement>('search');
  private readonly originFilter = byId<HTMLSelectElement>('origin-filter');
  private readonly searchCount = byId('search-count');
  private readonly listView = byId('glossary-list');
  private readonly noMatch = byId('no-match');
  private readonly cardView = byId('card-view');
  private readonly pinButton = byId<HTMLButtonElement>('pin');
  private readonly pinnedBadge = byId('pinned-badge');
  private readonly items = [...document.querySelectorAll<HTMLElement>('#term-list .term-item')];
  private readonly cards = new Map<string, HTMLElement>();

  /**
   * @param state the shared view state (mutated).
   * @param tabs the tab bar (opening a card switches to the Glossary tab).
   * @param save persists and reports the state.
   * @param post sends a message to the host.
   */
  constructor(
    private readonly state: ViewState,
    private readonly tabs: TabsView,
    private readonly save: () => void,
    private readonly post: (message: WebviewToHost) => void,
  ) {
    document.querySelectorAll<HTMLElement>('#card-view .card').forEach((card) => {
      if (card.dataset.card) {
        this.cards.set(card.dataset.card, card);
      }
    });
    this.listen();
  }

  /** Whether the page has a card for `id`. */
  hasCard(id: string): boolean {
    return this.cards.has(id);
  }

  /** Puts the saved filter text back and applies it. */
  restoreSearch(): void {
    this.search.value = this.state.search;
    // An origin that is gone since (its file was removed) falls back to all.
    this.originFilter.value = this.state.origin;
    if (this.originFilter.value !== this.state.origin) {
      this.originFilter.value = '';
    }
    this.applyFilter();
  }

  /** Shows the term list (no card). */
  showList(): void {
    this.state.cardId = null;
    this.cardView.hidden = true;
    this.listView.hidden = false;
    this.save();
  }

  /**
   * Shows the card for `id` (unknown ids are ignored).
   * @param options.push remember the current card for Back.
   * @param options.focus move the keyboard focus to the card.
   */
  showCard(id: string, options: { push?: boolean; focus?: boolean } = {}): void {
    const card = this.cards.get(id);
    if (!card) {
      return;
    }
    const { state } = this;
    if (options.push && state.cardId && state.cardId !== id) {
      state.history.push(state.cardId);
      state.history.splice(0, Math.max(0, state.history.length - MAX_HISTORY));
    }
    state.cardId = id;
    for (const [cardId, node] of this.cards) {
      node.hidden = cardId !== id;
    }
    this.listView.hidden = true;
    this.cardView.hidden = false;
    if (state.tab === 'glossary') {
      window.scrollTo(0, 0);
    }
    if (options.focus) {
      // The sticky tab bar would cover the title if focusing scrolled the card to the very top.
      card.focus({ preventScroll: true });
    }
    this.save();
  }

  /** Opens a card the reader chose (a link): Glossary tab, history entry, focus on the card. */
  openCard(id: string): void {
    if (this.state.tab !== 'glossary') {
      this.tabs.select('glossary');
    }
    this.showCard(id, { push: true, focus: true });
  }

  /** Shows whether the current card is pinned. */
  setPinned(pinned: boolean): void {
    const button = this.pinButton;
    button.setAttribute('aria-pressed', String(pinned));
    button.setAttribute('aria-label', pinned ? uiStrings().unpinCard : uiStrings().pinCard);
    button.title = pinned ? uiStrings().unpinCardTitle : uiStrings().pinCardTitle;
    button.replaceChildren(codicon(pinned ? 'pinned' : 'pin'));
    this.pinnedBadge.hidden = !pinned;
  }

  private back(): void {
    const previous = this.state.history.pop();
    if (previous && this.cards.has(previous)) {
      this.showCard(previous, { focus: true });
    } else {
      this.showList();
      this.search.focus();
    }
  }

  private applyFilter(): void {
    const words = this.search.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
    const origin = this.originFilter.value;
    let shown = 0;
    for (const item of this.items) {
      const text = item.dataset.search ?? '';
      const match = words.every((w) => text.includes(w)) && (origin === '' || item.dataset.origin === origin);
      item.hidden = !match;
      if (match) {
        shown++;
      }
    }
    const filtered = words.length > 0 || origin !== '';
    this.searchCount.textContent = filtered ? formatUiString(uiStrings().termsMatch, shown, this.items.length) : formatUiString(uiStrings().termCount, this.items.length);
    this.noMatch.hidden = shown > 0;
  }

  private visibleLinks(): HTMLElement[] {
    return this.items
      .filter((item) => !item.hidden)
      .map((item) => item.querySelector<HTMLElement>('a'))
      .filter((a): a is HTMLElement => !!a);
  }

  private listen(): void {
    const { search, state } = this;
    search.addEventListener('input', () => {
      state.search = search.value;
      this.applyFilter();
      if (state.cardId) {
        this.showList();
      } else {
        this.save();
      }
    });

    this.originFilter.addEventListener('change', () => {
      state.origin = this.originFilter.value;
      this.applyFilter();
      if (state.cardId) {
        this.showList();
      } else {
        this.save();
      }
    });

    search.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && search.value) {
        event.preventDefault();
        event.stopPropagation();
        search.value = '';
        state.search = '';
        this.applyFilter();
        this.save();
      } else if (event.key === 'ArrowDown') {
        event.preventDefault();
        this.visibleLinks()[0]?.focus();
      }
    });

    byId('term-list').addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') {
        return;
      }
      const links = this.visibleLinks();
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

    byId('back').addEventListener('click', () => this.back());
    byId('all-terms').addEventListener('click', () => {
      this.showList();
      search.focus();
    });
    this.pinButton.addEventListener('click', () => this.post({ type: 'pin', pinned: this.pinButton.getAttribute('aria-pressed') !== 'true' }));
  }
}
