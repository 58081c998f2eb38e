/**
 * Where glossary files find their schema: a URI of the extension's own scheme, served from the schema
 * the extension ships (see `src/glossary/schemaProvider.ts`). Kept in the core so the file editor and
 * the provider agree without importing each other.
 */

/** The URI scheme the extension serves its glossary schema under. */
export const GLOSSARY_SCHEMA_SCHEME = 'ai-safety-annotations';

/** The `$schema` value of a glossary file. */
export const GLOSSARY_SCHEMA_URL = `${GLOSSARY_SCHEMA_SCHEME}:/ai-safety-glossary.schema.json`;
