/**
 * Built-in glossary terms: practice family (see builtin.ts for the order of families).
 */
import type { Term } from './types';

/** Terms of this family, in reading order. */
export const PRACTICE_TERMS: readonly Term[] = [];
