import * as vscode from 'vscode';
import { printable, termIdArgument } from '../core/commandArgument';
import { Command } from '../core/commandIds';
import type { Glossary } from '../core/glossary/types';
import { UserFacingError } from '../core/userFacingError';
import type { ExplainerViewProvider } from '../views/explainerViewProvider';
import { registerCommand } from './registerCommand';

/** What "Show Term in Explainer…" needs. */
export interface ShowTermDeps {
  readonly explainer: ExplainerViewProvider;
  readonly glossary: Glossary;
  readonly log: vscode.LogOutputChannel;
}

/**
 * Registers `aiSafety.showTerm`. The argument is untrusted (`unknown`): hover links pass a term id
 * (or a one-element array holding one). Without an argument it offers a quick pick of all terms.
 * Resolves to the id shown, or undefined.
 */
export function registerShowTerm(context: vscode.ExtensionContext, deps: ShowTermDeps): void {
  const { explainer, glossary } = deps;
  registerCommand(context, deps.log, Command.ShowTerm, async (...args: unknown[]) => {
    const arg = args[0];
    if (arg === undefined) {
      const id = await pickTerm(glossary);
      if (id) {
        await explainer.showTerm(id, { reveal: true });
      }
      return id;
    }
    const id = termIdArgument(arg);
    if (id === undefined) {
      throw new UserFacingError(
        vscode.l10n.t("AI Safety: cannot show a glossary card for {0}; expected a term id such as 'mesa-optimizer'.", describeArgument(arg)),
      );
    }
    if (!(await explainer.showTerm(id, { reveal: true }))) {
      throw new UserFacingError(vscode.l10n.t("AI Safety: no glossary term with id '{0}'.", printable(id)));
    }
    return id;
  });
}

function describeArgument(arg: unknown): string {
  if (arg === null) {
    return 'null';
  }
  if (Array.isArray(arg)) {
    return vscode.l10n.t('a list of {0} values', arg.length);
  }
  return typeof arg === 'object' ? vscode.l10n.t('an object') : vscode.l10n.t('the {0} {1}', typeof arg, printable(String(arg)));
}

async function pickTerm(glossary: Glossary): Promise<string | undefined> {
  const items = glossary.terms.map((term) => ({
    label: term.term,
    description: term.aliases.join(', '),
    detail: term.definition,
    id: term.id,
  }));
  const pick = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('AI Safety: Show Term in Explainer'),
    placeHolder: vscode.l10n.t('Type to find a term by name, alias or definition'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return pick?.id;
}
