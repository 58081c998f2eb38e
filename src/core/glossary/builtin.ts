/**
 * The built-in glossary. This module pulls in all of the term data (`terms.ts`), so the extension
 * loads it on first use through `dist/core.js`, never at activation.
 */

import { freezeGlossary } from './glossary';
import { BUILTIN_TERMS } from './terms';
import type { Glossary } from './types';

/**
 * The built-in glossary, frozen once at module load. It is a constant, not mutable state:
 * every caller gets the same object, which also keeps the `findTerm` cache warm.
 */
const BUILTIN_GLOSSARY: Glossary = freezeGlossary({ terms: BUILTIN_TERMS });

/** Returns the built-in glossary: the same frozen object on every call, with no parsing or I/O. */
export function loadBuiltinGlossary(): Glossary {
  return BUILTIN_GLOSSARY;
}
