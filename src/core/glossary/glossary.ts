/**
 * Lookup and validation of a glossary: id lookup, and integrity checks (used by the unit tests, and
 * available to anyone assembling their own glossary). The built-in data is loaded by `builtin.ts`,
 * kept apart so that code which only looks terms up does not carry the data with it.
 */

import { createTermMatcher, type Match, type TermMatcher } from '../matcher';
import type { Glossary, Term } from './types';
import { isTermId } from '../ids';
import { isHttpsUrl } from '../url';
import { ENGLISH_GLOSSARY_MESSAGES, type GlossaryMessages } from './messages';

/**
 * Id indexes, one per term list; a WeakMap so that throw-away glossaries (tests) are collected. Keyed
 * by the term list rather than the glossary object, so that a live glossary (one object whose `terms`
 * is replaced when a glossary file changes) is indexed afresh for each version.
 */
const indexCache = new WeakMap<readonly Term[], ReadonlyMap<string, Term>>();

/**
 * Looks a term up by its id in O(1). The index is built on first use for each glossary object and
 * cached; glossaries are treated as immutable, so do not mutate one after looking terms up in it.
 * When ids are duplicated (an invalid glossary), the first entry wins.
 *
 * @param glossary The glossary to search.
 * @param id A term id such as `mesa-optimizer`; anything else (including untrusted input) simply finds nothing.
 * @returns The term, or `undefined` when no term has that id.
 */
export function findTerm(glossary: Glossary, id: string): Term | undefined {
  const terms = glossary.terms;
  let index = indexCache.get(terms);
  if (!index) {
    const built = new Map<string, Term>();
    for (const term of terms) {
      if (!built.has(term.id)) {
        built.set(term.id, term);
      }
    }
    index = built;
    indexCache.set(terms, index);
  }
  return index.get(id);
}

/** Options for {@link validateGlossary}. */
export interface ValidateOptions {
  /**
   * Latest plausible publication year for a source. Defaults to the current calendar year;
   * tests pass a fixed value so that results do not depend on the clock.
   */
  readonly maxYear?: number;
  /** The matcher compiled from this glossary, when the caller has one (saves compiling it again). */
  readonly matcher?: TermMatcher;
  /** The problems' texts (English by default; a user glossary's diagnostics are translated). */
  readonly messages?: GlossaryMessages;
}

/** Earliest plausible publication year for a source. */
const MIN_YEAR = 1900;


/**
 * Normalises a display term or alias the way the matcher compares them: lower case, with runs of
 * hyphens, underscores, spaces and no-break spaces collapsed to one space, and trimmed.
 *
 * @param text A display term or alias.
 * @returns The normalised key used to detect two terms claiming the same words.
 */
export function normalizeTermKey(text: string): string {
  return text.toLowerCase().replace(/[-_\s\u00a0]+/g, ' ').trim();
}

/** Which part of a term a {@link GlossaryProblem} is about. */
export type GlossaryField = 'id' | 'term' | 'aliases' | 'related' | 'confusedWith' | 'definition' | 'explanation' | 'source';

/** One problem found by {@link validateGlossaryDetailed}, located for diagnostics in a user glossary. */
export interface GlossaryProblem {
  /** Id of the term concerned (as written, even when it is the problem). */
  readonly termId: string;
  /** The field concerned. */
  readonly field: GlossaryField;
  /** For `aliases`, `related` and `confusedWith`: index of the entry concerned. */
  readonly index?: number;
  /** Human-readable message naming the term (and the other term, for a collision). */
  readonly message: string;
}

/**
 * Checks a glossary's integrity and returns human-readable problems; an empty array means valid.
 * The messages of {@link validateGlossaryDetailed}; see there for what is checked.
 *
 * @param glossary The glossary to check.
 * @param options See {@link ValidateOptions}.
 * @returns One message per problem, naming the term id concerned.
 */
export function validateGlossary(glossary: Glossary, options: ValidateOptions = {}): string[] {
  return validateGlossaryDetailed(glossary, options).map((p) => p.message);
}

/**
 * Checks a glossary's integrity and returns located problems; an empty array means valid.
 * Checked: duplicate ids; ids that are not kebab-case; a display term or alias claimed by two terms
 * (compared after {@link normalizeTermKey}); a display term or alias that the matcher, compiled from
 * the whole glossary, does not find as exactly one match of its own term spanning the whole form
 * (another term's form takes it, as with an alias `rewardmodels` beside a term `reward model`, or
 * it is a generic word the matcher never matches); empty display terms or aliases; related ids that
 * do not resolve or point at the term itself; empty definitions or explanations; source links that
 * are not well-formed https URLs; missing source authors or work; implausible source years.
 *
 * @param glossary The glossary to check.
 * @param options See {@link ValidateOptions}.
 * @returns One problem per finding, with the term, field and alias or related index concerned.
 */
