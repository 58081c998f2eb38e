/**
 * Types of the AI-safety glossary. The glossary is the single source of truth read by the hover,
 * the sidebar, the LLM prompt builder and the tests.
 */

/** Where a term comes from: the primary work that introduced or named it. */
export interface Provenance {
  /** Who introduced or named the term, e.g. "Hubinger, van Merwijk, Mikulik, Skalse and Garrabrant". */
  readonly authors: string;
  /** Title of the primary work. */
  readonly work: string;
  /** Year the work appeared. */
  readonly year: number;
  /** https link to the primary work (arXiv, publisher or the authors' own publication page). */
  readonly url: string;
}

/** One glossary entry. */
export interface Term {
  /** Stable id, lower-case kebab-case (e.g. `mesa-optimizer`); used in links, settings and state. */
  readonly id: string;
  /** Display form of the term (e.g. "Mesa-optimizer"). The matcher also recognises it in text. */
  readonly term: string;
  /**
   * Other ways people write it: spelling variants (British -ise/-isation), abbreviations (RLHF, ELK),
   * and synonyms. Plurals and possessives are handled by the matcher and need not be listed.
   */
  readonly aliases: readonly string[];
  /** One sentence that defines the term, in our own words. */
  readonly definition: string;
  /** A short explanation (two to four sentences) in our own words. */
  readonly explanation: string;
  /** An analogy or concrete example, where one helps. */
  readonly example?: string;
  /** Ids of related terms; each must resolve to a term in the same glossary. */
  readonly related: readonly string[];
  /** Primary source. */
  readonly source: Provenance;
}

/** A loaded glossary. */
export interface Glossary {
  /** All terms, in display order. */
  readonly terms: readonly Term[];
}
