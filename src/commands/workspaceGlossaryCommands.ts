import type * as vscode from 'vscode';
import { Command } from '../core/commandIds';
import type { GlossaryFilesShim } from '../glossary/glossaryFilesShim';
import type { LazyCore } from '../lazyCore';
import { registerCommand } from './registerCommand';

/** What the workspace glossary commands need at registration. */
export interface WorkspaceGlossaryCommandDeps {
  readonly core: LazyCore;
  readonly shim: GlossaryFilesShim;
  readonly log: vscode.LogOutputChannel;
}

/**
 * Registers **Add Term to Workspace Glossary…** and **Open Workspace Glossary**. Their bodies are in
 * the lazily loaded glossary bundle (`src/commands/addTermToGlossary.ts`,
 * `src/commands/openWorkspaceGlossary.ts`); running one starts the glossary files.
 */
export function registerWorkspaceGlossaryCommands(context: vscode.ExtensionContext, deps: WorkspaceGlossaryCommandDeps): void {
  const { core, shim, log } = deps;
  // `prepare` waits only on the web, while the bundles are fetched.
  registerCommand(context, log, Command.AddTermToGlossary, async (...args: unknown[]) => {
    await shim.prepare();
    return shim.load().addTermToGlossary({ core, files: shim.start(), log }, args[0]);
  });
  registerCommand(context, log, Command.OpenWorkspaceGlossary, async () => {
    await shim.prepare();
    return shim.load().openWorkspaceGlossary({ core, files: shim.start(), log });
  });
}