export function validateGlossaryDetailed(glossary: Glossary, options: ValidateOptions = {}): GlossaryProblem[] {
  const maxYear = options.maxYear ?? new Date().getFullYear();
  const m = options.messages ?? ENGLISH_GLOSSARY_MESSAGES;
  const problems: GlossaryProblem[] = [];
  const report = (termId: string, field: GlossaryField, message: string, index?: number): void => {
    problems.push(index === undefined ? { termId, field, message } : { termId, field, index, message });
  };
  const ids = new Set<string>();
  /** Normalised display term or alias -> id of the first term claiming it. */
  const claims = new Map<string, string>();
  const matcher = options.matcher ?? createTermMatcher(glossary);

  for (const term of glossary.terms) {
    if (ids.has(term.id)) {
      report(term.id, 'id', m.duplicateId(term.id));
    }
    ids.add(term.id);
    if (!isTermId(term.id)) {
      report(term.id, 'id', m.idNotKebabCaseShort(term.id));
    }
  }

  for (const term of glossary.terms) {
    const where = m.termNamed(term.id);

    const ownKeys = new Set<string>();
    const names = [term.term, ...term.aliases];
    names.forEach((name, i) => {
      const field: GlossaryField = i === 0 ? 'term' : 'aliases';
      const index = i === 0 ? undefined : i - 1;
      const key = normalizeTermKey(name);
      if (key === '') {
        report(term.id, field, m.emptyForm(where), index);
        return;
      }
      if (ownKeys.has(key)) {
        return; // The same words listed twice by one term is redundant but unambiguous.
      }
      ownKeys.add(key);
      const owner = claims.get(key);
      if (owner !== undefined && owner !== term.id) {
        report(term.id, field, m.formClaimedByOther(where, name, owner), index);
        return;
      }
      claims.set(key, term.id);
      const problem = matchProblem(matcher.findAll(name), name, term.id, m);
      if (problem !== undefined) {
        report(term.id, field, i === 0 ? m.displayTermProblem(where, name, problem) : m.aliasProblem(where, name, problem), index);
      }
    });

    term.related.forEach((relatedId, i) => {
      if (relatedId === term.id) {
        report(term.id, 'related', m.relatedIsSelf(where), i);
      } else if (!ids.has(relatedId)) {
        report(term.id, 'related', m.relatedUnresolved(where, relatedId), i);
      }
    });
    (term.confusedWith ?? []).forEach((confusion, i) => {
      if (confusion.id === term.id) {
        report(term.id, 'confusedWith', m.confusedWithIsSelf(where), i);
      } else if (!ids.has(confusion.id)) {
        report(term.id, 'confusedWith', m.confusedWithUnresolved(where, confusion.id), i);
      } else if (confusion.note.trim() === '') {
        report(term.id, 'confusedWith', m.confusedWithEmptyNote(where, confusion.id), i);
      }
    });

    if (term.definition.trim() === '') {
      report(term.id, 'definition', m.emptyDefinition(where));
    }
    if (term.explanation.trim() === '') {
      report(term.id, 'explanation', m.emptyExplanation(where));
    }

    const { source } = term;
    if (!source) {
      report(term.id, 'source', m.noSource(where));
      continue;
    }
    if (!isSourceUrl(source.url)) {
      report(term.id, 'source', m.sourceUrlMalformed(where, source.url));
    }
    if (source.authors.trim() === '') {
      report(term.id, 'source', m.sourceNoAuthors(where));
    }
    if (source.work.trim() === '') {
      report(term.id, 'source', m.sourceNoWork(where));
    }
    if (!Number.isInteger(source.year) || source.year < MIN_YEAR || source.year > maxYear) {
      report(term.id, 'source', m.sourceYearImplausible(where, source.year, MIN_YEAR, maxYear));
    }
  }

  return problems;
}

/**
 * What is wrong with the matches the matcher finds in a form on its own, or undefined when it finds
 * exactly one match of the form's own term spanning the whole form (surrounding spaces aside).
 */
function matchProblem(found: readonly Match[], form: string, id: string, m: GlossaryMessages): string | undefined {
  const start = form.length - form.trimStart().length;
  const end = form.trimEnd().length;
  const whole = found.length === 1 && found[0]?.start === start && found[0]?.end === end;
  if (whole && found[0]?.id === id) {
    return undefined;
  }
  const other = found.find((m) => m.id !== id);
  if (whole && other) {
    return m.matchedAsOther(other.id);
  }
  if (other) {
    return m.containsOther(form.slice(other.start, other.end), other.id);
  }
  if (found.length === 0) {
    return m.neverMatched;
  }
  return m.matchedInPart;
}

/**
 * A source link: the one https check of the core, and a dotted host name, since a published work
 * lives on the public web (`https://localhost/…` is a mistake in a glossary, not a source).
 */
function isSourceUrl(url: string): boolean {
  return isHttpsUrl(url) && new URL(url).hostname.includes('.');
}

/** Freezes a glossary, its term list and every term (with its arrays and source) in place. */
export function freezeGlossary(glossary: Glossary): Glossary {
  for (const term of glossary.terms) {
    Object.freeze(term.aliases);
    Object.freeze(term.related);
    for (const confusion of term.confusedWith ?? []) {
      Object.freeze(confusion);
    }
    Object.freeze(term.confusedWith);
    if (term.source) {
      Object.freeze(term.source);
    }
    Object.freeze(term);
  }
  Object.freeze(glossary.terms);
  return Object.freeze(glossary);
}
