/**
 * The explainer webview's script (bundled to dist/webview/explainer.js). The page arrives fully
 * rendered and escaped from the host; this wires the views (tabs, glossary, answers, links),
 * remembers where the reader was, and talks to the host only through the validated messages of
 * protocol.ts.
 */
import { createAnswerRenderer } from '../core/markdown';
import { parseHostMessage, type HostToWebview, type WebviewToHost } from '../views/protocol';
import { AnswersView } from './answersView';
import { byId } from './dom';
import { GlossaryView } from './glossaryView';
import { handleLinks } from './links';
import { TabsView } from './tabsView';
import { initialViewState, readViewState, type ViewState } from './viewState';

interface VsCodeApi {
  postMessage(message: WebviewToHost): void;
  getState(): unknown;
  setState(state: ViewState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

/** How long scrolling must pause before the scroll position is saved. */
const SCROLL_SAVE_MS = 200;

function main(): void {
  const vscode = acquireVsCodeApi();
  const post = (message: WebviewToHost) => vscode.postMessage(message);

  // The state object is shared by the views; it is read from the saved state once the cards are known.
  const state = initialViewState();
  let reported = '';
  const save = () => {
    vscode.setState(state);
    const key = `${state.tab} ${state.cardId ?? ''}`;
    if (key !== reported) {
      reported = key;
      post({ type: 'stateChanged', tab: state.tab, cardId: state.cardId });
    }
  };

  const tabs = new TabsView(state, save);
  const glossary = new GlossaryView(state, tabs, save, post);
  Object.assign(state, readViewState(vscode.getState(), (id) => glossary.hasCard(id)));
  const answers = new AnswersView(
    { list: byId('answers'), empty: byId('answers-empty'), count: byId('answers-count') },
    createAnswerRenderer(),
    post,
  );
  handleLinks((id) => glossary.openCard(id), post);

  let scrollTimer: ReturnType<typeof setTimeout> | undefined;
  window.addEventListener('scroll', () => {
    scrollTimer ??= setTimeout(() => {
      scrollTimer = undefined;
      state.scroll[state.tab] = window.scrollY;
      vscode.setState(state);
    }, SCROLL_SAVE_MS);
  });

  const onHostMessage = (message: HostToWebview) => {
    switch (message.type) {
      case 'showTerm':
        if (message.follow && state.tab === 'answers') {
          // Keep the answer in view; the card waits in the Glossary tab.
          glossary.showCard(message.id);
        } else {
          if (state.tab !== 'glossary') {
            tabs.select('glossary');
          }
          glossary.showCard(message.id, { push: !message.follow });
        }
        return;
      case 'showTab':
        tabs.select(message.tab);
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
        glossary.setPinned(message.pinned);
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

  glossary.restoreSearch();
  glossary.setPinned(false);
  const restoredScroll = state.scroll[state.tab] ?? 0;
  tabs.select(state.tab);
  if (state.cardId) {
    glossary.showCard(state.cardId);
  } else {
    glossary.showList();
  }
  window.scrollTo(0, restoredScroll);
  post({ type: 'ready' });
}

main();
