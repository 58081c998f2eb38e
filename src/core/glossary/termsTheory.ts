/**
 * Built-in glossary terms: theory family (see builtin.ts for the order of families).
 */
import type { Term } from './types';

/** Terms of this family, in reading order. */
export const THEORY_TERMS: readonly Term[] = [];
