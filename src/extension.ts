import * as vscode from 'vscode';
import type { Glossary } from './core/glossary/types';
import { createLazyCore, type LiveGlossary } from './lazyCore';
import { createBundleLoader } from './platform/host';
import { DocumentAnnotations } from './annotations/documentAnnotations';
import { registerHover } from './hover/registerHover';
import { registerExplainer } from './views/registerExplainer';
import { registerOpenExplainer } from './commands/openExplainer';
import { registerShowTerm } from './commands/showTerm';
import { registerPinCard } from './commands/pinCard';
import { registerUnpinCard } from './commands/unpinCard';
import { registerExplainWithLlm } from './commands/explainWithLlm';
import { registerExplainTerm } from './commands/explainTerm';
import { registerSetApiKey } from './commands/setApiKey';
import { registerClearApiKey } from './commands/clearApiKey';
import { registerStopLlm } from './commands/stopLlm';
import { LazyLlm } from './llm/lazyLlm';
import { registerChooseLanguageModel } from './commands/chooseLanguageModel';
import { registerChatParticipant } from './chat/registerChatParticipant';
import { registerLookupTool } from './chat/lookupTool';
import { registerSurfaces, type LazySurfaces } from './lazySurfaces';
import type { TermsInFileProvider } from './views/termsInFileView';
import type { TermHighlighter } from './highlight/termHighlights';
import type { GlossaryFiles } from './glossary/glossaryFiles';
import { GlossaryFilesShim } from './glossary/glossaryFilesShim';
import { registerGlossarySchema } from './glossary/schemaProvider';
import { sidebarScopeNote } from './glossary/sidebarScope';
import { registerWorkspaceGlossaryCommands } from './commands/workspaceGlossaryCommands';
import { registerOpenSampleNote } from './commands/openSampleNote';

/**
 * What activate() returns in ExtensionMode.Test, for the integration tests (`extension.exports`).
 * Other extensions get nothing: the API can approve LLM hosts and read answers.
 */
export interface ExtensionApi {
  /** The sidebar's glossary: live, with each term's origin. */
  readonly glossary: LiveGlossary;
  /** Whether the glossary and matcher bundle has been loaded yet. */
  readonly coreLoaded: () => boolean;
  readonly explainer: ReturnType<typeof registerExplainer>;
  /** The LLM side (its key store and consent record; the rest loads on first use). */
  readonly llm: LazyLlm;
  /** The workspace and user glossary files (reload count, trust); started by this call if they were not yet. */
  readonly glossaryFiles: () => GlossaryFiles;
  /** The glossary that applies to a document (its folder's merged glossary). */
  readonly glossaryFor: (document: vscode.TextDocument) => Glossary;
  /** What the extension marks in a document, under the current settings (the hover's decision). */
  readonly annotate: (document: vscode.TextDocument) => readonly { readonly id: string; readonly start: number; readonly end: number }[];
  /** The "Terms in This File" view's provider (its model and update events). */
  readonly termsInFile: TermsInFileProvider;
  /** The opt-in highlights (the marks set per editor, and when). */
  readonly highlights: TermHighlighter;
  /** The walkthrough's `aiSafety.hoverShown` context key as the hover has set it (true now; times set). */
  readonly hoverShownKey: () => Promise<{ readonly on: boolean; readonly timesSet: number }>;
}

/** What every activation returns: the markdown preview's hook (`markdown.markdownItPlugins`). */
export interface PreviewApi {
  readonly extendMarkdownIt: LazySurfaces['extendMarkdownIt'];
}

/** Shown above the sidebar's glossary in an untrusted workspace. */
const UNTRUSTED_NOTICE = (): string => vscode.l10n.t('This workspace is not trusted, so its glossary files are not read: only built-in terms and your user-level glossary files are shown. Trust the workspace to see its terms.');

