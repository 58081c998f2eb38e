/**
 * Ids of every command the extension contributes (package.json `contributes.commands`).
 * Hover command links may only use ids listed in {@link HOVER_COMMANDS}.
 */
export const Command = {
  /** Reveals the sidebar on the explainer. @see registerExplainerCommands */
  OpenExplainer: 'aiSafety.openExplainer',
  /** Shows a glossary card; argument: a term id (validated), or none for a quick pick. @see registerExplainerCommands */
  ShowTerm: 'aiSafety.showTerm',
  /** Pins the card on screen so cursor moves do not replace it. @see registerExplainerCommands */
  PinCard: 'aiSafety.pinCard',
  /** Unpins the card: the glossary follows the cursor again. @see registerExplainerCommands */
  UnpinCard: 'aiSafety.unpinCard',
  /** Sends the seed's example prompt to the configured chat API. @see registerLlmCommands */
  ExplainWithLlm: 'aiSafety.explainWithLlm',
  /** Explains the term at the cursor, in the selection, or given as a term id. @see registerLlmCommands */
  ExplainTerm: 'aiSafety.explainTerm',
  /** Aborts the answer that is streaming. @see registerLlmCommands */
  StopLlm: 'aiSafety.stopLlm',
  /** Stores an API key in SecretStorage. @see registerLlmCommands */
  SetApiKey: 'aiSafety.setApiKey',
  /** Removes the stored API key. @see registerLlmCommands */
  ClearApiKey: 'aiSafety.clearApiKey',
  /** Picks the `vscode.lm` model for the explain commands. @see registerChooseLanguageModel */
  ChooseLanguageModel: 'aiSafety.chooseLanguageModel',
} as const;

export type CommandId = (typeof Command)[keyof typeof Command];

/** Commands that hover markdown may link to (`MarkdownString.isTrusted.enabledCommands`). */
export const HOVER_COMMANDS: readonly CommandId[] = [Command.ShowTerm, Command.ExplainTerm];

/** Context keys set by the extension for `when` clauses in package.json. */
export const ContextKey = {
  CardPinned: 'aiSafety.cardPinned',
  LlmBusy: 'aiSafety.llmBusy',
} as const;
