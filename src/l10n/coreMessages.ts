/**
 * The vscode-free modules' user-facing words, translated. The core and the other modules that unit
 * tests load in plain Node cannot call `vscode.l10n.t`, so each takes a messages object (English by
 * default) and the adapters pass the one built here. Every text is a literal `vscode.l10n.t` call, so
 * `npm run l10n` finds it; the unit tests check that each English default is a key of the bundle.
 */
import * as vscode from 'vscode';
import type { GlossaryMessages } from '../core/glossary/messages';
import type { HoverLabels } from '../core/hoverContent';
import type { LlmMessages } from '../core/llmMessages';

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
    apiKeyEmpty: vscode.l10n.t('Enter an API key (it is stored in VS Code SecretStorage).'),
    apiKeySpaces: vscode.l10n.t('An API key has no spaces or line breaks inside it; paste only the key.'),
    apiKeyNotAscii: vscode.l10n.t('An API key contains only printable ASCII characters; paste only the key.'),
    apiKeyTooLong: vscode.l10n.t('That is too long for an API key; paste only the key.'),
    interruptedByReload: vscode.l10n.t('The window was closed or reloaded while this answer was arriving.'),
    noTermWithId: (id: string) => vscode.l10n.t('AI Safety: no glossary term with id \'{0}\'.', id),
    nothingToExplain: vscode.l10n.t('AI Safety: nothing to explain here. Put the cursor on an AI-safety term such as "mesa-optimizer", or select some text, then run "Explain Term with LLM" again.'),
  };
}