/** Wiring only: every register function pushes its own disposables. No network, no heavy modules. */
export function activate(context: vscode.ExtensionContext): PreviewApi | (PreviewApi & ExtensionApi) {
  const log = vscode.window.createOutputChannel('AI Safety Annotations', { log: true });
  context.subscriptions.push(log);

  // Core: the glossary and its annotator, shared by every feature, loaded on first use. Every
  // surface asks the annotations (per-document context, aiSafety.annotations.* settings).
  const core = createLazyCore(createBundleLoader(context.extensionUri, 'core'));
  const { glossary } = core;
  // On the web the core's text is fetched now, in the background (nothing is evaluated); on Node this does nothing.
  core.prepare().catch((err: unknown) => log.error('Fetching the glossary bundle failed:', err instanceof Error ? err : String(err)));
  const annotations = new DocumentAnnotations(core);
  context.subscriptions.push(annotations);

  // Glossary files: the workspace's and the user's, merged per folder and kept live; every surface
  // reads the merged glossary through `core`. Loaded (dist/glossary.js) once glossary files are in use.
  const glossaryFiles = new GlossaryFilesShim({ core, log, extensionUri: context.extensionUri });
  context.subscriptions.push(glossaryFiles);
  registerGlossarySchema(context);

  // Hovers in every language and scheme; a card pulses the walkthrough's context key.
  const hover = registerHover(context, { glossary, annotations, log, coreReady: core });

  // Sidebar: explainer, glossary cards, follow-the-cursor, and the answers it keeps; its commands.
  const explainer = registerExplainer(context, {
    glossary,
    annotations,
    log,
    originOf: (id) => core.glossary.origin(id),
    glossaryNotice: () => (glossaryFiles.workspaceFilesBlocked ? UNTRUSTED_NOTICE() : undefined),
    glossaryScope: () => sidebarScopeNote(core.glossary.scope),
    glossaryReady: core,
  });
  context.subscriptions.push({ dispose: core.onDidChange(() => explainer.refreshGlossary()) });
  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => explainer.refreshGlossary()));
  registerWorkspaceGlossaryCommands(context, { core, shim: glossaryFiles, log });
  registerOpenExplainer(context, { explainer, log });
  registerShowTerm(context, { explainer, glossary, log });
  registerPinCard(context, { explainer, log });
  registerUnpinCard(context, { explainer, log });

  // LLM: key storage, the explain commands, and stopping an answer. The controller, the settings
  // checks and the LLM messages load with the first command that needs them (dist/llmHost.js).
  const llm = new LazyLlm(context, { glossary, answers: explainer, log });
  context.subscriptions.push(llm);
  registerExplainWithLlm(context, { llm, log });
  registerExplainTerm(context, { llm, annotations, log });
  registerSetApiKey(context, { llm, log });
  registerClearApiKey(context, { llm, log });
  registerStopLlm(context, { llm, log });
  registerChooseLanguageModel(context, { log });

  // Walkthrough: its read-only sample note (the steps are in package.json).
  registerOpenSampleNote(context, { log });

  // Chat: the @aisafety participant and the glossary tool for agents (#aiSafetyGlossary).
  const aboutAiSafety = annotations.finderForAiSafetyText();
  registerChatParticipant(context, { glossary, finder: aboutAiSafety, log, llm });
  registerLookupTool(context, { glossary, finder: aboutAiSafety, log });

  // Beyond the hover, loaded on first use (dist/surfaces.js): the markdown preview's tooltips, the
  // "Terms in This File" view (its inline action is showTerm), opt-in highlights, glossary completion.
  const surfaces = registerSurfaces(context, { core, annotations, log });

  log.info('Activated.');
  const extendMarkdownIt: PreviewApi['extendMarkdownIt'] = (md) => surfaces.extendMarkdownIt(md);
  return context.extensionMode === vscode.ExtensionMode.Test
    ? {
        extendMarkdownIt,
        glossary,
        coreLoaded: () => core.loaded,
        explainer,
        llm,
        glossaryFiles: () => glossaryFiles.start(),
        glossaryFor: (document) => annotations.glossaryFor(document),
        annotate: (document) => annotations.annotate(document),
        get termsInFile() {
          return surfaces.termsInFile();
        },
        get highlights() {
          return surfaces.highlights();
        },
        hoverShownKey: hover.hoverShownKey,
      }
    : { extendMarkdownIt };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
