/**
 * Completion of glossary terms in prose (markdown and plain text): which items to offer and when.
 * Each term is offered as the glossary spells it, and each alias (an abbreviation, a British
 * spelling) as its own item pointing to the term, so typing `RLHF` or `mesa-optimis` finds it too.
 */
import type { Term } from './glossary/types';

/** Letters typed before completion pops up by itself (with `aiSafety.completion.enabled`). */
export const COMPLETION_MIN_PREFIX = 3;

/** One completion item, before the adapter turns it into a `vscode.CompletionItem`. */
export interface TermCompletion {
  /** The term's id. */
  readonly id: string;
  /** What the list shows and accepting inserts: the term or alias exactly as the glossary spells it. */
  readonly insertText: string;
  /** The term's display form when the item is an alias (shown beside it), else undefined. */
  readonly aliasOf?: string;
  /** The term's one-sentence definition (the item's documentation). */
  readonly definition: string;
  /** Sort key: terms before aliases, then alphabetical. */
  readonly sortText: string;
}

/**
 * The items for a glossary: every term and alias, minus disabled term ids.
 *
 * @param terms The glossary's terms (built-in and user).
 * @param disabledTerms Ids never offered (`aiSafety.annotations.disabledTerms`).
 */
export function termCompletions(terms: readonly Term[], disabledTerms: readonly string[] = []): TermCompletion[] {
  const disabled = new Set(disabledTerms);
  const items: TermCompletion[] = [];
  const seen = new Set<string>();
  for (const term of terms) {
    if (disabled.has(term.id)) {
      continue;
    }
    for (const [i, text] of [term.term, ...term.aliases].entries()) {
      const key = text.toLowerCase();
      if (seen.has(key)) {
        continue;
      }
      seen.add(key);
      items.push({
        id: term.id,
        insertText: text,
        aliasOf: i === 0 ? undefined : term.term,
        definition: term.definition,
        sortText: `${i === 0 ? '0' : '1'}${key}`,
      });
    }
  }
  return items;
}

/**
 * Whether to offer terms now.
 *
 * @param typed The word typed so far before the cursor.
 * @param explicit True when the user asked for completion (not suggestions while typing).
 * @param asYouType `aiSafety.completion.enabled`: offer terms while typing, after {@link COMPLETION_MIN_PREFIX} letters.
 */
export function shouldOfferTerms(typed: string, explicit: boolean, asYouType: boolean): boolean {
  if (explicit) {
    return true;
  }
  return asYouType && (typed.match(/\p{L}/gu)?.length ?? 0) >= COMPLETION_MIN_PREFIX;
}
