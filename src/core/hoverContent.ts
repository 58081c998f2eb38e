/**
 * The markdown shown when hovering a glossary term. Plain strings in and out, so the same content can
 * be checked in unit tests and rendered by any markdown renderer; the hover adapter wraps it in a
 * `vscode.MarkdownString` whose trusted commands are limited to ours.
 *
 * Every glossary string is escaped: the data never contributes markdown syntax, HTML, autolinks or
 * command links of its own. The only links are the source (when it is an https URL) and, when
 * enabled, command links to the two commands the caller names.
 */
import { findTerm } from './glossary/glossary';
import type { Glossary, Term } from './glossary/types';
import { isHttpsUrl } from './url';

/** Options for {@link buildHoverMarkdown}. */
export interface HoverContentOptions {
  /**
   * Whether to emit `command:` links (related terms, "Open in explainer", "Explain with LLM"). Off,
   * related terms are plain names and the action links are left out, for renderers that cannot run
   * commands.
   */
  readonly commandLinks: boolean;
  /** Command that shows a term's card; called with `[termId]`. Without it there are no showTerm links. */
  readonly showTermCommand?: string;
  /** Command that asks the LLM about a term; called with `[termId]`. Without it there is no explain link. */
  readonly explainCommand?: string;
  /** The card's own words, in the user's language; English ({@link ENGLISH_HOVER_LABELS}) by default. */
  readonly labels?: HoverLabels;
}

/**
 * The words a hover card adds around the glossary data. The core cannot call `vscode.l10n.t`, so the
 * hover adapter passes them translated (src/l10n/coreMessages.ts); a function only substitutes its
 * arguments, so the English default is also the key of the translation bundle.
 */
export interface HoverLabels {
  /** Introduces the other spellings of a term, e.g. "Also: {0}". */
  readonly also: (aliases: string) => string;
  /** Leads the source that introduced or named the term. */
  readonly coinedIn: string;
  /** Leads a canonical reference that did not coin the term. */
  readonly see: string;
  /** Leads a term that is often confused with this one. */
  readonly notConfusedWith: string;
  /** Leads the list of related terms, e.g. "Related: {0}". */
  readonly related: (names: string) => string;
  /** Text and tooltip of the link that shows a term in the sidebar. */
  readonly openInExplainer: string;
  readonly openInExplainerTitle: string;
  /** Text and tooltip of the link that asks the model about the term. */
  readonly explainWithLlm: string;
  readonly explainWithLlmTitle: string;
}

/** The hover's words in English: the default, and the keys of the translation bundle. */
export const ENGLISH_HOVER_LABELS: HoverLabels = {
  also: (aliases) => `Also: ${aliases}`,
  coinedIn: 'Coined in',
  see: 'See',
  notConfusedWith: 'Not to be confused with',
  related: (names) => `Related: ${names}`,
  openInExplainer: 'Open in explainer',
  openInExplainerTitle: 'Show this term in the AI Safety sidebar',
  explainWithLlm: 'Explain with LLM',
  explainWithLlmTitle: 'Ask the configured chat model about this term',
};

/** Separator between inline links. */
const DOT = ' · ';

/**
 * Escapes text for markdown so that it renders literally: every ASCII punctuation character is
 * backslash-escaped (CommonMark allows this for all of them), which neutralises emphasis, links,
 * images, HTML tags, entities and autolinks (`https\:` is no longer a URL). Line breaks and runs of
 * whitespace become one space, so data cannot start a heading, list, quote or code block.
 *
 * @param text Untrusted text.
 * @returns Markdown that renders as exactly `text` (whitespace collapsed).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

/**
 * A `command:` URI for a command link: the arguments JSON-encoded, then percent-encoded, including
 * the characters `encodeURIComponent` leaves alone that would end a markdown link destination.
 *
 * @param command Command id.
 * @param args Arguments passed to the command.
 */
export function commandUri(command: string, args: readonly unknown[]): string {
  return `command:${command}?${encodeUrlPart(JSON.stringify(args))}`;
}

