/**
 * What the LLM settings checks, the language-model errors and the explain command say to the user.
 * The core cannot call `vscode.l10n.t`, so these functions take the texts as a parameter: English
 * here by default, translated by the adapter (src/l10n/coreMessages.ts). Each function only
 * substitutes its arguments, in order, so its English text with `{0}`, `{1}`… is the bundle's key.
 * Setting ids, hosts and examples are arguments, never translated.
 */

/**
 * Why an API key typed or pasted by the user is refused, in English (translated by `apiKeyMessages()`
 * in src/l10n/coreMessages.ts). Apart from {@link ENGLISH_LLM_MESSAGES} so that the key store, which
 * activation loads, does not carry every text.
 */
export const ENGLISH_API_KEY_MESSAGES = {
  apiKeyEmpty: 'Enter an API key (it is stored in VS Code SecretStorage).',
  apiKeySpaces: 'An API key has no spaces or line breaks inside it; paste only the key.',
  apiKeyNotAscii: 'An API key contains only printable ASCII characters; paste only the key.',
  apiKeyTooLong: 'That is too long for an API key; paste only the key.',
};

/**
 * The error an answer gets when the window closed while it streamed: on its own for the sidebar's
 * store, which activation loads; {@link ENGLISH_LLM_MESSAGES} refers to it.
 */
