/**
 * Finds the glossary entry a person or a model means by a name: exact id, display term or alias in
 * any spelling the matcher accepts, else the closest entries by name. Used by the `@aisafety /define`
 * chat command and the `aiSafety_lookupTerm` language-model tool.
 */
import { findTerm, normalizeTermKey } from './glossary/glossary';
import type { Glossary, Term } from './glossary/types';
import type { TermFinder } from './prompt';

/** Longest query looked up, in characters; anything longer is cut. */
export const MAX_QUERY_CHARS = 200;

/** How many close entries an unknown name gets. */
export const CLOSEST_COUNT = 3;

/** The entry found, or the entries closest to an unknown name. */
export type LookupResult =
  | { readonly found: true; readonly term: Term }
  | { readonly found: false; readonly closest: readonly Term[] };

/**
 * Looks `query` up: a term id, a display term or alias (case, hyphens, underscores and spaces do not
 * matter), or a text that is exactly one term in any form the matcher finds (plurals, derived forms);
 * else the {@link CLOSEST_COUNT} entries whose names are most alike.
 *
 * @param glossary The glossary to search.
 * @param finder The term matcher for `glossary`.
 * @param query What the user or model asked for (untrusted; cut to {@link MAX_QUERY_CHARS}).
 */
export function lookupTerm(glossary: Glossary, finder: Pick<TermFinder, 'findAll'>, query: string): LookupResult {
  const text = query.slice(0, MAX_QUERY_CHARS).trim();
  const byId = findTerm(glossary, text);
  if (byId) {
    return { found: true, term: byId };
  }
  const key = normalizeTermKey(text);
  if (key !== '') {
    const byName = glossary.terms.find((t) => [t.term, ...t.aliases].some((name) => normalizeTermKey(name) === key));
    if (byName) {
      return { found: true, term: byName };
    }
    const matches = finder.findAll(text);
    const only = matches.length === 1 ? matches[0] : undefined;
    const covered = only && text.slice(0, only.start).trim() === '' && /^[\s'’s.?!]*$/.test(text.slice(only.end));
    const term = only && covered ? findTerm(glossary, only.id) : undefined;
    if (term) {
      return { found: true, term };
    }
  }
  return { found: false, closest: closestTerms(glossary, key) };
}

/**
 * The entries whose display term or an alias is most alike `key` (Dice similarity of letter
 * trigrams), best first; ties keep glossary order.
 */
function closestTerms(glossary: Glossary, key: string): Term[] {
  const wanted = trigrams(key);
  const scored = glossary.terms.map((term, index) => {
    let best = 0;
    for (const name of [term.term, ...term.aliases, term.id]) {
      best = Math.max(best, dice(wanted, trigrams(normalizeTermKey(name))));
    }
    return { term, index, best };
  });
  scored.sort((a, b) => b.best - a.best || a.index - b.index);
  return scored.slice(0, CLOSEST_COUNT).map((s) => s.term);
}

/** Letter trigrams of a normalised name, padded so short names still have some. */
function trigrams(text: string): Set<string> {
  const padded = `  ${text.replace(/[^a-z0-9 ]/g, '')} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    grams.add(padded.slice(i, i + 3));
  }
  return grams;
}

/** Dice coefficient of two sets: 1 for equal sets, 0 for disjoint ones. */
function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) {
    return 0;
  }
  let shared = 0;
  for (const g of a) {
    if (b.has(g)) {
      shared++;
    }
  }
  return (2 * shared) / (a.size + b.size);
}
