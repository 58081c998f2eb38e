/**
 * The vscode-free modules' user-facing words, translated. The core and the other modules that unit
 * tests load in plain Node cannot call `vscode.l10n.t`, so each takes a messages object (English by
 * default) and the adapters pass the one built here. Every text is a literal `vscode.l10n.t` call, so
 * `npm run l10n` finds it; the unit tests check that each English default is a key of the bundle.
 */
import * as vscode from 'vscode';
import type { GlossaryMessages } from '../core/glossary/messages';
import type { HoverLabels } from '../core/hoverContent';
import type { ApiKeyMessages, LlmMessages } from '../core/llmMessages';

/** The hover card's words (also the chat participant's /define card). */
export function hoverLabels(): HoverLabels {
  return {
    also: (aliases) => vscode.l10n.t('Also: {0}', aliases),
    coinedIn: vscode.l10n.t('Coined in'),
    see: vscode.l10n.t('See'),
    notConfusedWith: vscode.l10n.t('Not to be confused with'),
    related: (names) => vscode.l10n.t('Related: {0}', names),
    openInExplainer: vscode.l10n.t('Open in explainer'),
    openInExplainerTitle: vscode.l10n.t('Show this term in the AI Safety sidebar'),
    explainWithLlm: vscode.l10n.t('Explain with LLM'),
    explainWithLlmTitle: vscode.l10n.t('Ask the configured chat model about this term'),
  };
}

