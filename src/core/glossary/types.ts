/**
 * Types of the AI-safety glossary. The glossary is the single source of truth read by the hover,
 * the sidebar, the LLM prompt builder and the tests.
 */

/** A published work: who wrote it, what it is called, when it appeared and where to read it. */
export interface Provenance {
  /** Authors of the work, e.g. "Hubinger, van Merwijk, Mikulik, Skalse and Garrabrant". */
  readonly authors: string;
  /** Title of the work. */
  readonly work: string;
  /** Year the work appeared. */
  readonly year: number;
  /** https link to the work (arXiv, publisher or the authors' own publication page). */
  readonly url: string;
}

/**
 * What a cited work is to a term, so that no card claims more than the record supports:
 * - `coined`: the work introduced or named the term (in the sense the card defines);
 * - `canonical`: the standard reference for the term, which did not coin it (the term is older,
 *   its origin is diffuse, or the coining work is not the one readers should go to).
 */
export type SourceRole = 'coined' | 'canonical';

/** A term's source: a work and what that work is to the term. */
export interface TermSource extends Provenance {
  /** Whether the work coined the term or is its canonical reference. Cards say "Coined in" or "See". */
  readonly role: SourceRole;
}

/** A nearby term that readers often mix up with this one, and how the two differ. */
export interface Confusion {
  /** Id of the other term; must resolve in the same glossary. */
  readonly id: string;
  /** One sentence, in our own words, on how the two differ. */
  readonly note: string;
}

/** One glossary entry. */
export interface Term {
  /** Stable id, lower-case kebab-case (e.g. `mesa-optimizer`); used in links, settings and state. */
  readonly id: string;
  /** Display form of the term (e.g. "Mesa-optimizer"). The matcher also recognises it in text. */
  readonly term: string;
  /**
   * Other ways people write it: spelling variants (British -ise/-isation), abbreviations (RLHF, ELK),
   * and true synonyms. Plurals, possessives and derived forms (hacked, situationally aware, schemer)
   * are the matcher's job and need not be listed.
   */
  readonly aliases: readonly string[];
  /** One sentence that defines the term, in our own words. */
  readonly definition: string;
  /** A short explanation (two to four sentences) in our own words. */
  readonly explanation: string;
  /** A real case or concrete example, where one helps. */
  readonly example?: string;
  /** Ids of related terms; each must resolve to a term in the same glossary. */
  readonly related: readonly string[];
  /** Terms often mixed up with this one, each with a note on the difference. */
  readonly confusedWith?: readonly Confusion[];
  /**
   * True when the term's words have other common senses outside AI safety (quantum superposition,
   * a security red team, a novel's scheming). Set from measurements on real text, never by guess.
   * An ambiguous term is annotated only where the document is about AI safety.
   */
  readonly ambiguous?: boolean;
  /**
   * The work that coined the term, or its canonical reference. Every built-in term has one; a term
   * from a user's glossary file may have none.
   */
  readonly source?: TermSource;
}

/** A loaded glossary. */
export interface Glossary {
  /** All terms, in display order. */
  readonly terms: readonly Term[];
}

/** A source whose work introduced or named the term. */
export function coined(work: Provenance): TermSource {
  return { ...work, role: 'coined' };
}

/** A source that is the term's standard reference but did not coin it. */
export function canonical(work: Provenance): TermSource {
  return { ...work, role: 'canonical' };
}
