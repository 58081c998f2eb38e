import * as vscode from 'vscode';
import { Command, ContextKey } from '../commands/commandIds';
import { UserFacingError, registerCommand } from '../commands/registerCommand';
import { printable, termIdArgument } from '../core/commandArgument';
import type { Glossary } from '../core/glossary/types';
import { ExplainerViewProvider, historySizeSetting } from './explainerViewProvider';
import { registerFollowCursor, type TermLocator } from './followCursor';

/** What the sidebar needs from the rest of the extension. */
export interface ExplainerRegistrationDeps {
  /** The glossary whose cards the sidebar shows. */
  readonly glossary: Glossary;
  /** The annotator's decision per document (only `termAt` is used, for follow-the-cursor). */
  readonly annotations: TermLocator;
  /** The extension's log. */
  readonly log: vscode.LogOutputChannel;
}

/**
 * Registers the sidebar: the webview view, its commands (open, show term, pin, unpin) and
 * follow-the-cursor. Returns the provider, which is also the {@link AnswerSink} for LLM answers.
 */
export function registerExplainer(context: vscode.ExtensionContext, deps: ExplainerRegistrationDeps): ExplainerViewProvider {
  const { glossary, log } = deps;
  const provider = new ExplainerViewProvider({
    extensionUri: context.extensionUri,
    storage: context.workspaceState,
    glossary,
    log,
    historySize: historySizeSetting,
  });
  context.subscriptions.push(
    provider,
    // Not retained when hidden: the webview keeps its place with getState/setState instead.
    vscode.window.registerWebviewViewProvider(ExplainerViewProvider.viewId, provider, {
      webviewOptions: { retainContextWhenHidden: false },
    }),
  );
  void vscode.commands.executeCommand('setContext', ContextKey.CardPinned, provider.pinned);

  registerCommand(context, log, Command.OpenExplainer, () => provider.openExplainer());

  registerCommand(context, log, Command.ShowTerm, async (...args: unknown[]) => {
    const arg = args[0];
    if (arg === undefined) {
      const id = await pickTerm(glossary);
      if (id) {
        await provider.showTerm(id, { reveal: true });
      }
      return id;
    }
    const id = termIdArgument(arg);
    if (id === undefined) {
      throw new UserFacingError(
        `AI Safety: cannot show a glossary card for ${describeArgument(arg)}; expected a term id such as 'mesa-optimizer'.`,
      );
    }
    if (!(await provider.showTerm(id, { reveal: true }))) {
      throw new UserFacingError(`AI Safety: no glossary term with id '${printable(id)}'.`);
    }
    return id;
  });

  registerCommand(context, log, Command.PinCard, () => {
    if (!provider.pin()) {
      throw new UserFacingError('AI Safety: open a glossary card first; pinning keeps it in place while you move the cursor.');
    }
  });

  registerCommand(context, log, Command.UnpinCard, () => provider.unpin());

  registerFollowCursor(context, { locator: deps.annotations, follower: provider, log });
  return provider;
}

function describeArgument(arg: unknown): string {
  if (arg === null) {
    return 'null';
  }
  if (Array.isArray(arg)) {
    return `a list of ${arg.length} values`;
  }
  return typeof arg === 'object' ? 'an object' : `the ${typeof arg} ${printable(String(arg))}`;
}

async function pickTerm(glossary: Glossary): Promise<string | undefined> {
  const items = glossary.terms.map((term) => ({
    label: term.term,
    description: term.aliases.join(', '),
    detail: term.definition,
    id: term.id,
  }));
  const pick = await vscode.window.showQuickPick(items, {
    title: 'AI Safety: Show Term in Explainer',
    placeHolder: 'Type to find a term by name, alias or definition',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return pick?.id;
}