/** What the glossary checks say about a glossary file (its diagnostics in the Problems panel). */
export function glossaryMessages(): GlossaryMessages {
  return {
    fileTooLarge: (chars: number | string, max: number | string) => vscode.l10n.t('The file is too large ({0} characters; at most {1} bytes are read).', chars, max),
    invalidJson: (detail: string) => vscode.l10n.t('Invalid JSON: {0}.', detail),
    fileEmpty: vscode.l10n.t('The file is empty: expected an object with a "terms" list.'),
    notAnObject: vscode.l10n.t('Expected an object with a "terms" list.'),
    unknownRootProperty: (key: string) => vscode.l10n.t('Unknown property "{0}" is ignored (expected "terms", "disable" or "$schema").', key),
    termsNotAList: vscode.l10n.t('"terms" must be a list of term entries.'),
    tooManyTerms: (count: number | string, max: number | string) => vscode.l10n.t('"terms" has {0} entries; at most {1} are read.', count, max),
    disableNotAList: vscode.l10n.t('"disable" must be a list of term ids.'),
    disableEntryNotAnId: vscode.l10n.t('"disable" entries must be term ids in lower-case kebab-case, such as "scheming".'),
    termNumber: (index: number | string) => vscode.l10n.t('Term {0}', index),
    termNamed: (term: string) => vscode.l10n.t('Term "{0}"', term),
    entrySkipped: (problem: string) => vscode.l10n.t('{0} This entry is skipped until it is fixed; the other entries apply.', problem),
    entryNotAnObject: (name: string) => vscode.l10n.t('{0} must be an object with at least "term" and "definition".', name),
    unknownTermProperty: (name: string, key: string) => vscode.l10n.t('{0}: unknown property "{1}" is ignored.', name, key),
    fieldMissing: (name: string, key: string) => vscode.l10n.t('{0} has no "{1}".', name, key),
    fieldNotAString: (name: string, key: string) => vscode.l10n.t('{0}: "{1}" must be a string.', name, key),
    fieldTooLong: (name: string, key: string, max: number | string) => vscode.l10n.t('{0}: "{1}" is longer than {2} characters.', name, key, max),
    fieldEmpty: (name: string, key: string) => vscode.l10n.t('{0}: "{1}" is empty.', name, key),
    fieldNotAList: (name: string, key: string) => vscode.l10n.t('{0}: "{1}" must be a list of strings.', name, key),
    listEntryNotAString: (name: string, key: string) => vscode.l10n.t('{0}: every entry of "{1}" must be a string.', name, key),
    idNotKebabCase: (name: string) => vscode.l10n.t('{0}: "id" must be lower-case kebab-case (letters and digits joined by hyphens), such as "lantern-probe".', name),
    noDerivedId: (name: string) => vscode.l10n.t('{0}: no id can be derived from "term"; add an "id".', name),
    ambiguousNotABoolean: (name: string) => vscode.l10n.t('{0}: "ambiguous" must be true or false.', name),
    sourceNotAnObject: (name: string) => vscode.l10n.t('{0}: "source" must be an object with "authors", "work", "year" and "url".', name),
    unknownSourceProperty: (name: string, key: string) => vscode.l10n.t('{0}: unknown source property "{1}" is ignored.', name, key),
    sourceFieldMissing: (name: string, key: string) => vscode.l10n.t('{0}: the source has no "{1}".', name, key),
    sourceFieldNotAString: (name: string, key: string) => vscode.l10n.t('{0}: the source\'s "{1}" must be a string.', name, key),
    sourceYearNotAWholeNumber: (name: string) => vscode.l10n.t('{0}: the source\'s "year" must be a whole number, such as 2026.', name),
    sourceRoleInvalid: (name: string) => vscode.l10n.t('{0}: the source\'s "role" must be "coined" or "canonical".', name),
    duplicateIdInFiles: (id: string, where: string) => vscode.l10n.t('Duplicate id "{0}": a term with this id is already defined {1}; this one is ignored.', id, where),
    earlierInThisFile: vscode.l10n.t('earlier in this file'),
    inFile: (label: string) => vscode.l10n.t('in {0}', label),
    disableUnknownId: (id: string) => vscode.l10n.t('"disable" names "{0}", which is no term of the glossary; it has no effect.', id),
    sourceLinkNotHttps: (name: string) => vscode.l10n.t('{0}: the source link must be an https URL; it is shown as text and never opened.', name),
    duplicateId: (id: string) => vscode.l10n.t('Duplicate id "{0}".', id),
    idNotKebabCaseShort: (id: string) => vscode.l10n.t('Id "{0}" is not lower-case kebab-case.', id),
    emptyForm: (name: string) => vscode.l10n.t('{0} has an empty display term or alias.', name),
    formClaimedByOther: (name: string, form: string, owner: string) => vscode.l10n.t('{0} claims "{1}", which is already claimed by "{2}".', name, form, owner),
    displayTermProblem: (name: string, form: string, problem: string) => vscode.l10n.t('{0}: display term "{1}" {2}', name, form, problem),
    aliasProblem: (name: string, form: string, problem: string) => vscode.l10n.t('{0}: alias "{1}" {2}', name, form, problem),
    relatedIsSelf: (name: string) => vscode.l10n.t('{0} lists itself as related.', name),
    relatedUnresolved: (name: string, id: string) => vscode.l10n.t('{0} has an unresolved related id "{1}".', name, id),
    confusedWithIsSelf: (name: string) => vscode.l10n.t('{0} lists itself as confused with.', name),
    confusedWithUnresolved: (name: string, id: string) => vscode.l10n.t('{0} has an unresolved confused-with id "{1}".', name, id),
    confusedWithEmptyNote: (name: string, id: string) => vscode.l10n.t('{0} has an empty note for "{1}".', name, id),
    emptyDefinition: (name: string) => vscode.l10n.t('{0} has an empty definition.', name),
    emptyExplanation: (name: string) => vscode.l10n.t('{0} has an empty explanation.', name),
    noSource: (name: string) => vscode.l10n.t('{0} has no source.', name),
    sourceUrlMalformed: (name: string, url: string) => vscode.l10n.t('{0} has a source link that is not a well-formed https URL: "{1}".', name, url),
    sourceNoAuthors: (name: string) => vscode.l10n.t('{0} has a source without authors.', name),
    sourceNoWork: (name: string) => vscode.l10n.t('{0} has a source without a work title.', name),
    sourceYearImplausible: (name: string, year: number | string, min: number | string, max: number | string) => vscode.l10n.t('{0} has an implausible source year {1} (expected {2}–{3}).', name, year, min, max),
    matchedAsOther: (other: string) => vscode.l10n.t('is matched as "{0}", so it can never match its own term.', other),
    containsOther: (text: string, other: string) => vscode.l10n.t('contains "{0}", matched as "{1}", so it can never match its own term as a whole.', text, other),
    neverMatched: vscode.l10n.t('is never matched: it is a generic word, a single character, or has characters a term cannot contain.'),
    matchedInPart: vscode.l10n.t('is matched only in part, so it can never match its own term as written.'),
  };
}

