/**
 * Built-in glossary terms: interpretability family (see builtin.ts for the order of families).
 */
import type { Term } from './types';

/** Terms of this family, in reading order. */
export const INTERPRETABILITY_TERMS: readonly Term[] = [];
