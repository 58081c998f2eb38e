/**
 * Edits of a glossary file for the Add Term command: a new file with the `$schema` line, or a new
 * entry appended to the `terms` list of an existing one, keeping its comments and formatting
 * (jsonc-parser's `modify`), with where the new entry's definition is so the editor can put the
 * cursor there.
 */
import { applyEdits, findNodeAtLocation, modify, parseTree, type FormattingOptions } from 'jsonc-parser';
import { GLOSSARY_SCHEMA_URL } from './schemaUri';
import { deriveTermId, type Span } from './userFile';

export { GLOSSARY_SCHEMA_URL } from './schemaUri';

const FORMAT: FormattingOptions = { insertSpaces: true, tabSize: 2, eol: '\n' };

/** The text of a new glossary file with no terms. */
export function newGlossaryFileText(): string {
  return `{\n  "$schema": "${GLOSSARY_SCHEMA_URL}",\n  "terms": []\n}\n`;
}

/** The outcome of {@link addTermToFile}. */
export interface AddTermResult {
  /** The file's new text (the same text when the term was already there). */
  readonly text: string;
  /** The id of the entry. */
  readonly id: string;
  /** Inside the quotes of the entry's definition (where the cursor goes). */
  readonly definition: Span;
  /** False when the file already had an entry with this id (nothing was added). */
  readonly added: boolean;
}

/**
 * Adds an entry for `term` (with an empty definition to fill in) to a glossary file's text.
 *
 * @param text The file's text; empty or blank for a file that does not exist yet.
 * @param term The term as the user wrote or selected it.
 * @returns The new text and where its definition is; undefined when the term has no letters or
 *   digits, or the file is not an object whose `terms` (if any) is a list, so it cannot be edited safely.
 */
export function addTermToFile(text: string, term: string): AddTermResult | undefined {
  const display = term.replace(/\s+/g, ' ').trim();
  const id = deriveTermId(display);
  if (id === '') {
    return undefined;
  }
  let current = text.trim() === '' ? newGlossaryFileText() : text;
  const root = parseTree(current, [], { allowTrailingComma: true });
  if (!root || root.type !== 'object') {
    return undefined;
  }
  const terms = findNodeAtLocation(root, ['terms']);
  if (terms && terms.type !== 'array') {
    return undefined;
  }
  const existing = (terms?.children ?? []).findIndex((entry) => {
    const idNode = findNodeAtLocation(entry, ['id']);
    const termNode = findNodeAtLocation(entry, ['term']);
    return idNode ? idNode.value === id : typeof termNode?.value === 'string' && deriveTermId(termNode.value) === id;
  });
  let added = false;
  let index = existing;
  if (existing < 0) {
    const entry = { id, term: display, aliases: [], definition: '' };
    const path = terms ? ['terms', terms.children?.length ?? 0] : ['terms'];
    const value = terms ? entry : [entry];
    current = applyEdits(current, modify(current, path, value, { formattingOptions: FORMAT, isArrayInsertion: !!terms }));
    index = terms?.children?.length ?? 0;
    added = true;
  }
  const after = parseTree(current, [], { allowTrailingComma: true });
  const definition = after ? findNodeAtLocation(after, ['terms', index, 'definition']) : undefined;
  const entryNode = after ? findNodeAtLocation(after, ['terms', index]) : undefined;
  const span: Span = definition
    ? { offset: definition.offset + 1, length: Math.max(0, definition.length - 2) }
    : { offset: entryNode?.offset ?? 0, length: 0 };
  return { text: current, id, definition: span, added };
}
