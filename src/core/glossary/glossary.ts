/**
 * Lookup and validation of a glossary: id lookup, and integrity checks (used by the unit tests, and
 * available to anyone assembling their own glossary). The built-in data is loaded by `builtin.ts`,
 * kept apart so that code which only looks terms up does not carry the data with it.
 */

import type { Glossary, Term } from './types';

/** Id indexes, one per glossary object; a WeakMap so that throw-away glossaries (tests) are collected. */
const indexCache = new WeakMap<Glossary, ReadonlyMap<string, Term>>();

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
  let index = indexCache.get(glossary);
  if (!index) {
    const built = new Map<string, Term>();
    for (const term of glossary.terms) {
      if (!built.has(term.id)) {
        built.set(term.id, term);
      }
    }
    index = built;
    indexCache.set(glossary, index);
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
}

/** Earliest plausible publication year for a source. */
const MIN_YEAR = 1900;

/** Lower-case kebab-case: words of `a-z`/`0-9` joined by single hyphens. */
const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

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

/**
 * Checks a glossary's integrity and returns human-readable problems; an empty array means valid.
 * Checked: duplicate ids; ids that are not kebab-case; a display term or alias claimed by two terms
 * (compared after {@link normalizeTermKey}); empty display terms or aliases; related ids that do not
 * resolve or point at the term itself; empty definitions or explanations; source links that are not
 * well-formed https URLs; missing source authors or work; implausible source years.
 *
 * @param glossary The glossary to check.
 * @param options See {@link ValidateOptions}.
 * @returns One message per problem, naming the term id concerned.
 */
export function validateGlossary(glossary: Glossary, options: ValidateOptions = {}): string[] {
  const maxYear = options.maxYear ?? new Date().getFullYear();
  const problems: string[] = [];
  const ids = new Set<string>();
  /** Normalised display term or alias -> id of the first term claiming it. */
  const claims = new Map<string, string>();

  for (const term of glossary.terms) {
    if (ids.has(term.id)) {
      problems.push(`Duplicate id "${term.id}".`);
    }
    ids.add(term.id);
    if (!KEBAB_CASE.test(term.id)) {
      problems.push(`Id "${term.id}" is not lower-case kebab-case.`);
    }
  }

  for (const term of glossary.terms) {
    const where = `Term "${term.id}"`;

    const ownKeys = new Set<string>();
    for (const name of [term.term, ...term.aliases]) {
      const key = normalizeTermKey(name);
      if (key === '') {
        problems.push(`${where} has an empty display term or alias.`);
        continue;
      }
      if (ownKeys.has(key)) {
        continue; // The same words listed twice by one term is redundant but unambiguous.
      }
      ownKeys.add(key);
      const owner = claims.get(key);
      if (owner !== undefined && owner !== term.id) {
        problems.push(`${where} claims "${name}", which is already claimed by "${owner}".`);
      } else {
        claims.set(key, term.id);
      }
    }

    for (const relatedId of term.related) {
      if (relatedId === term.id) {
        problems.push(`${where} lists itself as related.`);
      } else if (!ids.has(relatedId)) {
        problems.push(`${where} has an unresolved related id "${relatedId}".`);
      }
    }

    if (term.definition.trim() === '') {
      problems.push(`${where} has an empty definition.`);
    }
    if (term.explanation.trim() === '') {
      problems.push(`${where} has an empty explanation.`);
    }

    const { source } = term;
    if (!isHttpsUrl(source.url)) {
      problems.push(`${where} has a source link that is not a well-formed https URL: "${source.url}".`);
    }
    if (source.authors.trim() === '') {
      problems.push(`${where} has a source without authors.`);
    }
    if (source.work.trim() === '') {
      problems.push(`${where} has a source without a work title.`);
    }
    if (!Number.isInteger(source.year) || source.year < MIN_YEAR || source.year > maxYear) {
      problems.push(`${where} has an implausible source year ${source.year} (expected ${MIN_YEAR}–${maxYear}).`);
    }
  }

  return problems;
}

/**
 * True for an absolute https URL with a dotted host name and no whitespace. A hand-written check
 * keeps the core free of any dependence on a URL implementation.
 */
function isHttpsUrl(url: string): boolean {
  return /^https:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d+)?(?:[/?#]\S*)?$/i.test(url);
}

/** Freezes a glossary, its term list and every term (with its arrays and source) in place. */
export function freezeGlossary(glossary: Glossary): Glossary {
  for (const term of glossary.terms) {
    Object.freeze(term.aliases);
    Object.freeze(term.related);
    Object.freeze(term.source);
    Object.freeze(term);
  }
  Object.freeze(glossary.terms);
  return Object.freeze(glossary);
}
