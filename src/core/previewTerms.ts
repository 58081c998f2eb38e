/**
 * The markdown-it plugin that marks AI-safety terms in rendered markdown (VS Code's markdown preview):
 * the first occurrence of each term per section, per document or every occurrence gets a dotted
 * underline and a `title="<Term>: <definition>"` tooltip, which works under the preview's CSP and is
 * read by screen readers.
 *
 * Which spans are terms is the annotator's decision (the same as the hover's), with the document's
 * context computed once per render from the whole source. Only plain text of paragraphs, lists,
 * tables and quotes is marked: code spans, fenced and indented code, links, headings, inline and block
 * HTML are left as they are.
 *
 * It needs no markdown-it at run time (only its types): new tokens come from `state.Token`, so the
 * plugin works with whichever markdown-it instance the preview hands in.
 */
import type { default as MarkdownIt, StateCore, Token } from 'markdown-it';
import type { Annotator } from './annotate/annotator';
import type { DocumentContext } from './annotate/context';
import type { Term } from './glossary/types';
import { escapeHtml } from './safeHtml';

/** Which occurrences are marked: the first per top-level section, the first in the document, or all. */
export type MarkFirstOnly = 'section' | 'document' | 'all';

/** The `aiSafety.preview.markFirstOnly` values, in settings order. */
export const MARK_FIRST_ONLY_MODES: readonly MarkFirstOnly[] = ['section', 'document', 'all'];

/** What one render needs; asked anew for every render, so setting changes apply on the next one. */
export interface PreviewTermsSettings {
  /** False: render untouched (`aiSafety.preview.enabled`). */
  readonly enabled: boolean;
  /** Which occurrences to mark (`aiSafety.preview.markFirstOnly`). */
  readonly markFirstOnly: MarkFirstOnly;
}

/** Options of {@link previewTermsPlugin}. */
export interface PreviewTermsOptions {
  /** The settings for this render. */
  settings(): PreviewTermsSettings;
  /** The annotator for this render (the `aiSafety.annotations.*` settings). */
  annotator(): Annotator;
  /** The glossary entry of a term id (the tooltip shows its display form and definition). */
  termById(id: string): Term | undefined;
}

/** CSS class of a marked term; `media/preview.css` styles it. */
export const PREVIEW_TERM_CLASS = 'ai-safety-term';

/** Token type of a marked term (one token: its content is the text as written). */
const TOKEN_TYPE = 'ai_safety_term';

/**
 * The tooltip text of a term: `"<Term>: <definition>"`. Plain text; the renderer escapes it.
 *
 * @param term The glossary entry.
 */
export function termTooltip(term: Pick<Term, 'term' | 'definition'>): string {
  return `${term.term}: ${term.definition}`;
}

/**
 * Registers the plugin on a markdown-it instance: a core rule after `text_join` that splits text
 * tokens around marked terms, and the renderer for the marks. Glossary text is escaped in the title.
 *
 * @param md The markdown-it instance (the preview's).
 * @param options Settings, annotator and glossary lookup, asked on each render.
 */
export function previewTermsPlugin(md: MarkdownIt, options: PreviewTermsOptions): void {
  const rule = (state: StateCore): boolean => {
    const settings = options.settings();
    if (settings.enabled) {
      markTerms(state, settings.markFirstOnly, options);
    }
    return true;
  };
  try {
    md.core.ruler.after('text_join', 'ai_safety_terms', rule); // after adjacent text tokens are joined
  } catch {
    md.core.ruler.push('ai_safety_terms', rule); // a markdown-it without text_join (before 13)
  }
  md.renderer.rules[TOKEN_TYPE] = (tokens, idx) => {
    const token = tokens[idx];
    if (!token) {
      return '';
    }
    const title = token.attrGet('title') ?? '';
    const id = token.attrGet('data-term') ?? '';
    return `<span class="${PREVIEW_TERM_CLASS}" data-term="${escapeHtml(id)}" title="${escapeHtml(title)}">${escapeHtml(token.content)}</span>`;
  };
}

