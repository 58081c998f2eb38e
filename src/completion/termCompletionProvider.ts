import * as vscode from 'vscode';
import { shouldOfferTerms, termCompletions } from '../core/termCompletion';
import type { Glossary } from '../core/glossary/types';
import { readOptions } from '../annotations/documentAnnotations';

/** Where glossary terms are offered: prose, not code. */
export const COMPLETION_SELECTOR: vscode.DocumentSelector = [{ language: 'markdown' }, { language: 'plaintext' }];

/** Letters that ask the provider while typing (it answers only with `aiSafety.completion.enabled`). */
const TRIGGER_CHARACTERS = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'];

/** A word with inner hyphens (mesa-optimizer), as far as it has been typed. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'-]*/u;

/**
 * Offers glossary terms (and their aliases) in markdown and plain text, each with its definition as
 * documentation; accepting one inserts it as the glossary spells it.
 *
 * Always on explicit invoke (Ctrl+Space); while typing only with `aiSafety.completion.enabled`, after
 * three letters. VS Code reports both as `Invoke`, so an `Invoke` counts as explicit where the language's
 * `editor.quickSuggestions` are off (markdown by default) or at the start of a word; in a language with
 * quick suggestions on (plain text) a mid-word `Invoke` is treated as typing.
 */
export class TermCompletionProvider implements vscode.CompletionItemProvider {
  constructor(private readonly glossary: Glossary) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position, _token: vscode.CancellationToken, context: vscode.CompletionContext): vscode.CompletionItem[] | undefined {
    const range = document.getWordRangeAtPosition(position, WORD);
    const start = range && range.start.isBefore(position) ? range.start : position;
    const typed = document.lineAt(position.line).text.slice(start.character, position.character);
    const explicit = context.triggerKind === vscode.CompletionTriggerKind.Invoke && (typed === '' || !quickSuggestionsOn(document));
    const asYouType = vscode.workspace.getConfiguration('aiSafety.completion', document).get<boolean>('enabled', false) === true;
    if (!shouldOfferTerms(typed, explicit, asYouType)) {
      return undefined;
    }
    const { disabledTerms } = readOptions(vscode.workspace.getConfiguration('aiSafety.annotations', document));
    const replace = new vscode.Range(start, position);
    return termCompletions(this.glossary.terms, disabledTerms).map((t) => {
      const item = new vscode.CompletionItem(
        { label: t.insertText, description: t.aliasOf ? `${t.aliasOf} · AI Safety` : 'AI Safety' },
        vscode.CompletionItemKind.Text,
      );
      item.insertText = t.insertText;
      item.filterText = t.insertText;
      item.sortText = t.sortText;
      item.range = replace;
      item.detail = t.aliasOf ?? undefined;
      item.documentation = t.definition; // plain text: shown as written, never rendered as markdown
      return item;
    });
  }
}

/** Whether VS Code suggests while typing plain words in this document's language. */
function quickSuggestionsOn(document: vscode.TextDocument): boolean {
  const value = vscode.workspace.getConfiguration('editor', { languageId: document.languageId, uri: document.uri }).get<unknown>('quickSuggestions');
  if (typeof value === 'boolean') {
    return value;
  }
  const other = value && typeof value === 'object' ? (value as { other?: unknown }).other : undefined;
  return other === true || other === 'on' || other === 'inline';
}

/** Registers the provider for markdown and plain text. */
export function registerTermCompletion(context: vscode.ExtensionContext, deps: { readonly glossary: Glossary }): void {
  context.subscriptions.push(vscode.languages.registerCompletionItemProvider(COMPLETION_SELECTOR, new TermCompletionProvider(deps.glossary), ...TRIGGER_CHARACTERS));
}
