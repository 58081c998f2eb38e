/**
 * What the glossary checks say about a glossary file (shown as diagnostics in the Problems panel).
 * The core cannot call `vscode.l10n.t`, so the checks take these texts as a parameter: English here
 * by default, translated by the adapter (src/l10n/coreMessages.ts). Each function only substitutes its
 * arguments, in order, so its English text with `{0}`, `{1}`… is the key of the translation bundle.
 */

/** The glossary checks' texts in English. */
export const ENGLISH_GLOSSARY_MESSAGES = {
  /** The file is larger than the parser reads. */
  fileTooLarge: (chars: number | string, max: number | string) => `The file is too large (${chars} characters; at most ${max} bytes are read).`,
  /** A JSON syntax error; the detail is jsonc-parser's error code in words. */
  invalidJson: (detail: string) => `Invalid JSON: ${detail}.`,
  fileEmpty: 'The file is empty: expected an object with a "terms" list.',
  notAnObject: 'Expected an object with a "terms" list.',
  unknownRootProperty: (key: string) => `Unknown property "${key}" is ignored (expected "terms", "disable" or "$schema").`,
  termsNotAList: '"terms" must be a list of term entries.',
  tooManyTerms: (count: number | string, max: number | string) => `"terms" has ${count} entries; at most ${max} are read.`,
  disableNotAList: '"disable" must be a list of term ids.',
  disableEntryNotAnId: '"disable" entries must be term ids in lower-case kebab-case, such as "scheming".',
  /** How an entry without a usable "term" is named: by its position. */
  termNumber: (index: number | string) => `Term ${index}`,
  /** How an entry (or a term of the merged glossary) is named: by its term or id. */
  termNamed: (term: string) => `Term "${term}"`,
  /** A problem inside one entry, which is skipped (the file's other entries apply). */
  entrySkipped: (problem: string) => `${problem} This entry is skipped until it is fixed; the other entries apply.`,
  entryNotAnObject: (name: string) => `${name} must be an object with at least "term" and "definition".`,
  unknownTermProperty: (name: string, key: string) => `${name}: unknown property "${key}" is ignored.`,
  fieldMissing: (name: string, key: string) => `${name} has no "${key}".`,
  fieldNotAString: (name: string, key: string) => `${name}: "${key}" must be a string.`,
  fieldTooLong: (name: string, key: string, max: number | string) => `${name}: "${key}" is longer than ${max} characters.`,
  fieldEmpty: (name: string, key: string) => `${name}: "${key}" is empty.`,
  fieldNotAList: (name: string, key: string) => `${name}: "${key}" must be a list of strings.`,
  listEntryNotAString: (name: string, key: string) => `${name}: every entry of "${key}" must be a string.`,
  idNotKebabCase: (name: string) => `${name}: "id" must be lower-case kebab-case (letters and digits joined by hyphens), such as "lantern-probe".`,
  noDerivedId: (name: string) => `${name}: no id can be derived from "term"; add an "id".`,
  ambiguousNotABoolean: (name: string) => `${name}: "ambiguous" must be true or false.`,
  sourceNotAnObject: (name: string) => `${name}: "source" must be an object with "authors", "work", "year" and "url".`,
  unknownSourceProperty: (name: string, key: string) => `${name}: unknown source property "${key}" is ignored.`,
  sourceFieldMissing: (name: string, key: string) => `${name}: the source has no "${key}".`,
  sourceFieldNotAString: (name: string, key: string) => `${name}: the source's "${key}" must be a string.`,
  sourceYearNotAWholeNumber: (name: string) => `${name}: the source's "year" must be a whole number, such as 2026.`,
  sourceRoleInvalid: (name: string) => `${name}: the source's "role" must be "coined" or "canonical".`,
  /** A file term whose id an earlier one (`{1}`: where) already has. */
  duplicateIdInFiles: (id: string, where: string) => `Duplicate id "${id}": a term with this id is already defined ${where}; this one is ignored.`,
  earlierInThisFile: 'earlier in this file',
  inFile: (label: string) => `in ${label}`,
  disableUnknownId: (id: string) => `"disable" names "${id}", which is no term of the glossary; it has no effect.`,
  sourceLinkNotHttps: (name: string) => `${name}: the source link must be an https URL; it is shown as text and never opened.`,
  duplicateId: (id: string) => `Duplicate id "${id}".`,
  idNotKebabCaseShort: (id: string) => `Id "${id}" is not lower-case kebab-case.`,
  emptyForm: (name: string) => `${name} has an empty display term or alias.`,
  formClaimedByOther: (name: string, form: string, owner: string) => `${name} claims "${form}", which is already claimed by "${owner}".`,
  /** `{2}` is one of the match problems below. */
  displayTermProblem: (name: string, form: string, problem: string) => `${name}: display term "${form}" ${problem}`,
  aliasProblem: (name: string, form: string, problem: string) => `${name}: alias "${form}" ${problem}`,
  relatedIsSelf: (name: string) => `${name} lists itself as related.`,
  relatedUnresolved: (name: string, id: string) => `${name} has an unresolved related id "${id}".`,
  confusedWithIsSelf: (name: string) => `${name} lists itself as confused with.`,
  confusedWithUnresolved: (name: string, id: string) => `${name} has an unresolved confused-with id "${id}".`,
  confusedWithEmptyNote: (name: string, id: string) => `${name} has an empty note for "${id}".`,
  emptyDefinition: (name: string) => `${name} has an empty definition.`,
  emptyExplanation: (name: string) => `${name} has an empty explanation.`,
  noSource: (name: string) => `${name} has no source.`,
  sourceUrlMalformed: (name: string, url: string) => `${name} has a source link that is not a well-formed https URL: "${url}".`,
  sourceNoAuthors: (name: string) => `${name} has a source without authors.`,
  sourceNoWork: (name: string) => `${name} has a source without a work title.`,
  sourceYearImplausible: (name: string, year: number | string, min: number | string, max: number | string) =>
    `${name} has an implausible source year ${year} (expected ${min}–${max}).`,
  matchedAsOther: (other: string) => `is matched as "${other}", so it can never match its own term.`,
  containsOther: (text: string, other: string) => `contains "${text}", matched as "${other}", so it can never match its own term as a whole.`,
  neverMatched: 'is never matched: it is a generic word, a single character, or has characters a term cannot contain.',
  matchedInPart: 'is matched only in part, so it can never match its own term as written.',
};

/** The glossary checks' texts, in some language; see {@link ENGLISH_GLOSSARY_MESSAGES}. */
export type GlossaryMessages = { readonly [K in keyof typeof ENGLISH_GLOSSARY_MESSAGES]: (typeof ENGLISH_GLOSSARY_MESSAGES)[K] };
