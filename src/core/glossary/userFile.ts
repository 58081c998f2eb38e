/**
 * Parsing of a user or workspace glossary file (JSON with comments) into glossary terms, with the
 * offset and length of every value, so that each problem can be shown at its line and column.
 * Positions come from Microsoft's `jsonc-parser`; the checks here are the structural ones (the
 * schema's). Damage to the file as a whole (invalid JSON, a top-level value of the wrong type, the
 * size and count limits) makes it unusable: its last good version stays. Damage inside one entry (a
 * missing or empty term or definition, a value of the wrong type) only skips that entry, with a
 * warning at its place, so a half-written entry (as Add Term inserts it) never hides the file's others.
 * The semantic checks across files (related ids, alias collisions, forms the matcher cannot match,
 * duplicate ids) are in `merge.ts`.
 */
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { isTermId, MAX_TERM_ID_LENGTH } from '../ids';
import { ENGLISH_GLOSSARY_MESSAGES, type GlossaryMessages } from './messages';
import type { Term } from './types';

/** Largest glossary file read, in bytes (a 10,000-term file is about 3 MB). */
export const MAX_GLOSSARY_FILE_BYTES = 8 * 1024 * 1024;
/** Most terms one file may hold. */
export const MAX_GLOSSARY_FILE_TERMS = 20_000;
/** Longest string accepted in any field. */
export const MAX_FIELD_LENGTH = 10_000;

/** A range of the file's text (UTF-16 offsets), where a problem is shown. */
export interface Span {
  /** Offset of the first character. */
  readonly offset: number;
  /** Number of characters (at least 1 where the file has any text). */
  readonly length: number;
}

/** One problem in a glossary file. */
export interface FileProblem extends Span {
  /** What is wrong, naming the term and the value. */
  readonly message: string;
  /** `error` for what makes the file unusable or a term wrong; `warning` for what is ignored or skipped (an incomplete entry). */
  readonly severity: 'error' | 'warning';
}

/** Where one term's values are in the file. */
export interface TermLocation {
  /** The term's object. */
  readonly entry: Span;
  /** The `id` value, or the `term` value when the id is derived. */
  readonly id: Span;
  /** The `term` value. */
  readonly term: Span;
  /** The `definition` value (the Add Term command puts the cursor there). */
  readonly definition: Span;
  /** Each alias value, in order. */
  readonly aliases: readonly Span[];
  /** Each related id, in order. */
  readonly related: readonly Span[];
  /** The source's `url` value, when there is a source. */
  readonly url?: Span;
}

/** A glossary file as parsed. */
export interface ParsedGlossaryFile {
  /**
   * False when the file as a whole cannot be used: invalid JSON, a top-level value of the wrong type,
   * too large, too many terms. Its terms are then empty and the last good version should be kept. An
   * incomplete or invalid entry does not make the file unusable: it is skipped, with a warning.
   */
  readonly usable: boolean;
  /** The complete and valid terms, in file order (empty when not usable). */
  readonly terms: readonly Term[];
  /** Where each term is, parallel to `terms`. */
  readonly locations: readonly TermLocation[];
  /** Built-in ids never to annotate where this file applies. */
  readonly disable: readonly string[];
  /** Where each disabled id is, parallel to `disable`. */
  readonly disableSpans: readonly Span[];
  /** Structural problems (for a usable file, only warnings, skipped entries among them). */
  readonly problems: readonly FileProblem[];
}

/** Keys a term entry may have. */
const TERM_KEYS = new Set(['id', 'term', 'aliases', 'definition', 'explanation', 'example', 'related', 'ambiguous', 'source']);
/** Keys a source may have. */
const SOURCE_KEYS = new Set(['authors', 'work', 'year', 'url', 'role']);
/** Keys the file's top-level object may have. */
const ROOT_KEYS = new Set(['$schema', 'terms', 'disable']);
/** Added to every problem that skips one entry, so the reader knows the rest of the file applies. */

/**
 * The id of a term that has none: its display form in lower-case kebab-case, with accents dropped
 * (`Lantern probe` -> `lantern-probe`). Empty when the term has no letters or digits.
 *
 * @param term The display term.
 */
export function deriveTermId(term: string): string {
  return term
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_TERM_ID_LENGTH)
    .replace(/-+$/, '');
}

/**
 * Parses a glossary file. Never throws: whatever is wrong comes back as problems. An entry with a
 * problem of its own (no term or definition yet, a value of the wrong type) is left out with warnings
 * at its place; only damage to the file as a whole makes it unusable.
 *
 * @param text The file's text (callers check the byte size against {@link MAX_GLOSSARY_FILE_BYTES} before reading).
 * @param m The problems' texts (English by default).
 * @returns The terms with their locations, or `usable: false` with the problems that make it so.
 */