/** Why an API key typed or pasted in the key prompt is refused. */
export function apiKeyMessages(): ApiKeyMessages {
  return {
    apiKeyEmpty: vscode.l10n.t('Enter an API key (it is stored in VS Code SecretStorage).'),
    apiKeySpaces: vscode.l10n.t('An API key has no spaces or line breaks inside it; paste only the key.'),
    apiKeyNotAscii: vscode.l10n.t('An API key contains only printable ASCII characters; paste only the key.'),
    apiKeyTooLong: vscode.l10n.t('That is too long for an API key; paste only the key.'),
  };
}

/**
 * The reason an answer cut off by a reload gets. Apart from {@link llmMessages} because the sidebar
 * needs it at activation, and the rest is loaded only with the LLM commands (`dist/llmHost.js`).
 */
export function interruptedByReloadText(): string {
  return vscode.l10n.t('The window was closed or reloaded while this answer was arriving.');
}

/** What the LLM settings checks, the language-model errors and the explain command say. */
export function llmMessages(): LlmMessages {
  return {
    baseUrlEmpty: (setting: string, example: string) => vscode.l10n.t('{0} is empty. Set it to your chat API\'s base URL, for example {1}.', setting, example),
    baseUrlSpaces: (setting: string, example: string) => vscode.l10n.t('{0} contains spaces. Use a single address such as {1}.', setting, example),
    baseUrlInvalid: (setting: string, example: string) => vscode.l10n.t('{0} is not a valid URL. Use a full address such as {1}.', setting, example),
    baseUrlScheme: (setting: string, scheme: string, loopback: string) => vscode.l10n.t('{0} must start with https:// (it uses "{1}"). Plain http:// is allowed only for a server on this machine ({2}).', setting, scheme, loopback),
    baseUrlCredentials: (setting: string) => vscode.l10n.t('{0} must not contain a user name or password. The API key is kept in SecretStorage and sent in a header; run "AI Safety: Set API Key…" to change it.', setting),
    baseUrlQuery: (setting: string, example: string) => vscode.l10n.t('{0} must not contain a query (?…) or fragment (#…). Give only the base address, such as {1}.', setting, example),
    baseUrlPlainHttp: (setting: string, host: string, loopback: string) => vscode.l10n.t('{0} uses http:// for {1}, which would send your API key unencrypted. Use https://, or http:// only for a server on this machine ({2}).', setting, host, loopback),
    modelEmpty: (setting: string, example: string) => vscode.l10n.t('{0} is empty. Set it to a chat model id, for example {1}.', setting, example),
    modelTooLong: (setting: string, length: number | string, max: number | string) => vscode.l10n.t('{0} is {1} characters long; model ids are at most {2}.', setting, length, max),
    modelCharacters: (setting: string, example: string) => vscode.l10n.t('{0} may contain only letters, digits and . _ - : / @ + (and must start with a letter or digit), for example {1}.', setting, example),
    timeoutRange: (setting: string, min: number | string, max: number | string) => vscode.l10n.t('{0} must be a number of seconds from {1} to {2}.', setting, min, max),
    modelSelectorInvalid: vscode.l10n.t('aiSafety.llm.vscodeModel must look like vendor/family or vendor/family/id (for example copilot/gpt-4o), or be empty.'),
    lmNoPermissions: (model: string) => vscode.l10n.t('VS Code did not allow AI Safety Annotations to use {0}. Allow it when VS Code asks, or under Accounts → Manage Language Model Access, then try again.', model),
    lmBlocked: (model: string) => vscode.l10n.t('{0} refused the request: it was blocked, for example by a quota or rate limit. Wait and try again, or pick another model with "AI Safety: Choose Language Model…".', model),
    lmBlockedDetail: (model: string, detail: string) => vscode.l10n.t('{0} refused the request: it was blocked, for example by a quota or rate limit. ({1}) Wait and try again, or pick another model with "AI Safety: Choose Language Model…".', model, detail),
    lmNotFound: (model: string) => vscode.l10n.t('{0} is no longer available. Pick another model with "AI Safety: Choose Language Model…".', model),
    lmFailed: (model: string) => vscode.l10n.t('{0} failed. Try again, or pick another model with "AI Safety: Choose Language Model…".', model),
    lmFailedDetail: (model: string, detail: string) => vscode.l10n.t('{0} failed: {1}. Try again, or pick another model with "AI Safety: Choose Language Model…".', model, detail),
    noModelMatching: (selector: string) => vscode.l10n.t('VS Code offers no language model matching "{0}" (aiSafety.llm.vscodeModel). Pick one with "AI Safety: Choose Language Model…", or install or sign in to a model provider such as GitHub Copilot.', selector),
    noModel: vscode.l10n.t('VS Code offers no language model. Install or sign in to a model provider such as GitHub Copilot, or set aiSafety.llm.provider to "openai" and use an API key.'),
    interruptedByReload: interruptedByReloadText(),
    noTermWithId: (id: string) => vscode.l10n.t('AI Safety: no glossary term with id \'{0}\'.', id),
    nothingToExplain: vscode.l10n.t('AI Safety: nothing to explain here. Put the cursor on an AI-safety term such as "mesa-optimizer", or select some text, then run "Explain Term with LLM" again.'),
    apiKeyRejected: (host: string, status: string) => vscode.l10n.t('The API at {0} rejected the API key ({1}). Run "AI Safety: Set API Key…" to store a valid key.', host, status),
    modelRefused: (host: string, status: string, extra: string, model: string, setting: string) => vscode.l10n.t('The API at {0} refused the request ({1}).{2} Check that your key may use model "{3}" ({4}).', host, status, extra, model, setting),
    notFoundAnswer: (host: string, status: string, extra: string, modelSetting: string, model: string, baseUrlSetting: string) => vscode.l10n.t('The API at {0} answered {1}.{2} Check {3} ("{4}") and {5} (it usually ends in /v1).', host, status, extra, modelSetting, model, baseUrlSetting),
    rateLimited: (host: string, status: string, extra: string, when: string) => vscode.l10n.t('The API at {0} is rate-limiting requests ({1}).{2} {3} If it persists, check your plan\'s limits and quota.', host, status, extra, when),
    retryInSeconds: (seconds: number | string) => vscode.l10n.t('Try again in {0} s.', seconds),
    retrySoon: vscode.l10n.t('Wait a little and try again.'),
    serverError: (host: string, status: string) => vscode.l10n.t('The API at {0} had a server error ({1}). Try again later.', host, status),
    requestRejected: (host: string, status: string, extra: string) => vscode.l10n.t('The API at {0} rejected the request ({1}).{2}', host, status, extra),
    errorResponseTooLarge: vscode.l10n.t('Its error response was too large to read.'),
    reportedError: (host: string, details: string) => vscode.l10n.t('The API at {0} reported an error{1}, so the answer stops here.', host, details),
    reportedErrorMidAnswer: (host: string, details: string) => vscode.l10n.t('The API at {0} reported an error mid-answer{1}, so the answer stops here.', host, details),
    responseTooLarge: (host: string, size: string) => vscode.l10n.t('The response from {0} was too large: it passed {1} (after decompression), so the rest was not downloaded.', host, size),
    answerTimeLimit: (duration: string, setting: string) => vscode.l10n.t('The answer took longer than {0} ({1}), so it was stopped.', duration, setting),
    outputLengthLimit: vscode.l10n.t('The model stopped at its output length limit, so the answer is cut short.'),
    contentFilter: vscode.l10n.t('The provider\'s content filter stopped the answer.'),
    stopped: vscode.l10n.t('Stopped.'),
    answerTooLong: (chars: string) => vscode.l10n.t('The answer passed {0} characters, so the rest was not downloaded.', chars),
    answerStalled: (host: string, duration: string, setting: string) => vscode.l10n.t('The answer stalled: no answer text arrived from {0} for {1} ({2}), so it was stopped.', host, duration, setting),
    malformedChunk: (host: string) => vscode.l10n.t('The API at {0} sent a malformed chunk (not valid JSON), so the answer stops here.', host),
    connectionBroke: (host: string, code: string) => vscode.l10n.t('The connection to {0} broke before the answer was finished{1}. Try again.', host, code),
    noAnswerSent: (host: string, setting: string) => vscode.l10n.t('{0} ended the response without sending an answer. Is {1} an OpenAI-compatible chat API?', host, setting),
    noFinishReason: vscode.l10n.t('The stream ended without a finish reason, so the answer may be incomplete.'),
    headerTimeout: (host: string, duration: string, setting: string) => vscode.l10n.t('No response from {0} within {1} ({2}). The server may be overloaded or unreachable; try again later.', host, duration, setting),
    connectionRefused: (where: string, setting: string) => vscode.l10n.t('Nothing is listening at {0} (connection refused). Check {1} and that the server is running.', where, setting),
    dnsFailed: (hostname: string, code: string, setting: string) => vscode.l10n.t('Could not find the host {0} (DNS lookup failed, {1}). Check {2} and your network connection.', hostname, code, setting),
    connectionReset: (where: string, code: string) => vscode.l10n.t('The connection to {0} was reset before an answer arrived ({1}). Try again; if it keeps happening, check proxies and firewalls.', where, code),
    connectTimeout: (where: string, code: string, setting: string) => vscode.l10n.t('Could not connect to {0} in time ({1}). Check your network connection and {2}.', where, code, setting),
    hostUnreachable: (hostname: string, code: string) => vscode.l10n.t('{0} cannot be reached from this machine ({1}). Check your network connection.', hostname, code),
    certificateInvalid: (hostname: string, code: string, setting: string) => vscode.l10n.t('The TLS certificate of {0} could not be verified ({1}). Check {2}.', hostname, code, setting),
    badPort: (port: string, setting: string) => vscode.l10n.t('Port {0} is on the list of ports fetch refuses to use; run the server on another port and update {1}.', port, setting),
    connectFailed: (where: string, code: string, message: string) => vscode.l10n.t('Could not connect to {0}{1}: {2}.', where, code, message),
    stoppedBeforeSent: vscode.l10n.t('Stopped before anything was sent.'),
    stoppedBeforeAnswer: vscode.l10n.t('Stopped before the API answered.'),
    unexpectedWhileAsking: (host: string, detail: string) => vscode.l10n.t('Unexpected error while asking {0}: {1}', host, detail),
    couldNotReach: (host: string, detail: string) => vscode.l10n.t('Could not reach {0}: {1}.', host, detail),
    wrongHost: (host: string, setting: string, baseHost: string) => vscode.l10n.t('Refusing to send the API key to {0}: it is not the host of {1} ({2}).', host, setting, baseHost),
    redirected: (host: string, status: number | string, target: string, setting: string) => vscode.l10n.t('The API at host {0} redirected ({1}) to {2}; not following it. Check {3}.', host, status, target, setting),
    invalidJsonNotStream: (host: string, setting: string) => vscode.l10n.t('{0} answered with invalid JSON instead of an event stream. Check {1}.', host, setting),
    redirectedHidden: (host: string, setting: string) => vscode.l10n.t('The API at host {0} redirected to another address (the browser does not say where); not following it. Check {1}.', host, setting),
    browserUnreachable: (where: string, message: string, setting: string) =>
      vscode.l10n.t('Could not reach {0} from the browser ({1}). The endpoint may not allow requests from browser origins (CORS), or the network failed. In VS Code for the Web, use a language model that VS Code offers (aiSafety.llm.provider "vscode"), an endpoint or proxy that sends CORS headers for this origin ({2}), or the desktop app.', where, message, setting),
    redirectTargetUnknown: vscode.l10n.t('another address'),
    redirectTargetHost: (host: string) => vscode.l10n.t('host {0}', host),
    htmlPage: (host: string, setting: string) => vscode.l10n.t('{0} answered with a web page (HTML), not an OpenAI-compatible API. Check {1} (for OpenAI it is https://api.openai.com/v1).', host, setting),

  };
}
