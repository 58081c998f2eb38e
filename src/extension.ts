import * as vscode from 'vscode';
import { loadBuiltinGlossary } from './core/glossary/glossary';
import { createTermMatcher } from './core/matcher';
import { registerHover } from './hover/registerHover';
import { registerExplainer } from './views/registerExplainer';
import { registerExplainWithLlm } from './commands/explainWithLlm';
import { registerExplainTerm } from './commands/explainTerm';
import { registerSetApiKey } from './commands/setApiKey';
import { registerClearApiKey } from './commands/clearApiKey';
import { registerStopLlm } from './commands/stopLlm';
import { LlmController } from './llm/llmController';

/**
 * What activate() returns in ExtensionMode.Test, for the integration tests (`extension.exports`).
 * Other extensions get nothing: the API can approve LLM hosts and read answers.
 */
export interface ExtensionApi {
  readonly glossary: ReturnType<typeof loadBuiltinGlossary>;
  readonly explainer: ReturnType<typeof registerExplainer>;
  readonly llm: LlmController;
}

/** Wiring only: every register function pushes its own disposables. No network, no heavy modules. */
export function activate(context: vscode.ExtensionContext): ExtensionApi | undefined {
  const log = vscode.window.createOutputChannel('AI Safety Annotations', { log: true });
  context.subscriptions.push(log);

  // Core: the glossary and its matcher, shared by every feature.
  const glossary = loadBuiltinGlossary();
  const matcher = createTermMatcher(glossary);

  // Hovers in every language and scheme.
  registerHover(context, { glossary, matcher, log });

  // Sidebar: explainer, glossary cards, follow-the-cursor, and the answers it keeps.
  const explainer = registerExplainer(context, { glossary, matcher, log });

  // LLM: key storage, the explain commands, and stopping an answer.
  const llm = new LlmController(context, { glossary, answers: explainer, log });
  context.subscriptions.push(llm);
  registerExplainWithLlm(context, { llm, log });
  registerExplainTerm(context, { llm, glossary, matcher, log });
  registerSetApiKey(context, { llm, log });
  registerClearApiKey(context, { llm, log });
  registerStopLlm(context, { llm, log });

  log.info(`Activated with ${glossary.terms.length} glossary terms.`);
  return context.extensionMode === vscode.ExtensionMode.Test ? { glossary, explainer, llm } : undefined;
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
