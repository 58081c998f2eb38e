import * as vscode from 'vscode';
import type { LazyLlm } from '../llm/lazyLlm';
import { Command } from '../core/commandIds';
import { registerCommand } from './registerCommand';

/** What "Stop LLM Answer" needs. */
export interface StopLlmDeps {
  readonly llm: Pick<LazyLlm, 'stop'>;
  readonly log: vscode.LogOutputChannel;
}

/**
 * Registers `aiSafety.stopLlm`: aborts the streaming answer (its text so far is kept, marked
 * cancelled). An optional answer id (a string) stops only that answer. Resolves to whether one was stopped.
 */
export function registerStopLlm(context: vscode.ExtensionContext, deps: StopLlmDeps): void {
  registerCommand(context, deps.log, Command.StopLlm, (...args: unknown[]) => {
    const id = typeof args[0] === 'string' ? args[0] : undefined;
    const stopped = deps.llm.stop(id);
    if (!stopped) {
      void vscode.window.showInformationMessage(vscode.l10n.t('AI Safety: no answer is streaming.'));
    }
    return stopped;
  });
}
