/**
 * Merging the built-in glossary with user and workspace glossary files, and the checks the schema
 * cannot make, located in the file they concern: a duplicate id, a related id that resolves nowhere,
 * an alias claimed by two terms, a form the real matcher can never match, a source link that is not
 * https. The result carries each term's origin (built-in, or the file it came from) and the ids the
 * files disable, and the matcher compiled once for both the checks and the annotator.
 */
import { ENGLISH_GLOSSARY_MESSAGES, type GlossaryMessages } from './messages';
import { isHttpsUrl } from '../url';
import { createTermMatcher, type TermMatcher } from '../matcher';
import { findTerm, validateGlossaryDetailed, type GlossaryProblem } from './glossary';
import type { FileProblem, ParsedGlossaryFile, Span, TermLocation } from './userFile';
import type { Glossary, Term } from './types';

/** One glossary file to merge: its good version and how to name it. */
export interface GlossaryFileInput {
  /** A stable key for the file (its URI as a string); problems and origins refer to it. */
  readonly key: string;
  /** How the file is named to the reader (a workspace-relative path, or `~/…`). */
  readonly label: string;
  /** The file's last usable parse. */
  readonly parsed: ParsedGlossaryFile;
}

/** Where a term of a merged glossary comes from. */
export type TermOrigin =
  | { readonly kind: 'builtin' }
  | {
      readonly kind: 'file';
      /** The file's {@link GlossaryFileInput.key}. */
      readonly key: string;
      /** The file's {@link GlossaryFileInput.label}. */
      readonly label: string;
      /** Where the term's definition is in the file (the sidebar's "open in file" link goes there). */
      readonly definition: Span;
      /** True when the term replaces a built-in term with the same id. */
      readonly overrides: boolean;
    };

/** A glossary merged from the built-in terms and glossary files. */
export interface MergedGlossary extends Glossary {
  /** Each term's origin, by id. */
  readonly origins: ReadonlyMap<string, TermOrigin>;
  /** Ids that the files disable: never annotated where this glossary applies. */
  readonly disabled: readonly string[];
}

/** The outcome of {@link mergeGlossaries}. */
export interface MergeResult {
  /** The merged glossary: built-in terms (overridden ones replaced in place), then the files' new terms in file order. */
  readonly glossary: MergedGlossary;
  /** The matcher compiled from `glossary` (hand it to `createAnnotator`). */
  readonly matcher: TermMatcher;
  /** The problems found, by file key (every file has an entry, empty when it has none). */
  readonly problems: ReadonlyMap<string, readonly FileProblem[]>;
}

/** Options of {@link mergeGlossaries}. */
export interface MergeOptions {
  /**
   * Keys of the files whose problems to report; the others are merged but not checked (a user-level
   * file is checked once, in the merge without workspace files, not again in every folder). Default: all.
   */
  readonly check?: ReadonlySet<string>;
  /** The problems' texts (English by default). */
  readonly messages?: GlossaryMessages;
}

/** Fields of a validation problem that concern a user term in a way the file can show. */
const CHECKED_FIELDS: ReadonlySet<GlossaryProblem['field']> = new Set(['id', 'term', 'aliases', 'related']);

/**
 * Merges glossary files into the built-in glossary. Later files lose to earlier ones: the first term
 * with an id wins and a later one is reported as a duplicate. A file term whose id is a built-in id
 * replaces that built-in term.
 *
 * @param builtin The built-in glossary.
 * @param files The files, in precedence order (a folder's files, then the user's).
 * @param options See {@link MergeOptions}.
 */
