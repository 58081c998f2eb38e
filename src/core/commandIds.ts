/**
 * The command vocabulary shared by every feature (no `vscode` import): command ids and context keys.
 * Ids of every command the extension contributes (package.json `contributes.commands`).
 * Hover command links may only use ids listed in {@link HOVER_COMMANDS}.
 */
export const Command = {
  /** Reveals the sidebar on the explainer. @see registerOpenExplainer in src/commands/openExplainer.ts */
  OpenExplainer: 'aiSafety.openExplainer',
  /** Shows a glossary card; argument: a term id (validated), or none for a quick pick. @see registerShowTerm in src/commands/showTerm.ts */
  ShowTerm: 'aiSafety.showTerm',
  /** Pins the card on screen so cursor moves do not replace it. @see registerPinCard in src/commands/pinCard.ts */
  PinCard: 'aiSafety.pinCard',
  /** Unpins the card: the glossary follows the cursor again. @see registerUnpinCard in src/commands/unpinCard.ts */
  UnpinCard: 'aiSafety.unpinCard',
  /** Sends the seed's example prompt to the configured chat API. @see registerExplainWithLlm in src/commands/explainWithLlm.ts */
  ExplainWithLlm: 'aiSafety.explainWithLlm',
  /** Explains the term at the cursor, in the selection, or given as a term id. @see registerExplainTerm in src/commands/explainTerm.ts */
  ExplainTerm: 'aiSafety.explainTerm',
  /** Aborts the answer that is streaming. @see registerStopLlm in src/commands/stopLlm.ts */
  StopLlm: 'aiSafety.stopLlm',
  /** Stores an API key in SecretStorage. @see registerSetApiKey in src/commands/setApiKey.ts */
  SetApiKey: 'aiSafety.setApiKey',
  /** Removes the stored API key. @see registerClearApiKey in src/commands/clearApiKey.ts */
  ClearApiKey: 'aiSafety.clearApiKey',
  /** Picks the `vscode.lm` model for the explain commands. @see registerChooseLanguageModel */
  ChooseLanguageModel: 'aiSafety.chooseLanguageModel',
  /** Adds the selected (or asked-for) term to the workspace glossary file. @see registerAddTermToGlossary in src/commands/addTermToGlossary.ts */
  AddTermToGlossary: 'aiSafety.addTermToGlossary',
  /** Opens the workspace glossary file, creating it if needed. @see registerOpenWorkspaceGlossary in src/commands/openWorkspaceGlossary.ts */
  OpenWorkspaceGlossary: 'aiSafety.openWorkspaceGlossary',
  /** Opens the walkthrough's sample note, read-only. @see registerOpenSampleNote in src/commands/openSampleNote.ts */
  OpenSampleNote: 'aiSafety.openSampleNote',
} as const;

/** One of the extension's command ids. */
export type CommandId = (typeof Command)[keyof typeof Command];

/** Commands that hover markdown may link to (`MarkdownString.isTrusted.enabledCommands`). */
export const HOVER_COMMANDS: readonly CommandId[] = [Command.ShowTerm, Command.ExplainTerm];

/** Context keys set by the extension for `when` clauses in package.json. */
export const ContextKey = {
  /** True while a glossary card is pinned in the sidebar. */
  CardPinned: 'aiSafety.cardPinned',
  /** True while an LLM answer is streaming. */
  LlmBusy: 'aiSafety.llmBusy',
  /**
   * True for a moment after a term hover card is shown (src/hover/contextPulse.ts says why it drops
   * again). The walkthrough's "hover a term" step completes on it: a hover cannot run a command.
   */
  HoverShown: 'aiSafety.hoverShown',
} as const;
