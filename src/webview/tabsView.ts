/**
 * The tab bar (Explainer, Glossary, Answers): one selected tab, its panel shown, arrow keys / Home /
 * End move between tabs as the ARIA tabs pattern asks, and each tab keeps its own scroll position.
 */
import { TABS, type Tab } from '../views/protocol';
import { byId } from './dom';
import type { ViewState } from './viewState';

/** Switches tabs and keeps `state.tab` and `state.scroll` up to date. */
export class TabsView {
  private readonly tabs = new Map<Tab, HTMLButtonElement>(TABS.map((tab) => [tab, byId<HTMLButtonElement>(`tab-${tab}`)]));
  private readonly panels = new Map<Tab, HTMLElement>(TABS.map((tab) => [tab, byId(`panel-${tab}`)]));

  /**
   * @param state the shared view state (mutated).
   * @param save called after every change, to persist and report the state.
   */
  constructor(
    private readonly state: ViewState,
    private readonly save: () => void,
  ) {
    const tablist = document.querySelector<HTMLElement>('[role="tablist"]');
    tablist?.addEventListener('click', (event) => {
      const tab = (event.target as Element).closest<HTMLElement>('[role="tab"]')?.dataset.tab;
      if (tab && (TABS as readonly string[]).includes(tab)) {
        this.select(tab as Tab);
      }
    });
    tablist?.addEventListener('keydown', (event) => this.onKey(event));
  }

  /** The tab on screen. */
  get current(): Tab {
    return this.state.tab;
  }

  /** Shows `tab` (restoring its scroll position); `focus` moves the keyboard focus to its button. */
  select(tab: Tab, focus = false): void {
    const previous = this.state.tab;
    if (previous !== tab) {
      this.state.scroll[previous] = window.scrollY;
    }
    this.state.tab = tab;
    for (const [name, button] of this.tabs) {
      const selected = name === tab;
      button.setAttribute('aria-selected', String(selected));
      button.tabIndex = selected ? 0 : -1;
      const panel = this.panels.get(name);
      if (panel) {
        panel.hidden = !selected;
      }
    }
    if (focus) {
      this.tabs.get(tab)?.focus();
    }
    if (previous !== tab) {
      window.scrollTo(0, this.state.scroll[tab] ?? 0);
    }
    this.save();
  }

  private onKey(event: KeyboardEvent): void {
    const current = TABS.indexOf(this.state.tab);
    let next: number | undefined;
    if (event.key === 'ArrowRight') {
      next = (current + 1) % TABS.length;
    } else if (event.key === 'ArrowLeft') {
      next = (current - 1 + TABS.length) % TABS.length;
    } else if (event.key === 'Home') {
      next = 0;
    } else if (event.key === 'End') {
      next = TABS.length - 1;
    }
    const tab = next === undefined ? undefined : TABS[next];
    if (tab) {
      event.preventDefault();
      this.select(tab, true);
    }
  }
}