export const INTERRUPTED_BY_RELOAD = 'The window was closed or reloaded while this answer was arriving.';

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
  interruptedByReload: INTERRUPTED_BY_RELOAD,
  noTermWithId: (id: string) => `AI Safety: no glossary term with id '${id}'.`,
  nothingToExplain:
    'AI Safety: nothing to explain here. Put the cursor on an AI-safety term such as "mesa-optimizer", or select some text, then run "Explain Term with LLM" again.',
  // The OpenAI-compatible path: why an answer failed or stopped. `host` is `host[:port]`; `status` an
  // HTTP status with its reason phrase; an `extra` argument is an optional sentence with a leading space.
  apiKeyRejected: (host: string, status: string) => `The API at ${host} rejected the API key (${status}). Run "AI Safety: Set API Key…" to store a valid key.`,
  modelRefused: (host: string, status: string, extra: string, model: string, setting: string) =>
    `The API at ${host} refused the request (${status}).${extra} Check that your key may use model "${model}" (${setting}).`,
  notFoundAnswer: (host: string, status: string, extra: string, modelSetting: string, model: string, baseUrlSetting: string) =>
    `The API at ${host} answered ${status}.${extra} Check ${modelSetting} ("${model}") and ${baseUrlSetting} (it usually ends in /v1).`,
  rateLimited: (host: string, status: string, extra: string, when: string) =>
    `The API at ${host} is rate-limiting requests (${status}).${extra} ${when} If it persists, check your plan's limits and quota.`,
  retryInSeconds: (seconds: number | string) => `Try again in ${seconds} s.`,
  retrySoon: 'Wait a little and try again.',
  serverError: (host: string, status: string) => `The API at ${host} had a server error (${status}). Try again later.`,
  requestRejected: (host: string, status: string, extra: string) => `The API at ${host} rejected the request (${status}).${extra}`,
  errorResponseTooLarge: 'Its error response was too large to read.',
  reportedError: (host: string, details: string) => `The API at ${host} reported an error${details}, so the answer stops here.`,
  reportedErrorMidAnswer: (host: string, details: string) => `The API at ${host} reported an error mid-answer${details}, so the answer stops here.`,
  responseTooLarge: (host: string, size: string) => `The response from ${host} was too large: it passed ${size} (after decompression), so the rest was not downloaded.`,
  answerTimeLimit: (duration: string, setting: string) => `The answer took longer than ${duration} (${setting}), so it was stopped.`,
  outputLengthLimit: 'The model stopped at its output length limit, so the answer is cut short.',
  contentFilter: "The provider's content filter stopped the answer.",
  stopped: 'Stopped.',
  answerTooLong: (chars: string) => `The answer passed ${chars} characters, so the rest was not downloaded.`,
  answerStalled: (host: string, duration: string, setting: string) => `The answer stalled: no answer text arrived from ${host} for ${duration} (${setting}), so it was stopped.`,
  malformedChunk: (host: string) => `The API at ${host} sent a malformed chunk (not valid JSON), so the answer stops here.`,
  connectionBroke: (host: string, code: string) => `The connection to ${host} broke before the answer was finished${code}. Try again.`,
  noAnswerSent: (host: string, setting: string) => `${host} ended the response without sending an answer. Is ${setting} an OpenAI-compatible chat API?`,
  noFinishReason: 'The stream ended without a finish reason, so the answer may be incomplete.',
  headerTimeout: (host: string, duration: string, setting: string) =>
    `No response from ${host} within ${duration} (${setting}). The server may be overloaded or unreachable; try again later.`,
  connectionRefused: (where: string, setting: string) => `Nothing is listening at ${where} (connection refused). Check ${setting} and that the server is running.`,
  dnsFailed: (hostname: string, code: string, setting: string) => `Could not find the host ${hostname} (DNS lookup failed, ${code}). Check ${setting} and your network connection.`,
  connectionReset: (where: string, code: string) => `The connection to ${where} was reset before an answer arrived (${code}). Try again; if it keeps happening, check proxies and firewalls.`,
  connectTimeout: (where: string, code: string, setting: string) => `Could not connect to ${where} in time (${code}). Check your network connection and ${setting}.`,
  hostUnreachable: (hostname: string, code: string) => `${hostname} cannot be reached from this machine (${code}). Check your network connection.`,
  certificateInvalid: (hostname: string, code: string, setting: string) => `The TLS certificate of ${hostname} could not be verified (${code}). Check ${setting}.`,
  badPort: (port: string, setting: string) => `Port ${port} is on the list of ports fetch refuses to use; run the server on another port and update ${setting}.`,
  connectFailed: (where: string, code: string, message: string) => `Could not connect to ${where}${code}: ${message}.`,
  stoppedBeforeSent: 'Stopped before anything was sent.',
  stoppedBeforeAnswer: 'Stopped before the API answered.',
  unexpectedWhileAsking: (host: string, detail: string) => `Unexpected error while asking ${host}: ${detail}`,
  couldNotReach: (host: string, detail: string) => `Could not reach ${host}: ${detail}.`,
  wrongHost: (host: string, setting: string, baseHost: string) => `Refusing to send the API key to ${host}: it is not the host of ${setting} (${baseHost}).`,
  redirected: (host: string, status: number | string, target: string, setting: string) =>
    `The API at host ${host} redirected (${status}) to ${target}; not following it. Check ${setting}.`,
  invalidJsonNotStream: (host: string, setting: string) => `${host} answered with invalid JSON instead of an event stream. Check ${setting}.`,
  /** A redirect the browser did not follow and hides (an opaque redirect: no status, no Location). */
  redirectedHidden: (host: string, setting: string) =>
    `The API at host ${host} redirected to another address (the browser does not say where); not following it. Check ${setting}.`,
  /** A request the browser refused without a reason (CORS or the network), in the web extension host. */
  browserUnreachable: (where: string, message: string, setting: string) =>
    `Could not reach ${where} from the browser (${message}). The endpoint may not allow requests from browser origins (CORS), ` +
    'or the network failed. In VS Code for the Web, use a language model that VS Code offers (aiSafety.llm.provider "vscode"), ' +
    `an endpoint or proxy that sends CORS headers for this origin (${setting}), or the desktop app.`,
  redirectTargetUnknown: 'another address',
  redirectTargetHost: (host: string) => `host ${host}`,
  htmlPage: (host: string, setting: string) =>
    `${host} answered with a web page (HTML), not an OpenAI-compatible API. Check ${setting} (for OpenAI it is https://api.openai.com/v1).`,
};

/** Why a key is refused, in some language; see {@link ENGLISH_API_KEY_MESSAGES}. */
export type ApiKeyMessages = { readonly [K in keyof typeof ENGLISH_API_KEY_MESSAGES]: string };

/** The texts in some language; see {@link ENGLISH_LLM_MESSAGES}. */
export type LlmMessages = { readonly [K in keyof typeof ENGLISH_LLM_MESSAGES]: (typeof ENGLISH_LLM_MESSAGES)[K] };
