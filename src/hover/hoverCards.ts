import { findTerm } from '../core/glossary/glossary';
import type { Glossary, Term } from '../core/glossary/types';
import { buildHoverMarkdown, type HoverLabels } from '../core/hoverContent';
import { Command } from '../core/commandIds';

/**
 * The hover's cards: the markdown of each term's hover, built at most once per glossary version.
 * Holds no `vscode` import, so the glossary benchmark measures the hover with this very cache.
 */
export class HoverCards {
  /**
   * Markdown per term id, per glossary version (its term list): each version is immutable, so each
   * card is built at most once per version, and a reloaded glossary file starts afresh.
   */
  private readonly cache = new WeakMap<readonly Term[], Map<string, string>>();

  /** @param labels The card's words in the display language (English by default). */
  constructor(private readonly labels?: HoverLabels) {}

  /** The hover markdown of a term of `glossary`, or undefined when the glossary has no such id. */
  markdownFor(id: string, glossary: Glossary): string | undefined {
    let cards = this.cache.get(glossary.terms);
    if (!cards) {
      cards = new Map();
      this.cache.set(glossary.terms, cards);
    }
    let markdown = cards.get(id);
    if (markdown === undefined) {
      const term = findTerm(glossary, id);
      if (!term) {
        return undefined;
      }
      markdown = buildHoverMarkdown(term, glossary, {
        commandLinks: true,
        showTermCommand: Command.ShowTerm,
        explainCommand: Command.ExplainTerm,
        ...(this.labels ? { labels: this.labels } : {}),
      });
      cards.set(id, markdown);
    }
    return markdown;
  }
}
