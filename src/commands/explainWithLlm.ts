import type * as vscode from 'vscode';
import { SEED_PROMPT } from '../core/prompt';
import type { LazyLlm } from '../llm/lazyLlm';
import { Command } from '../core/commandIds';
import { registerCommand } from './registerCommand';

/** What "Explain Mesa-Optimization with LLM" needs. */
export interface ExplainWithLlmDeps {
  readonly llm: Pick<LazyLlm, 'ask'>;
  readonly log: vscode.LogOutputChannel;
}

/** Glossary id of the concept the seed's prompt asks about. */
const SEED_TERM_ID = 'mesa-optimization';

/**
 * Registers `aiSafety.explainWithLlm`: sends the seed's example prompt, exactly as the seed wrote it,
 * to the configured model. Resolves to the `LlmController.ask` outcome.
 */
export function registerExplainWithLlm(context: vscode.ExtensionContext, deps: ExplainWithLlmDeps): void {
  registerCommand(context, deps.log, Command.ExplainWithLlm, () => deps.llm.ask(SEED_PROMPT, { termId: SEED_TERM_ID }));
}
