import * as vscode from 'vscode';
import type { Glossary } from './core/glossary/types';
import { createLazyCore } from './lazyCore';
import { DocumentAnnotations } from './annotations/documentAnnotations';
import { registerHover } from './hover/registerHover';
import { registerExplainer } from './views/registerExplainer';
import { registerOpenExplainer } from './commands/openExplainer';
import { registerShowTerm } from './commands/showTerm';
import { registerPinCard } from './commands/pinCard';
import { registerUnpinCard } from './commands/unpinCard';
import { registerExplainWithLlm } from './commands/explainWithLlm';
import { registerExplainTerm } from './commands/explainTerm';
import { askForApiKey, registerSetApiKey } from './commands/setApiKey';
import { registerClearApiKey } from './commands/clearApiKey';
import { registerStopLlm } from './commands/stopLlm';
import { LlmController } from './llm/llmController';
import { registerChooseLanguageModel } from './commands/chooseLanguageModel';
import { registerChatParticipant } from './chat/chatParticipant';
import { registerLookupTool } from './chat/lookupTool';
import { registerPreviewTerms } from './preview/previewTerms';
import { registerTermsInFile, type TermsInFileProvider } from './views/termsInFileView';
import { registerTermHighlights, type TermHighlighter } from './highlight/termHighlights';
import { registerTermCompletion } from './completion/termCompletionProvider';

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
  /** What the extension marks in a document, under the current settings (the hover's decision). */
  readonly annotate: (document: vscode.TextDocument) => readonly { readonly id: string; readonly start: number; readonly end: number }[];
  /** The "Terms in This File" view's provider (its model and update events). */
  readonly termsInFile: TermsInFileProvider;
  /** The opt-in highlights (the marks set per editor, and when). */
  readonly highlights: TermHighlighter;
}

/** What every activation returns: the markdown preview's hook (`markdown.markdownItPlugins`). */
export interface PreviewApi {
  readonly extendMarkdownIt: ReturnType<typeof registerPreviewTerms>['extendMarkdownIt'];
}

/** Wiring only: every register function pushes its own disposables. No network, no heavy modules. */
export function activate(context: vscode.ExtensionContext): PreviewApi | (PreviewApi & ExtensionApi) {
  const log = vscode.window.createOutputChannel('AI Safety Annotations', { log: true });
  context.subscriptions.push(log);

  // Core: the glossary and its annotator, shared by every feature, loaded on first use. Every
  // surface asks the annotations (per-document context, aiSafety.annotations.* settings).
  const core = createLazyCore(context.extensionUri.fsPath);
  const { glossary } = core;
  const annotations = new DocumentAnnotations(core);
  context.subscriptions.push(annotations);

  // Hovers in every language and scheme; opt-in underlines of the terms in visible editors.
  registerHover(context, { glossary, annotations, log });
  const highlights = registerTermHighlights(context, { finder: annotations });
  // Glossary terms as completions in markdown and plain text (explicit; while typing when enabled).
  registerTermCompletion(context, { glossary });

  // Sidebar: explainer, glossary cards, follow-the-cursor, and the answers it keeps; its commands.
  const explainer = registerExplainer(context, { glossary, annotations, log });
  registerOpenExplainer(context, { explainer, log });
  registerShowTerm(context, { explainer, glossary, log });
  registerPinCard(context, { explainer, log });
  registerUnpinCard(context, { explainer, log });
  // "Terms in This File": the active editor's terms, under the explainer; its inline action is showTerm.
  const termsInFile = registerTermsInFile(context, { scanner: annotations, termById: (id) => core.termById(id) });

  // LLM: key storage, the explain commands, and stopping an answer.
  const llm = new LlmController(context, { glossary, answers: explainer, log, askForKey: askForApiKey });
  context.subscriptions.push(llm);
  registerExplainWithLlm(context, { llm, log });
  registerExplainTerm(context, { llm, glossary, annotations, log });
  registerSetApiKey(context, { llm, log });
  registerClearApiKey(context, { llm, log });
  registerStopLlm(context, { llm, log });
  registerChooseLanguageModel(context, { log });

  // Chat: the @aisafety participant and the glossary tool for agents (#aiSafetyGlossary).
  const aboutAiSafety = annotations.finderForAiSafetyText();
  registerChatParticipant(context, { glossary, finder: aboutAiSafety, log });
  registerLookupTool(context, { glossary, finder: aboutAiSafety, log });

  // Markdown preview: terms marked with a tooltip (the preview loads the core when it first renders).
  const preview = registerPreviewTerms(context, { core, log });

  log.info('Activated.');
  const { extendMarkdownIt } = preview;
  return context.extensionMode === vscode.ExtensionMode.Test
    ? { extendMarkdownIt, glossary, coreLoaded: () => core.loaded, explainer, llm, annotate: (document) => annotations.annotate(document), termsInFile, highlights }
    : { extendMarkdownIt };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
