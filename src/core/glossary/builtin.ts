/**
 * The built-in glossary. This module pulls in all of the term data, so the extension loads it on
 * first use through `dist/core.js`, never at activation.
 *
 * The data is split by family, one file each: the mesa-optimization cluster, specification problems
 * and the first-release terms (`terms.ts`); interpretability and the science of deep learning
 * (`termsInterpretability.ts`); agent foundations and alignment theory (`termsTheory.ts`); evaluations,
 * control, training practice and governance (`termsPractice.ts`).
 */

import { markAmbiguous } from './ambiguity';
import { freezeGlossary } from './glossary';
import { CORE_TERMS } from './terms';
import { INTERPRETABILITY_TERMS } from './termsInterpretability';
import { PRACTICE_TERMS } from './termsPractice';
import { THEORY_TERMS } from './termsTheory';
import type { Glossary } from './types';

/**
 * The built-in glossary, frozen once at module load. It is a constant, not mutable state:
 * every caller gets the same object, which also keeps the `findTerm` cache warm.
 */
const BUILTIN_GLOSSARY: Glossary = freezeGlossary({
  // Ambiguity is measured data kept apart from the term data (ambiguity.ts), applied here once.
  terms: markAmbiguous([...CORE_TERMS, ...THEORY_TERMS, ...PRACTICE_TERMS, ...INTERPRETABILITY_TERMS]),
});

/** Returns the built-in glossary: the same frozen object on every call, with no parsing or I/O. */
export function loadBuiltinGlossary(): Glossary {
  return BUILTIN_GLOSSARY;
}