export function parseGlossaryFile(text: string, m: GlossaryMessages = ENGLISH_GLOSSARY_MESSAGES): ParsedGlossaryFile {
  const problems: FileProblem[] = [];
  const fail = (): ParsedGlossaryFile => ({ usable: false, terms: [], locations: [], disable: [], disableSpans: [], problems });
  const error = (span: Span, message: string): void => {
    problems.push({ offset: span.offset, length: Math.max(1, span.length), message, severity: 'error' });
  };
  const warn = (span: Span, message: string): void => {
    problems.push({ offset: span.offset, length: Math.max(1, span.length), message, severity: 'warning' });
  };

  if (text.length > MAX_GLOSSARY_FILE_BYTES) {
    error({ offset: 0, length: 1 }, m.fileTooLarge(text.length, MAX_GLOSSARY_FILE_BYTES));
    return fail();
  }
  const parseErrors: ParseError[] = [];
  const root = parseTree(text, parseErrors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
  for (const e of parseErrors) {
    error(e, m.invalidJson(describeParseError(printParseErrorCode(e.error))));
  }
  if (parseErrors.length > 0 || !root) {
    if (!root && parseErrors.length === 0) {
      error({ offset: 0, length: 1 }, m.fileEmpty);
    }
    return fail();
  }
  if (root.type !== 'object') {
    error(root, m.notAnObject);
    return fail();
  }

  const props = properties(root);
  for (const [key, prop] of props) {
    if (!ROOT_KEYS.has(key)) {
      warn(prop.key, m.unknownRootProperty(key));
    }
  }

  const terms: Term[] = [];
  const locations: TermLocation[] = [];
  const termsNode = props.get('terms')?.value;
  if (termsNode) {
    if (termsNode.type !== 'array') {
      error(termsNode, m.termsNotAList);
    } else if ((termsNode.children?.length ?? 0) > MAX_GLOSSARY_FILE_TERMS) {
      error(termsNode, m.tooManyTerms(termsNode.children?.length ?? 0, MAX_GLOSSARY_FILE_TERMS));
    } else {
      (termsNode.children ?? []).forEach((entry, i) => {
        const parsed = parseTerm(entry, i, (span, message) => warn(span, m.entrySkipped(message)), warn, m);
        if (parsed) {
          terms.push(parsed.term);
          locations.push(parsed.location);
        }
      });
    }
  }

  const disable: string[] = [];
  const disableSpans: Span[] = [];
  const disableNode = props.get('disable')?.value;
  if (disableNode) {
    if (disableNode.type !== 'array') {
      error(disableNode, m.disableNotAList);
    } else {
      for (const item of disableNode.children ?? []) {
        if (item.type !== 'string' || !isTermId(item.value)) {
          warn(item, m.entrySkipped(m.disableEntryNotAnId));
        } else {
          disable.push(item.value as string);
          disableSpans.push(item);
        }
      }
    }
  }

  if (problems.some((p) => p.severity === 'error')) {
    return fail();
  }
  return { usable: true, terms, locations, disable, disableSpans, problems };
}

type Report = (span: Span, message: string) => void;

/**
 * One term entry, or undefined when it is incomplete or its structure is wrong; `skip` reports why
 * (the caller makes those warnings that say the entry is skipped).
 */
function parseTerm(entry: Node, index: number, skip: Report, warn: Report, m: GlossaryMessages): { term: Term; location: TermLocation } | undefined {
  const name = m.termNumber(index + 1);
  if (entry.type !== 'object') {
    skip(entry, m.entryNotAnObject(name));
    return undefined;
  }
  const props = properties(entry);
  let errors = 0;
  const countingError: Report = (span, message) => {
    errors++;
    skip(span, message);
  };
  for (const [key, prop] of props) {
    if (!TERM_KEYS.has(key)) {
      warn(prop.key, m.unknownTermProperty(name, key));
    }
  }
  const termNode = props.get('term')?.value;
  const label = typeof termNode?.value === 'string' && termNode.value.trim() !== '' ? m.termNamed(termNode.value) : name;
  const str = (key: string, required: boolean): { value: string; node: Node } | undefined => {
    const node = props.get(key)?.value;
    if (!node) {
      if (required) {
        countingError(props.get(key)?.key ?? firstChar(entry), m.fieldMissing(label, key));
      }
      return undefined;
    }
    if (node.type !== 'string') {
      countingError(node, m.fieldNotAString(label, key));
      return undefined;
    }
    const value = node.value as string;
    if (value.length > MAX_FIELD_LENGTH) {
      countingError(node, m.fieldTooLong(label, key, MAX_FIELD_LENGTH));
      return undefined;
    }
    if (required && value.trim() === '') {
      countingError(node, m.fieldEmpty(label, key));
      return undefined;
    }
    return { value, node };
  };
  const strings = (key: string): { values: string[]; spans: Span[] } => {
    const node = props.get(key)?.value;
    const values: string[] = [];
    const spans: Span[] = [];
    if (!node) {
      return { values, spans };
    }
    if (node.type !== 'array') {
      countingError(node, m.fieldNotAList(label, key));
      return { values, spans };
    }
    for (const item of node.children ?? []) {
      if (item.type !== 'string' || (item.value as string).length > MAX_FIELD_LENGTH) {
        countingError(item, m.listEntryNotAString(label, key));
      } else {
        values.push(item.value as string);
        spans.push(item);
      }
    }
    return { values, spans };
  };

  const term = str('term', true);
  const definition = str('definition', true);
  const explanation = str('explanation', false);
  const example = str('example', false);
  const idNode = props.get('id')?.value;
  let id: string | undefined;
  if (idNode) {
    if (idNode.type !== 'string' || !isTermId(idNode.value)) {
      countingError(idNode, m.idNotKebabCase(label));
    } else {
      id = idNode.value as string;
    }
  } else if (term) {
    id = deriveTermId(term.value);
    if (id === '') {
      countingError(term.node, m.noDerivedId(label));
    }
  }
  const aliases = strings('aliases');
  const related = strings('related');
  const ambiguousNode = props.get('ambiguous')?.value;
  if (ambiguousNode && ambiguousNode.type !== 'boolean') {
    countingError(ambiguousNode, m.ambiguousNotABoolean(label));
  }
  const source = parseSource(props.get('source')?.value, label, countingError, warn, m);

  if (errors > 0 || !term || !definition || !id) {
    return undefined;
  }
  const result: Term = {
    id,
    term: term.value,
    aliases: aliases.values,
    definition: definition.value,
    explanation: explanation?.value ?? '',
    ...(example ? { example: example.value } : {}),
    related: related.values,
    ...(ambiguousNode?.value === true ? { ambiguous: true } : {}),
    ...(source ? { source: source.source } : {}),
  };
  return {
    term: result,
    location: {
      entry,
      id: idNode ?? term.node,
      term: term.node,
      definition: definition.node,
      aliases: aliases.spans,
      related: related.spans,
      ...(source ? { url: source.url } : {}),
    },
  };
}

/** The `source` object of a term. */
function parseSource(node: Node | undefined, label: string, error: Report, warn: Report, m: GlossaryMessages): { source: NonNullable<Term['source']>; url: Span } | undefined {
  if (!node) {
    return undefined;
  }
  if (node.type !== 'object') {
    error(node, m.sourceNotAnObject(label));
    return undefined;
  }
  const props = properties(node);
  for (const [key, prop] of props) {
    if (!SOURCE_KEYS.has(key)) {
      warn(prop.key, m.unknownSourceProperty(label, key));
    }
  }
  const text = (key: string): { value: string; node: Node } | undefined => {
    const value = props.get(key)?.value;
    if (!value) {
      error(firstChar(node), m.sourceFieldMissing(label, key));
      return undefined;
    }
    if (value.type !== 'string' || (value.value as string).length > MAX_FIELD_LENGTH) {
      error(value, m.sourceFieldNotAString(label, key));
      return undefined;
    }
    return { value: value.value as string, node: value };
  };
  const authors = text('authors');
  const work = text('work');
  const url = text('url');
  const yearNode = props.get('year')?.value;
  let year: number | undefined;
  if (!yearNode) {
    error(firstChar(node), m.sourceFieldMissing(label, 'year'));
  } else if (yearNode.type !== 'number' || !Number.isInteger(yearNode.value)) {
    error(yearNode, m.sourceYearNotAWholeNumber(label));
  } else {
    year = yearNode.value as number;
  }
  const roleNode = props.get('role')?.value;
  if (roleNode && roleNode.value !== 'coined' && roleNode.value !== 'canonical') {
    error(roleNode, m.sourceRoleInvalid(label));
    return undefined;
  }
  if (!authors || !work || !url || year === undefined) {
    return undefined;
  }
  const role = roleNode?.value === 'coined' ? 'coined' : 'canonical';
  return { source: { authors: authors.value, work: work.value, year, url: url.value, role }, url: url.node };
}

/** An object node's properties by key (the first of duplicated keys). */
function properties(node: Node): Map<string, { key: Node; value: Node | undefined }> {
  const map = new Map<string, { key: Node; value: Node | undefined }>();
  for (const prop of node.children ?? []) {
    const [key, value] = prop.children ?? [];
    if (key && typeof key.value === 'string' && !map.has(key.value)) {
      map.set(key.value, { key, value });
    }
  }
  return map;
}

/** The opening brace of an object: where a missing property is reported. */
function firstChar(node: Node): Span {
  return { offset: node.offset, length: 1 };
}

/** `InvalidSymbol` -> `invalid symbol`. */
function describeParseError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
