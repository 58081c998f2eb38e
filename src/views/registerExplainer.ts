import * as vscode from 'vscode';
import { ContextKey } from '../core/commandIds';
import type { TermOrigin } from '../core/glossary/merge';
import type { Glossary } from '../core/glossary/types';
import { ExplainerViewProvider } from './explainerViewProvider';
import { registerFollowCursor, type TermLocator } from './followCursor';

/** What the sidebar needs from the rest of the extension. */
export interface ExplainerRegistrationDeps {
  /** The glossary whose cards the sidebar shows. */
  readonly glossary: Glossary;
  /** The annotator's decision per document (only `termAt` is used, for follow-the-cursor). */
  readonly annotations: TermLocator;
  /** The extension's log. */
  readonly log: vscode.LogOutputChannel;
  /** Where a term comes from (built-in, or a glossary file). */
  readonly originOf?: (id: string) => TermOrigin | undefined;
  /** A note to show above the glossary, if any. */
  readonly glossaryNotice?: () => string | undefined;
  /** Whose glossary the sidebar shows, if that needs saying (a multi-root workspace). */
  readonly glossaryScope?: () => string | undefined;
  /** Whether the glossary can be read without waiting, and a wait until it can (the web fetches the core first). */
  readonly glossaryReady?: { readonly ready: boolean; prepare(): Promise<void> };
}

/** Reads `aiSafety.llm.historySize`, clamped to 0..50. */
export function historySizeSetting(): number {
  const value = vscode.workspace.getConfiguration('aiSafety.llm').get<number>('historySize', 10);
  return Number.isFinite(value) ? Math.min(50, Math.max(0, Math.floor(value))) : 10;
}

/**
 * Registers the sidebar: the webview view and follow-the-cursor. Its commands (open, show term,
 * pin, unpin) are registered from src/commands/. Returns the provider, which is also the
 * {@link AnswerSink} for LLM answers.
 */
export function registerExplainer(context: vscode.ExtensionContext, deps: ExplainerRegistrationDeps): ExplainerViewProvider {
  const { glossary, log } = deps;
  const provider = new ExplainerViewProvider({
    extensionUri: context.extensionUri,
    storage: context.workspaceState,
    glossary,
    log,
    historySize: historySizeSetting,
    ...(deps.originOf ? { originOf: deps.originOf } : {}),
    ...(deps.glossaryNotice ? { glossaryNotice: deps.glossaryNotice } : {}),
    ...(deps.glossaryScope ? { glossaryScope: deps.glossaryScope } : {}),
    ...(deps.glossaryReady ? { glossaryReady: deps.glossaryReady } : {}),
  });
  context.subscriptions.push(
    provider,
    // Not retained when hidden: the webview keeps its place with getState/setState instead.
    vscode.window.registerWebviewViewProvider(ExplainerViewProvider.viewId, provider, {
      webviewOptions: { retainContextWhenHidden: false },
    }),
  );
  void vscode.commands.executeCommand('setContext', ContextKey.CardPinned, provider.pinned);
  registerFollowCursor(context, { locator: deps.annotations, follower: provider, log });
  return provider;
}
