import * as vscode from 'vscode';
import type { Glossary } from './core/glossary/types';
import { createLazyCore } from './lazyCore';
import { registerHover } from './hover/registerHover';
import { registerExplainer } from './views/registerExplainer';
import { registerExplainWithLlm } from './commands/explainWithLlm';
import { registerExplainTerm } from './commands/explainTerm';
import { registerSetApiKey } from './commands/setApiKey';
import { registerClearApiKey } from './commands/clearApiKey';
import { registerStopLlm } from './commands/stopLlm';
import { LlmController } from './llm/llmController';
import { registerChooseLanguageModel } from './commands/chooseLanguageModel';
import { registerChatParticipant } from './chat/chatParticipant';
import { registerLookupTool } from './chat/lookupTool';

/**
 * What activate() returns in ExtensionMode.Test, for the integration tests (`extension.exports`).
 * Other extensions get nothing: the API can approve LLM hosts and read answers.
 */
export interface ExtensionApi {
  readonly glossary: Glossary;
  /** Whether the glossary and matcher bundle has been loaded yet. */
  readonly coreLoaded: () => boolean;
  readonly explainer: ReturnType<typeof registerExplainer>;
  readonly llm: LlmController;
}

/** Wiring only: every register function pushes its own disposables. No network, no heavy modules. */
export function activate(context: vscode.ExtensionContext): ExtensionApi | undefined {
  const log = vscode.window.createOutputChannel('AI Safety Annotations', { log: true });
  context.subscriptions.push(log);

  // Core: the glossary and its matcher, shared by every feature, loaded on first use.
  const core = createLazyCore(context.extensionUri.fsPath);
  const { glossary, matcher } = core;

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
  registerChooseLanguageModel(context, { log });

  // Chat: the @aisafety participant and the glossary tool for agents (#aiSafetyGlossary).
  registerChatParticipant(context, { glossary, finder: matcher, log });
  registerLookupTool(context, { glossary, finder: matcher, log });

  log.info('Activated.');
  return context.extensionMode === vscode.ExtensionMode.Test
    ? { glossary, coreLoaded: () => core.loaded, explainer, llm }
    : undefined;
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