/** Percent-encodes like `encodeURIComponent`, plus `!'()*~`. */
function encodeUrlPart(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * The source URL as a safe markdown link destination, or undefined when it is not a plain https URL
 * (anything else is shown as text, never as a link).
 */
function safeHttpsUrl(url: string): string | undefined {
  if (!isHttpsUrl(url)) {
    return undefined;
  }
  // Parentheses, quotes, angle brackets and backslashes could end the link destination or its
  // title early: percent-encode them.
  return url.replace(/[()<>"'`\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * How a card introduces its source, so that it never claims more than the record supports:
 * "Coined in" only for the work that introduced or named the term, "See" for a canonical reference.
 *
 * @param term The glossary entry.
 * @param labels The words to use (English by default).
 */
export function sourceLead(term: Term, labels: Pick<HoverLabels, 'coinedIn' | 'see'> = ENGLISH_HOVER_LABELS): string {
  return term.source?.role === 'coined' ? labels.coinedIn : labels.see;
}

/** A markdown link with escaped text. */
function link(text: string, target: string, title?: string): string {
  const t = title === undefined ? '' : ` "${title.replace(/["\\]/g, '\\$&')}"`;
  return `[${escapeMarkdown(text)}](${target}${t})`;
}

/**
 * Builds the hover markdown for a term: the term in bold with its other spellings, the definition,
 * the explanation, the example as a quote, the source as a link ("Coined in" or "See"), the terms it
 * is often confused with and how they differ, the related terms, and
 * the "Open in explainer" / "Explain with LLM" links.
 *
 * @param term The term to describe.
 * @param glossary The glossary `term` belongs to; related ids are resolved in it (unknown ids are skipped).
 * @param options Which command links to emit; see {@link HoverContentOptions}.
 * @returns Markdown text; every glossary string in it is escaped with {@link escapeMarkdown}.
 */
export function buildHoverMarkdown(term: Term, glossary: Glossary, options: HoverContentOptions): string {
  const showTerm = options.commandLinks ? options.showTermCommand : undefined;
  const explain = options.commandLinks ? options.explainCommand : undefined;
  const labels = options.labels ?? ENGLISH_HOVER_LABELS;
  const blocks: string[] = [];

  const heading = `**${escapeMarkdown(term.term)}**`;
  const aliases = term.aliases.map((a) => a.trim()).filter((a) => a !== '');
  blocks.push(aliases.length > 0 ? `${heading}  \n*${labels.also(aliases.map(escapeMarkdown).join(', '))}*` : heading);

  blocks.push(escapeMarkdown(term.definition));
  if (term.explanation.trim() !== '') {
    blocks.push(escapeMarkdown(term.explanation));
  }
  if (term.example !== undefined && term.example.trim() !== '') {
    blocks.push(`> *${escapeMarkdown(term.example)}*`);
  }

  const { source } = term;
  if (source) {
    const citation = `${escapeMarkdown(source.authors)} \\(${escapeMarkdown(String(source.year))}\\), *${escapeMarkdown(source.work)}*`;
    const url = safeHttpsUrl(source.url);
    const lead = escapeMarkdown(sourceLead(term, labels));
    blocks.push(url === undefined ? `${lead} ${citation}` : `${lead} [${citation}](${url})`);
  }

  const confusions = (term.confusedWith ?? [])
    .map((c) => ({ other: findTerm(glossary, c.id), note: c.note }))
    .filter((c): c is { other: Term; note: string } => c.other !== undefined && c.other.id !== term.id);
  for (const { other, note } of confusions) {
    const name = showTerm === undefined ? escapeMarkdown(other.term) : link(other.term, commandUri(showTerm, [other.id]), labels.openInExplainer);
    blocks.push(`*${escapeMarkdown(labels.notConfusedWith)}* ${name}: ${escapeMarkdown(note)}`);
  }

  const related = term.related
    .map((id) => findTerm(glossary, id))
    .filter((t): t is Term => t !== undefined && t.id !== term.id);
  if (related.length > 0) {
    const names = related.map((t) =>
      showTerm === undefined ? escapeMarkdown(t.term) : link(t.term, commandUri(showTerm, [t.id]), labels.openInExplainer),
    );
    blocks.push(labels.related(names.join(', ')));
  }

  const actions: string[] = [];
  if (showTerm !== undefined) {
    actions.push(link(labels.openInExplainer, commandUri(showTerm, [term.id]), labels.openInExplainerTitle));
  }
  if (explain !== undefined) {
    actions.push(link(labels.explainWithLlm, commandUri(explain, [term.id]), labels.explainWithLlmTitle));
  }
  if (actions.length > 0) {
    blocks.push('---');
    blocks.push(actions.join(DOT));
  }

  return blocks.join('\n\n');
}