/** Offsets of line starts in `src`, so a block's `map` gives its document offset (context in huge files). */
function lineStarts(src: string): number[] {
  const starts = [0];
  for (let i = src.indexOf('\n'); i >= 0; i = src.indexOf('\n', i + 1)) {
    starts.push(i + 1);
  }
  return starts;
}

/** Marks terms in the inline tokens of one parsed document. */
function markTerms(state: StateCore, mode: MarkFirstOnly, options: PreviewTermsOptions): void {
  const annotator = options.annotator();
  // One scan of the source first: a document in which nothing is marked costs only that scan, not a
  // search per text token. (Text a term can only be read from after unescaping, such as
  // `mesa\-optimizer`, is not marked: the preview marks terms as written.)
  if (annotator.annotate(state.src).length === 0) {
    return;
  }
  let context: DocumentContext | undefined;
  const contextOf = (): DocumentContext => (context ??= annotator.contextOf(state.src));
  // The context is needed only when an ambiguous term occurs; findIn asks for it through this proxy.
  const lazyContext: DocumentContext = {
    get length() {
      return contextOf().length;
    },
    aboutAiSafety: (offset: number) => contextOf().aboutAiSafety(offset),
  };
  let starts: number[] | undefined;
  const offsetOfLine = (line: number): number => (starts ??= lineStarts(state.src))[line] ?? 0;

  let seen = new Set<string>();
  let inHeading = false;
  for (const block of state.tokens) {
    if (block.type === 'heading_open') {
      inHeading = true;
      if (mode === 'section' && block.level === 0 && (block.tag === 'h1' || block.tag === 'h2')) {
        seen = new Set();
      }
      continue;
    }
    if (block.type === 'heading_close') {
      inHeading = false;
      continue;
    }
    if (block.type !== 'inline' || inHeading || !block.children) {
      continue;
    }
    const blockStart = block.map ? offsetOfLine(block.map[0]) : 0;
    block.children = markInline(block.children, state, (text) => {
      const found = annotator.findIn(text, lazyContext, blockStart);
      if (mode === 'all') {
        return found;
      }
      return found.filter((m) => (seen.has(m.id) ? false : (seen.add(m.id), true)));
    }, options);
  }
}

/** Splits the plain-text children of one inline token around marked terms; link text stays untouched. */
function markInline(
  children: Token[],
  state: StateCore,
  find: (text: string) => readonly { id: string; start: number; end: number }[],
  options: PreviewTermsOptions,
): Token[] {
  const out: Token[] = [];
  let linkDepth = 0;
  for (const child of children) {
    if (child.type === 'link_open') {
      linkDepth++;
    } else if (child.type === 'link_close') {
      linkDepth = Math.max(0, linkDepth - 1);
    }
    if (child.type !== 'text' || linkDepth > 0 || child.content.length === 0) {
      out.push(child);
      continue;
    }
    const text = child.content;
    let last = 0;
    for (const m of find(text)) {
      const term = options.termById(m.id);
      if (!term || m.start < last) {
        continue;
      }
      if (m.start > last) {
        out.push(textToken(state, text.slice(last, m.start), child.level));
      }
      const mark = new state.Token(TOKEN_TYPE, 'span', 0);
      mark.content = text.slice(m.start, m.end);
      mark.level = child.level;
      mark.attrSet('title', termTooltip(term));
      mark.attrSet('data-term', term.id);
      out.push(mark);
      last = m.end;
    }
    if (last === 0) {
      out.push(child);
    } else if (last < text.length) {
      out.push(textToken(state, text.slice(last), child.level));
    }
  }
  return out;
}

function textToken(state: StateCore, content: string, level: number): Token {
  const token = new state.Token('text', '', 0);
  token.content = content;
  token.level = level;
  return token;
}
