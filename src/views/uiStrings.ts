/**
 * The sidebar's own words (tabs, buttons, labels, status texts), in the user's language. The host
 * fills them with `vscode.l10n.t` (explainerStrings.ts), the page builder renders them, and the page
 * carries them to the webview script, which has no English of its own. Texts with `{0}`, `{1}` take
 * arguments through {@link formatUiString}. The explainer article and the glossary stay English.
 */
export interface ExplainerStrings {
  /** BCP 47 tag of the display language (`vscode.env.language`), for the page's `lang`. */
  readonly lang: string;
  readonly pageTitle: string;
  readonly tabsLabel: string;
  readonly tabExplainer: string;
  readonly tabGlossary: string;
  readonly tabAnswers: string;
  readonly onThisPage: string;
  readonly keyTermsTerm: string;
  readonly keyTermsMeaning: string;
  readonly promptModel: string;
  readonly promptPrompt: string;
  /** Tooltip of a term's origin badge: `{0}` is the glossary file. */
  readonly fromOrigin: string;
  readonly originFilter: string;
  readonly originFilterLabel: string;
  readonly allOrigins: string;
  readonly builtIn: string;
  readonly noSource: string;
  readonly coinedIn: string;
  readonly see: string;
  readonly notConfusedWith: string;
  readonly alsoWritten: string;
  readonly example: string;
  readonly relatedTerms: string;
  readonly from: string;
  readonly openDefinitionTitle: string;
  readonly explanation: string;
  readonly source: string;
  readonly explainWithLlm: string;
  readonly searchPlaceholder: string;
  readonly searchLabel: string;
  /** `{0}` terms in the glossary. */
  readonly termCount: string;
  /** `{0}` of `{1}` terms match the filter. */
  readonly termsMatch: string;
  readonly glossaryTermsLabel: string;
  readonly noMatch: string;
  readonly back: string;
  readonly allTerms: string;
  readonly pinned: string;
  readonly pinCard: string;
  readonly pinCardTitle: string;
  readonly unpinCard: string;
  readonly unpinCardTitle: string;
  readonly explainSeed: string;
  /** `{0}` is the name of the card's explain button. */
  readonly answersEmpty: string;
  /** `{0}` is the model. */
  readonly answerFrom: string;
  readonly stop: string;
  readonly stopTitle: string;
  readonly copy: string;
  readonly copyTitle: string;
  readonly insert: string;
  readonly insertTitle: string;
  readonly waiting: string;
  readonly noText: string;
  /** `{0}` is the answer's length, `{1}` how much of it is shown (both in characters). */
  readonly capNotice: string;
  readonly statusStreaming: string;
  readonly statusComplete: string;
  readonly statusTruncated: string;
  readonly statusInterrupted: string;
  readonly statusCancelled: string;
  readonly statusError: string;
}

/** Replaces `{0}`, `{1}`… with the arguments, as `vscode.l10n.t` does; unknown placeholders stay. */
export function formatUiString(text: string, ...args: readonly (string | number)[]): string {
  return text.replace(/\{(\d+)\}/g, (whole, i: string) => {
    const arg = args[Number(i)];
    return arg === undefined ? whole : String(arg);
  });
}

/** The sidebar's words in English: the page builder's default (unit tests), and the keys of the translation bundle. */
export const ENGLISH_EXPLAINER_STRINGS: ExplainerStrings = {
  lang: 'en',
  pageTitle: 'AI Safety Explainer',
  tabsLabel: 'AI Safety sidebar',
  tabExplainer: 'Explainer',
  tabGlossary: 'Glossary',
  tabAnswers: 'Answers',
  onThisPage: 'On this page',
  keyTermsTerm: 'Term',
  keyTermsMeaning: 'Meaning',
  promptModel: 'Model',
  promptPrompt: 'Prompt',
  fromOrigin: 'From {0}',
  originFilter: 'Origin',
  originFilterLabel: 'Filter glossary terms by origin',
  allOrigins: 'All origins',
  builtIn: 'Built-in',
  noSource: 'No source given.',
  coinedIn: 'Coined in',
  see: 'See',
  notConfusedWith: 'Not to be confused with',
  alsoWritten: 'Also written',
  example: 'Example',
  relatedTerms: 'Related terms',
  from: 'From',
  openDefinitionTitle: 'Open the definition in its glossary file',
  explanation: 'Explanation',
  source: 'Source',
  explainWithLlm: 'Explain with LLM',
  searchPlaceholder: 'Filter terms, aliases, definitions',
  searchLabel: 'Filter glossary terms',
  termCount: '{0} terms',
  termsMatch: '{0} of {1} terms match',
  glossaryTermsLabel: 'Glossary terms',
  noMatch: 'No term matches this filter. Press Escape to clear it.',
  back: 'Back',
  allTerms: 'All terms',
  pinned: 'Pinned',
  pinCard: 'Pin this card',
  pinCardTitle: 'Pin this card (moving the cursor will not replace it)',
  unpinCard: 'Unpin this card',
  unpinCardTitle: 'Unpin: let the card follow the cursor again',
  explainSeed: 'Explain mesa-optimization',
  answersEmpty: 'No answers yet. Ask about mesa-optimization with the button above, or use {0} on a glossary card or on a term in the editor.',
  answerFrom: 'Answer from {0}',
  stop: 'Stop',
  stopTitle: 'Stop this answer',
  copy: 'Copy',
  copyTitle: 'Copy the whole answer to the clipboard',
  insert: 'Insert',
  insertTitle: 'Insert the whole answer at the cursor in the editor',
  waiting: 'Waiting for the first words…',
  noText: 'No text arrived.',
  capNotice: 'This answer is {0} characters long; showing the first {1}. Use Copy or Insert to get all of it.',
  statusStreaming: 'Streaming',
  statusComplete: 'Complete',
  statusTruncated: 'Truncated',
  statusInterrupted: 'Interrupted',
  statusCancelled: 'Cancelled',
  statusError: 'Error',
};
