import * as vscode from 'vscode';
import type { Glossary } from '../core/glossary/types';
import { hoverLabels } from '../l10n/coreMessages';
import type { DocumentAnnotations } from '../annotations/documentAnnotations';
import { HOVER_COMMANDS } from '../core/commandIds';
import { HoverCards } from './hoverCards';

/** What the hover needs; all of it is created once at activation. */
export interface TermHoverDeps {
  readonly glossary: Glossary;
  /** The annotator's decision per document (never the raw matcher), and the glossary that applies there. */
  readonly annotations: Pick<DocumentAnnotations, 'termAt' | 'glossaryFor'>;
  readonly log: vscode.LogOutputChannel;
  /** Called whenever a card is shown; must be cheap (it pulses the walkthrough's context key). */
  readonly onCard?: () => void;
}

/** Settings section of the hover (`aiSafety.hover.*`). */
const SECTION = 'aiSafety.hover';

/**
 * Shows a glossary card when the mouse rests on a term, in any language and URI scheme.
 *
 * Shows exactly what the annotator marks (ambiguous terms only in AI-safety context, nothing inside
 * encoded blobs, no disabled terms). Only the hovered line is read (`lineAt`, which hands back the
 * line the host already holds) and scanned in a bounded window around the cursor; the document's
 * context decision is computed once per document version and cached, so a 5 MB minified line hovers
 * as fast as a short one.
 */
export class TermHoverProvider implements vscode.HoverProvider {
  /** Each term's card, built at most once per glossary version. */
  private readonly cards = new HoverCards(hoverLabels());

  constructor(private readonly deps: TermHoverDeps) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    try {
      if (!this.isEnabledFor(document)) {
        return undefined;
      }
      const match = this.deps.annotations.termAt(document, position);
      // The mouse is on a character: a term that merely ends at this position is not hovered.
      if (!match || position.character >= match.end) {
        return undefined;
      }
      const markdown = this.cards.markdownFor(match.id, this.deps.annotations.glossaryFor(document));
      if (markdown === undefined) {
        return undefined;
      }
      const content = new vscode.MarkdownString(markdown);
      content.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
      content.supportHtml = false;
      content.supportThemeIcons = false;
      this.deps.onCard?.();
      return new vscode.Hover(content, new vscode.Range(position.line, match.start, position.line, match.end));
    } catch (err) {
      this.deps.log.error('Hover failed:', err instanceof Error ? err : String(err));
      return undefined;
    }
  }

  /**
   * `aiSafety.hover.enabled` (language-overridable, so read for this document's language and
   * resource) and `aiSafety.hover.excludedLanguages`. Read on every hover so changes apply at once;
   * a configuration read is cheap next to the user's pause before a hover.
   */
  private isEnabledFor(document: vscode.TextDocument): boolean {
    const config = vscode.workspace.getConfiguration(SECTION, { uri: document.uri, languageId: document.languageId });
    if (config.get<unknown>('enabled', true) === false) {
      return false;
    }
    const excluded = config.get<unknown>('excludedLanguages', []);
    return !(Array.isArray(excluded) && excluded.some((id) => id === document.languageId));
  }
}
