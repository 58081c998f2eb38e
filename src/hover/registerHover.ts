import * as vscode from 'vscode';
import { ContextKey } from '../core/commandIds';
import { scheduleWithTimeout, type Schedule } from '../core/schedule';
import { ContextPulse } from './contextPulse';
import { TermHoverProvider, type TermHoverDeps } from './termHoverProvider';

/**
 * Every document, whatever its language or URI scheme (file, untitled, notebook cells, git, remote…).
 * A `'*'` language matches any document with score 5 (an exact language scores 10), so a language's
 * own hovers are listed before ours. The scheme is left open on purpose.
 * @see https://code.visualstudio.com/api/references/vscode-api#languages.match
 */
const EVERY_DOCUMENT: vscode.DocumentSelector = [{ language: '*' }];

/** How long `aiSafety.hoverShown` stays true after a card (see {@link ContextPulse} for why it drops again). */
const HOVER_SHOWN_MS = 2000;

/** What the hover registration reports back (for the integration tests). */
export interface HoverRegistration {
  /**
   * The state of the `aiSafety.hoverShown` context key: whether it is true now, and how many times a
   * card has set it to true, counting only settings VS Code has taken (the pending one is awaited).
   */
  readonly hoverShownKey: () => Promise<{ readonly on: boolean; readonly timesSet: number }>;
}

/**
 * Registers the term hover for every document; the registration is disposed with the extension.
 * A card pulses {@link ContextKey.HoverShown}, which completes the walkthrough's first step (a hover
 * cannot run a command, so a context key is the signal).
 */
export function registerHover(
  context: vscode.ExtensionContext,
  deps: Omit<TermHoverDeps, 'onCard'> & { readonly coreReady: { readonly ready: boolean; prepare(): Promise<void> } },
  schedule: Schedule = scheduleWithTimeout,
): HoverRegistration {
  let timesSet = 0;
  let pending: Promise<unknown> = Promise.resolve();
  const send = (value: boolean): void => {
    pending = Promise.resolve(vscode.commands.executeCommand('setContext', ContextKey.HoverShown, value)).then(
      () => {
        timesSet += value ? 1 : 0;
      },
      (err: unknown) => deps.log.warn(`Could not set ${ContextKey.HoverShown}:`, err instanceof Error ? err.message : String(err)),
    );
  };
  const pulse = new ContextPulse(send, schedule, HOVER_SHOWN_MS);
  context.subscriptions.push(pulse);
  const provider = new TermHoverProvider({ ...deps, onCard: () => pulse.fire() });
  const { coreReady } = deps;
  context.subscriptions.push(
    vscode.languages.registerHoverProvider(EVERY_DOCUMENT, {
      // On the web the first hover may come before the core's text has been fetched: it waits for it.
      provideHover: (document, position) =>
        coreReady.ready ? provider.provideHover(document, position) : coreReady.prepare().then(() => provider.provideHover(document, position)),
    }),
  );
  return {
    hoverShownKey: async () => {
      await pending;
      return { on: pulse.on, timesSet };
    },
  };
}
