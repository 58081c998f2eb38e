import type * as vscode from 'vscode';
import { Command } from '../core/commandIds';
import type { ExplainerViewProvider } from '../views/explainerViewProvider';
import { registerCommand } from './registerCommand';

/** What "Open Explainer" needs. */
export interface OpenExplainerDeps {
  readonly explainer: ExplainerViewProvider;
  readonly log: vscode.LogOutputChannel;
}

/** Registers `aiSafety.openExplainer`: reveals the sidebar on the Explainer tab. */
export function registerOpenExplainer(context: vscode.ExtensionContext, deps: OpenExplainerDeps): void {
  registerCommand(context, deps.log, Command.OpenExplainer, () => deps.explainer.openExplainer());
}