export function mergeGlossaries(builtin: Glossary, files: readonly GlossaryFileInput[], options: MergeOptions = {}): MergeResult {
  const m = options.messages ?? ENGLISH_GLOSSARY_MESSAGES;
  const problems = new Map<string, FileProblem[]>(files.map((f) => [f.key, []]));
  const checked = (key: string): boolean => options.check === undefined || options.check.has(key);
  const report = (key: string, span: Span, message: string, severity: FileProblem['severity'] = 'error'): void => {
    if (checked(key)) {
      problems.get(key)?.push({ offset: span.offset, length: Math.max(1, span.length), message, severity });
    }
  };

  /** Id -> the file term with that id and where it is. */
  const fromFiles = new Map<string, { term: Term; file: GlossaryFileInput; location: TermLocation }>();
  for (const file of files) {
    file.parsed.terms.forEach((term, i) => {
      const location = file.parsed.locations[i];
      if (!location) {
        return;
      }
      const first = fromFiles.get(term.id);
      if (first) {
        const where = first.file.key === file.key ? m.earlierInThisFile : m.inFile(first.file.label);
        report(file.key, location.id, m.duplicateIdInFiles(term.id, where));
        return;
      }
      fromFiles.set(term.id, { term, file, location });
    });
  }

  const origins = new Map<string, TermOrigin>();
  const terms: Term[] = [];
  for (const term of builtin.terms) {
    const override = fromFiles.get(term.id);
    terms.push(override ? override.term : term);
    origins.set(term.id, override ? fileOrigin(override.file, override.location, true) : { kind: 'builtin' });
  }
  for (const [id, { term, file, location }] of fromFiles) {
    if (!origins.has(id)) {
      terms.push(term);
      origins.set(id, fileOrigin(file, location, false));
    }
  }

  const disabled: string[] = [];
  for (const file of files) {
    file.parsed.disable.forEach((id, i) => {
      const span = file.parsed.disableSpans[i];
      if (!origins.has(id) && span) {
        report(file.key, span, m.disableUnknownId(id), 'warning');
      }
      if (!disabled.includes(id)) {
        disabled.push(id);
      }
    });
  }

  const glossary: MergedGlossary = { terms, origins, disabled };
  const matcher = createTermMatcher(glossary);
  if (files.some((f) => checked(f.key))) {
    for (const problem of validateGlossaryDetailed(glossary, { matcher, messages: m })) {
      const found = fromFiles.get(problem.termId);
      if (!found || !CHECKED_FIELDS.has(problem.field) || !checked(found.file.key)) {
        continue;
      }
      if (problem.field === 'id' && problem.message === m.duplicateId(problem.termId)) {
        continue; // reported above, with the file it comes from
      }
      report(found.file.key, spanOf(problem, found.location), problem.message);
    }
    for (const { term, file, location } of fromFiles.values()) {
      if (term.source && location.url && !isHttpsUrl(term.source.url)) {
        report(file.key, location.url, m.sourceLinkNotHttps(m.termNamed(term.id)));
      }
    }
  }
  return { glossary, matcher, problems };
}

/**
 * The origin of a term in a merged glossary; built-in for any glossary that is not merged.
 *
 * @param glossary Any glossary.
 * @param id A term id.
 */
export function originOf(glossary: Glossary, id: string): TermOrigin | undefined {
  const origins = (glossary as Partial<MergedGlossary>).origins;
  if (origins) {
    return origins.get(id);
  }
  return findTerm(glossary, id) ? { kind: 'builtin' } : undefined;
}

function fileOrigin(file: GlossaryFileInput, location: TermLocation, overrides: boolean): TermOrigin {
  return { kind: 'file', key: file.key, label: file.label, definition: location.definition, overrides };
}

/** The span of the value a validation problem is about. */
function spanOf(problem: GlossaryProblem, location: TermLocation): Span {
  switch (problem.field) {
    case 'id':
      return location.id;
    case 'term':
      return location.term;
    case 'aliases':
      return (problem.index !== undefined ? location.aliases[problem.index] : undefined) ?? location.term;
    case 'related':
      return (problem.index !== undefined ? location.related[problem.index] : undefined) ?? location.entry;
    default:
      return location.entry;
  }
}
