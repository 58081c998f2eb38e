import * as vscode from 'vscode';
import type { AmbiguousTermsMode, AnnotatorOptions } from '../core/annotate/annotator';
import type { DocumentContext, TextSource } from '../core/annotate/context';
import type { Match } from '../core/matcher';
import type { TermFinder } from '../core/prompt';
import type { Glossary } from '../core/glossary/types';
import { DEFAULT_SCOPE, type LazyCore } from '../lazyCore';

/** Settings section of the annotations (`aiSafety.annotations.*`). */
const SECTION = 'aiSafety.annotations';
const MODES: readonly AmbiguousTermsMode[] = ['inContext', 'always', 'never'];

/**
 * The one place the editor asks "is this span a term?": the hover, follow-the-cursor and the explain
 * command all go through it, and it asks the core's annotator, never the raw matcher.
 *
 * It keeps each open document's context decision for the document's version (recomputed only when
 * the text changes), reads the `aiSafety.annotations.*` settings on every question (so a change takes
 * effect without a reload) and drops every cached context when those settings change or a document
 * closes.
 */
export class DocumentAnnotations implements vscode.Disposable {
  private readonly contexts = new Map<string, { readonly version: number; readonly context: DocumentContext }>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly core: LazyCore) {
    this.subscriptions = [
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(SECTION)) {
          this.contexts.clear();
        }
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.contexts.delete(document.uri.toString())),
      // A glossary file changed: contexts were decided with the old terms.
      { dispose: core.onDidChange(() => this.contexts.clear()) },
    ];
  }

  /**
   * The marked term at a position, with line-relative offsets (end exclusive), or a term ending
   * exactly there (callers wanting strict containment check `character < end`). Reads the position's
   * line (which the host already holds) and, once per document version, a bounded part of the document.
   */
  termAt(document: vscode.TextDocument, position: vscode.Position): Match | undefined {
    if (position.line >= document.lineCount) {
      return undefined;
    }
    const line = document.lineAt(position.line).text;
    const lineStart = document.offsetAt(new vscode.Position(position.line, 0));
    return this.annotator(document).termAt(line, position.character, this.contextOf(document), lineStart);
  }

  /**
   * The explain command's term lookup for one document: `findAll` marks terms in a piece of the
   * document (a selection) and `termAt` in a line, both with the document's context.
   *
   * @param document The document the text comes from.
   * @param selectionStart Document offset of the selection (for `findAll`), if any.
   * @param lineStart Document offset of the cursor's line (for `termAt`), if any.
   */
  finderFor(document: vscode.TextDocument, selectionStart = 0, lineStart = 0): TermFinder {
    const annotator = this.annotator(document);
    const context = this.contextOf(document);
    return {
      findAll: (text: string) => annotator.findIn(text, context, selectionStart),
      termAt: (text: string, offset: number) => annotator.termAt(text, offset, context, lineStart),
    };
  }

  /**
   * The term lookup for text that is about AI safety by construction: a question to `@aisafety` or a
   * lookup by the glossary tool. Every sense counts (there is no document whose context could tell
   * homonyms apart), and `aiSafety.annotations.disabledTerms` is honoured.
   */
  finderForAiSafetyText(): Pick<TermFinder, 'findAll'> {
    return {
      findAll: (text: string) =>
        this.core.annotator({ ...readOptions(vscode.workspace.getConfiguration(SECTION)), ambiguousTerms: 'always' }).annotate(text),
    };
  }

  /**
   * The marked terms in the first `limit` characters of a document (all of it when shorter), with
   * the document's context: the "Terms in This File" view and the highlights read documents this way,
   * so a huge file costs no more than its prefix.
   *
   * @returns The scanned text, its marks (offsets into it) and the whole document's length.
   */
  scanPrefix(document: vscode.TextDocument, limit: number): { readonly text: string; readonly matches: Match[]; readonly length: number } {
    const length = document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
    const text = length <= limit ? document.getText() : document.getText(new vscode.Range(new vscode.Position(0, 0), document.positionAt(limit)));
    return { text, matches: this.findIn(document, text, 0), length };
  }

  /**
   * The marked terms in a piece of a document (offsets into the piece), with the document's context.
   *
   * @param pieceStart Document offset of the piece's first character.
   */
  findIn(document: vscode.TextDocument, piece: string, pieceStart: number): Match[] {
    return this.annotator(document).findIn(piece, this.contextOf(document), pieceStart);
  }

  /**
   * The glossary that applies to a document: its workspace folder's merged glossary (built-in, the
   * folder's glossary files and the user's), or the user-level one outside any folder.
   */
  glossaryFor(document: vscode.TextDocument): Glossary {
    return this.core.glossaryFor(scopeOf(document));
  }

  /** Every marked term of a document (whole-document offsets); used by the tests. */
  annotate(document: vscode.TextDocument): Match[] {
    return this.annotator(document).annotate(document.getText(), document.languageId);
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
    this.contexts.clear();
  }

  /** The annotator for the settings as they are now (read each time: cheap, and never stale). */
  private annotator(document: vscode.TextDocument) {
    return this.core.annotator(readOptions(vscode.workspace.getConfiguration(SECTION, document)), scopeOf(document));
  }

  /** The document's context decision, computed at most once per version. */
  private contextOf(document: vscode.TextDocument): DocumentContext {
    const key = document.uri.toString();
    const cached = this.contexts.get(key);
    if (cached && cached.version === document.version) {
      return cached.context;
    }
    const context = this.core.annotator({}, scopeOf(document)).contextOf(textSource(document));
    this.contexts.set(key, { version: document.version, context });
    return context;
  }
}

/** The settings as annotator options; anything malformed falls back to the default. */
export function readOptions(config: vscode.WorkspaceConfiguration): AnnotatorOptions {
  const mode = config.get<unknown>('ambiguousTerms', 'inContext');
  const disabled = config.get<unknown>('disabledTerms', []);
  return {
    ambiguousTerms: MODES.find((m) => m === mode) ?? 'inContext',
    disabledTerms: Array.isArray(disabled) ? disabled.filter((id): id is string => typeof id === 'string') : [],
  };
}

/** The glossary scope of a document: its workspace folder's URI, or the default scope. */
function scopeOf(document: vscode.TextDocument): string {
  return vscode.workspace.getWorkspaceFolder(document.uri)?.uri.toString() ?? DEFAULT_SCOPE;
}

/** The document as a {@link TextSource}: the context rule reads only the slices it needs. */
function textSource(document: vscode.TextDocument): TextSource {
  const last = document.lineAt(document.lineCount - 1).range.end;
  return {
    length: document.offsetAt(last),
    slice: (start: number, end: number) => document.getText(new vscode.Range(document.positionAt(start), document.positionAt(end))),
  };
}
