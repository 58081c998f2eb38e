/**
 * Text for the chat surfaces: the `@aisafety` participant's prompts and replies, and the
 * `aiSafety_lookupTerm` tool's result. Glossary entries go in as context so that a model explains
 * the same concept the hover defines, and cites it.
 */
import { findTerm } from './glossary/glossary';
import type { Glossary, Term } from './glossary/types';
import { sourceLead } from './hoverContent';
import { MAX_PROMPT_CHARS, type TermFinder } from './prompt';
import { truncate } from './redact';

/** Most glossary entries put into one prompt as context. */
export const MAX_CONTEXT_TERMS = 5;

/** Longest question quoted in a prompt, in characters. */
export const MAX_QUESTION_CHARS = 2000;

/**
 * The distinct glossary terms mentioned in `text`, in order of first mention, at most
 * {@link MAX_CONTEXT_TERMS}.
 *
 * @param text A chat question.
 * @param glossary The glossary the finder's ids refer to.
 * @param finder The term matcher (or annotator) for `glossary`.
 */
export function mentionedTerms(text: string, glossary: Glossary, finder: Pick<TermFinder, 'findAll'>): Term[] {
  const seen = new Set<string>();
  const terms: Term[] = [];
  for (const match of finder.findAll(text.slice(0, MAX_QUESTION_CHARS))) {
    const term = seen.has(match.id) ? undefined : findTerm(glossary, match.id);
    seen.add(match.id);
    if (term) {
      terms.push(term);
      if (terms.length === MAX_CONTEXT_TERMS) {
        break;
      }
    }
  }
  return terms;
}

/** One glossary entry as plain-text context: name, definition, explanation and source. */
export function termAsText(term: Term): string {
  const s = term.source;
  return [
    `${term.term} (glossary id: ${term.id})`,
    `Definition: ${term.definition}`,
    `Explanation: ${term.explanation}`,
    ...(s ? [`${sourceLead(term)}: ${s.authors}, "${s.work}" (${s.year}), ${s.url}`] : []),
  ].join('\n');
}

/**
 * The prompt for a chat question about AI safety: the question, plus the glossary entries of the
 * terms it mentions, with a request to rely on and cite them. Bounded by `MAX_PROMPT_CHARS`.
 *
 * @param question What the user asked (shortened to {@link MAX_QUESTION_CHARS}).
 * @param terms Glossary entries to give as context (see {@link mentionedTerms}).
 */
export function buildQuestionPrompt(question: string, terms: readonly Term[]): string {
  const lines = [
    'You are answering a question about AI safety and alignment.',
    '',
    'Question:',
    truncate(question.trim(), MAX_QUESTION_CHARS),
  ];
  if (terms.length > 0) {
    lines.push(
      '',
      'Glossary entries for the terms it mentions (use these definitions; when you rely on one, cite its source by author and year):',
    );
    for (const term of terms) {
      lines.push('', termAsText(term));
    }
  }
  lines.push('', 'Answer in a few short paragraphs of Markdown. Say so when something is uncertain or contested.');
  return truncate(lines.join('\n'), MAX_PROMPT_CHARS);
}

/**
 * The language-model tool's answer for a lookup: the entry as text, or, for an unknown name, the
 * closest entries with their definitions so the model can pick one or tell the user.
 *
 * @param query The name that was looked up (quoted back, shortened).
 * @param result What {@link lookupTerm} found.
 */
export function lookupResultText(
  query: string,
  result: { readonly found: true; readonly term: Term } | { readonly found: false; readonly closest: readonly Term[] },
): string {
  if (result.found) {
    const related = result.term.related.length ? `\nRelated glossary ids: ${result.term.related.join(', ')}` : '';
    return `${termAsText(result.term)}${related}`;
  }
  const shown = truncate(query.trim(), 80);
  if (result.closest.length === 0) {
    return `The AI-safety glossary has no entry for "${shown}".`;
  }
  return [
    `The AI-safety glossary has no entry for "${shown}". The closest entries are:`,
    ...result.closest.map((t) => `- ${t.term} (id: ${t.id}): ${t.definition}`),
  ].join('\n');
}

/**
 * Ids of a term's related entries that exist in the glossary, for chat follow-ups.
 *
 * @param term The entry.
 * @param glossary Its glossary.
 */
export function relatedTerms(term: Term, glossary: Glossary): Term[] {
  return term.related.map((id) => findTerm(glossary, id)).filter((t): t is Term => t !== undefined && t.id !== term.id);
}
