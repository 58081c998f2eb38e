/**
 * Prompts sent to the chat API. The seed's example request is reproduced exactly; term prompts put
 * our glossary entry in as context so the model explains the same concept the hover defines.
 * Every prompt is bounded in length: selections can be arbitrarily large.
 */
import { ENGLISH_LLM_MESSAGES, type LlmMessages } from './llmMessages';
import { findTerm } from './glossary/glossary';
import type { Glossary, Term } from './glossary/types';
import { printable, termIdArgument } from './commandArgument';
import { truncate } from './redact';

/** The seed's example prompt, sent by "Explain Mesa-Optimization with LLM". */
export const SEED_PROMPT = 'Explain mesa-optimization with a simple analogy in AI training.';

/** The model the seed's example uses (also the default of `aiSafety.llm.model`). */
export const SEED_MODEL = 'gpt-4o';

/** Longest piece of selected text quoted in a prompt, in characters. */
export const MAX_SELECTION_CHARS = 2000;

/** Longest prompt ever built, in characters. */
export const MAX_PROMPT_CHARS = 6000;

/** Context from the editor for a term prompt. */
export interface PromptContext {
  /** Text the user selected; quoted (shortened to {@link MAX_SELECTION_CHARS}) for context. */
  readonly selection?: string;
  /** Language id of the document (e.g. `python`); mentioned when it looks like a language id. */
  readonly languageId?: string;
}

/**
 * The prompt for explaining one glossary term: asks for a simple analogy in AI training (as the
 * seed does) and gives the glossary definition, explanation and source as context, plus the user's
 * selection when there is one. At most {@link MAX_PROMPT_CHARS} characters.
 *
 * @param term The glossary entry to explain.
 * @param context Optional selection and language of the document it came from.
 */
export function buildTermPrompt(term: Term, context: PromptContext = {}): string {
  const lines = [
    `Explain the AI-safety concept "${term.term}" with a simple analogy in AI training.`,
    '',
    'Use this glossary entry as context:',
    `- Definition: ${term.definition}`,
    `- Explanation: ${term.explanation}`,
  ];
  if (term.source) {
    const s = term.source;
    lines.push(`- ${s.role === 'coined' ? 'Coined in' : 'Standard reference'}: ${s.authors}, "${s.work}" (${s.year}).`);
  }
  const quoted = quoteSelection(context);
  if (quoted) {
    lines.push('', `Relate the explanation to this text the reader selected${quoted.where}:`, quoted.block);
  }
  lines.push('', 'Answer in a few short paragraphs of Markdown.');
  return truncate(lines.join('\n'), MAX_PROMPT_CHARS);
}

/**
 * The prompt for explaining selected text that contains no glossary term: asks what it means from
 * an AI-safety point of view. The selection is shortened to {@link MAX_SELECTION_CHARS}.
 *
 * @param selection The selected text (must contain something other than whitespace).
 * @param languageId Language id of the document, if known.
 */
export function buildSelectionPrompt(selection: string, languageId?: string): string {
  const quoted = quoteSelection({ selection, languageId });
  const lines = [
    `Explain the following text${quoted?.where ?? ''} from an AI-safety point of view, with a simple analogy where it helps.`,
    '',
    quoted?.block ?? '',
    '',
    'Answer in a few short paragraphs of Markdown.',
  ];
  return truncate(lines.join('\n'), MAX_PROMPT_CHARS);
}

/** The selection as a fenced block (fence longer than any backtick run inside), and where it came from. */
function quoteSelection(context: PromptContext): { block: string; where: string } | undefined {
  const selection = context.selection?.trim();
  if (!selection) {
    return undefined;
  }
  const text = truncate(selection, MAX_SELECTION_CHARS);
  let longestRun = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    run = text.charCodeAt(i) === 0x60 /* ` */ ? run + 1 : 0;
    longestRun = Math.max(longestRun, run);
  }
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  const language = context.languageId && /^[A-Za-z0-9_.+#-]{1,40}$/.test(context.languageId) ? context.languageId : '';
  return {
    block: `${fence}${language}\n${text}\n${fence}`,
    where: language ? ` in a ${language} file` : '',
  };
}

/** Where the text to explain comes from, gathered from the editor by the command. */
export interface ExplainSource {
  /**
   * The command argument, as received: a term id (string) or a one-element array holding one, from
   * a hover link. Anything else (a URI from a context menu, nothing) means "use the editor".
   */
  readonly argument?: unknown;
  /** The selected text, if any (the caller may already have shortened a huge selection). */
  readonly selection?: string;
  /** The line at the cursor and the cursor's UTF-16 offset in it. */
  readonly line?: { readonly text: string; readonly offset: number };
  /** Language id of the document. */
  readonly languageId?: string;
}

/** What to ask: a prompt (and the term it is about), or why there is nothing to ask. */
export type ExplainPlan =
  | { readonly ok: true; readonly prompt: string; readonly termId?: string }
  | { readonly ok: false; readonly message: string };

/**
 * The term lookup {@link planExplanation} uses: the annotator's decision for the document the text
 * comes from (`Annotator.findIn`/`termAt` with the document's context), never the raw matcher, so
 * the command explains exactly the terms the hover marks.
 */
export interface TermFinder {
  /** Every marked term in `text` (a piece of the document), sorted by start. */
  findAll(text: string): readonly { readonly id: string; readonly start: number; readonly end: number }[];
  /** The marked term at `offset` in `text` (a line of the document), if any. */
  termAt(text: string, offset: number): { readonly id: string; readonly start: number; readonly end: number } | undefined;
}

/**
 * Decides what "Explain Term with LLM" asks, in this order: a term id given as the argument (must be
 * in the glossary); else the selection (the first glossary term in it, with the selection as
 * context, or the selected text itself when it holds no term); else the term at the cursor.
 *
 * @param source The argument and editor state.
 * @param glossary The glossary that ids and matches refer to.
 * @param finder The annotator's term lookup for the source's document.
 * @param m The messages' texts (English by default).
 */
export function planExplanation(source: ExplainSource, glossary: Glossary, finder: TermFinder, m: LlmMessages = ENGLISH_LLM_MESSAGES): ExplainPlan {
  const id = termIdArgument(source.argument);
  if (id !== undefined) {
    const term = findTerm(glossary, id);
    return term
      ? { ok: true, prompt: buildTermPrompt(term), termId: term.id }
      : { ok: false, message: m.noTermWithId(printable(id)) };
  }

  const selection = source.selection?.trim() ? truncate(source.selection, MAX_SELECTION_CHARS * 2) : undefined;
  if (selection !== undefined) {
    const match = finder.findAll(selection).find((m) => findTerm(glossary, m.id));
    const term = match && findTerm(glossary, match.id);
    if (match && term) {
      // A selection that is just the term adds nothing as context.
      const onlyTheTerm = selection.trim() === selection.slice(match.start, match.end).trim();
      const context = onlyTheTerm ? {} : { selection, ...(source.languageId ? { languageId: source.languageId } : {}) };
      return { ok: true, prompt: buildTermPrompt(term, context), termId: term.id };
    }
    return { ok: true, prompt: buildSelectionPrompt(selection, source.languageId) };
  }

  if (source.line) {
    const match = finder.termAt(source.line.text, source.line.offset);
    const term = match && findTerm(glossary, match.id);
    if (term) {
      return { ok: true, prompt: buildTermPrompt(term), termId: term.id };
    }
  }
  return {
    ok: false,
    message: m.nothingToExplain,
  };
}

