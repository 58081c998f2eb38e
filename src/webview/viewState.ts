/**
 * What the webview remembers across hide/show and window reloads (through VS Code's
 * getState/setState). Navigation only: never answers (the host owns them) and never secrets.
 */
import { TABS, type Tab } from '../views/protocol';

/** The persisted view state. */
export interface ViewState {
  /** Format version; state of another version is discarded. */
  v: 1;
  /** The tab on screen. */
  tab: Tab;
  /** The glossary card open in the Glossary tab, or null for the term list. */
  cardId: string | null;
  /** Cards visited before the current one, oldest first (the Back button pops it). */
  history: string[];
  /** The glossary filter text. */
  search: string;
  /** The glossary's origin filter: '' for all, `built-in`, or a glossary file's label. */
  origin: string;
  /** Scroll offset of each tab. */
  scroll: Partial<Record<Tab, number>>;
}

/** Longest history kept. */
export const MAX_HISTORY = 50;
/** Longest filter text kept. */
const MAX_SEARCH = 200;

/** A fresh state: the Explainer tab at the top. */
export function initialViewState(): ViewState {
  return { v: 1, tab: 'explainer', cardId: null, history: [], search: '', origin: '', scroll: {} };
}

/**
 * Reads state saved by an earlier load, dropping anything malformed or pointing at cards that no
 * longer exist, so an old or damaged state never breaks the view.
 */
export function readViewState(raw: unknown, isCard: (id: string) => boolean): ViewState {
  const state = initialViewState();
  if (typeof raw !== 'object' || raw === null || (raw as { v?: unknown }).v !== 1) {
    return state;
  }
  const r = raw as Record<string, unknown>;
  if (typeof r.tab === 'string' && (TABS as readonly string[]).includes(r.tab)) {
    state.tab = r.tab as Tab;
  }
  if (typeof r.cardId === 'string' && isCard(r.cardId)) {
    state.cardId = r.cardId;
  }
  if (Array.isArray(r.history)) {
    state.history = r.history.filter((id): id is string => typeof id === 'string' && isCard(id)).slice(-MAX_HISTORY);
  }
  if (typeof r.search === 'string') {
    state.search = r.search.slice(0, MAX_SEARCH);
  }
  if (typeof r.origin === 'string') {
    state.origin = r.origin.slice(0, MAX_SEARCH);
  }
  if (typeof r.scroll === 'object' && r.scroll !== null) {
    for (const tab of TABS) {
      const y = (r.scroll as Record<string, unknown>)[tab];
      if (typeof y === 'number' && Number.isFinite(y) && y >= 0) {
        state.scroll[tab] = y;
      }
    }
  }
  return state;
}
