/**
 * What the LLM settings checks, the language-model errors and the explain command say to the user.
 * The core cannot call `vscode.l10n.t`, so these functions take the texts as a parameter: English
 * here by default, translated by the adapter (src/l10n/coreMessages.ts). Each function only
 * substitutes its arguments, in order, so its English text with `{0}`, `{1}`… is the bundle's key.
 * Setting ids, hosts and examples are arguments, never translated.
 */

/** The texts in English. */
export const ENGLISH_LLM_MESSAGES = {
  baseUrlEmpty: (setting: string, example: string) => `${setting} is empty. Set it to your chat API's base URL, for example ${example}.`,
  baseUrlSpaces: (setting: string, example: string) => `${setting} contains spaces. Use a single address such as ${example}.`,
  baseUrlInvalid: (setting: string, example: string) => `${setting} is not a valid URL. Use a full address such as ${example}.`,
  baseUrlScheme: (setting: string, scheme: string, loopback: string) =>
    `${setting} must start with https:// (it uses "${scheme}"). Plain http:// is allowed only for a server on this machine (${loopback}).`,
  baseUrlCredentials: (setting: string) =>
    `${setting} must not contain a user name or password. The API key is kept in SecretStorage and sent in a header; run "AI Safety: Set API Key…" to change it.`,
  baseUrlQuery: (setting: string, example: string) => `${setting} must not contain a query (?…) or fragment (#…). Give only the base address, such as ${example}.`,
  baseUrlPlainHttp: (setting: string, host: string, loopback: string) =>
    `${setting} uses http:// for ${host}, which would send your API key unencrypted. Use https://, or http:// only for a server on this machine (${loopback}).`,
  modelEmpty: (setting: string, example: string) => `${setting} is empty. Set it to a chat model id, for example ${example}.`,
  modelTooLong: (setting: string, length: number | string, max: number | string) => `${setting} is ${length} characters long; model ids are at most ${max}.`,
  modelCharacters: (setting: string, example: string) =>
    `${setting} may contain only letters, digits and . _ - : / @ + (and must start with a letter or digit), for example ${example}.`,
  timeoutRange: (setting: string, min: number | string, max: number | string) => `${setting} must be a number of seconds from ${min} to ${max}.`,
  modelSelectorInvalid: 'aiSafety.llm.vscodeModel must look like vendor/family or vendor/family/id (for example copilot/gpt-4o), or be empty.',
  lmNoPermissions: (model: string) =>
    `VS Code did not allow AI Safety Annotations to use ${model}. Allow it when VS Code asks, or under Accounts → Manage Language Model Access, then try again.`,
  lmBlocked: (model: string) =>
    `${model} refused the request: it was blocked, for example by a quota or rate limit. Wait and try again, or pick another model with "AI Safety: Choose Language Model…".`,
  lmBlockedDetail: (model: string, detail: string) =>
    `${model} refused the request: it was blocked, for example by a quota or rate limit. (${detail}) Wait and try again, or pick another model with "AI Safety: Choose Language Model…".`,
  lmNotFound: (model: string) => `${model} is no longer available. Pick another model with "AI Safety: Choose Language Model…".`,
  lmFailed: (model: string) => `${model} failed. Try again, or pick another model with "AI Safety: Choose Language Model…".`,
  lmFailedDetail: (model: string, detail: string) => `${model} failed: ${detail}. Try again, or pick another model with "AI Safety: Choose Language Model…".`,
  noModelMatching: (selector: string) =>
    `VS Code offers no language model matching "${selector}" (aiSafety.llm.vscodeModel). Pick one with "AI Safety: Choose Language Model…", or install or sign in to a model provider such as GitHub Copilot.`,
  noModel:
    'VS Code offers no language model. Install or sign in to a model provider such as GitHub Copilot, or set aiSafety.llm.provider to "openai" and use an API key.',
  apiKeyEmpty: 'Enter an API key (it is stored in VS Code SecretStorage).',
  apiKeySpaces: 'An API key has no spaces or line breaks inside it; paste only the key.',
  apiKeyNotAscii: 'An API key contains only printable ASCII characters; paste only the key.',
  apiKeyTooLong: 'That is too long for an API key; paste only the key.',
  interruptedByReload: 'The window was closed or reloaded while this answer was arriving.',
  noTermWithId: (id: string) => `AI Safety: no glossary term with id '${id}'.`,
  nothingToExplain:
    'AI Safety: nothing to explain here. Put the cursor on an AI-safety term such as "mesa-optimizer", or select some text, then run "Explain Term with LLM" again.',
};

/** The texts in some language; see {@link ENGLISH_LLM_MESSAGES}. */
export type LlmMessages = { readonly [K in keyof typeof ENGLISH_LLM_MESSAGES]: (typeof ENGLISH_LLM_MESSAGES)[K] };
