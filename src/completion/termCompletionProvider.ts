import * as vscode from 'vscode';
import { shouldOfferTerms, termCompletions } from '../core/termCompletion';
import type { Glossary } from '../core/glossary/types';
import { readOptions } from '../annotations/documentAnnotations';

/**
 * Letters that ask the as-you-type provider in languages whose quick suggestions are off (markdown by
 * default). It is registered only while `aiSafety.completion.enabled` is on and only for such languages:
 * a letter trigger stands in for quick suggestions, and where those are on it would replace them.
 */
const TRIGGER_CHARACTERS = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'];

/** A word with inner hyphens (mesa-optimizer), as far as it has been typed. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'-]*/u;

/**
 * Offers glossary terms (and their aliases) in markdown and plain text, each with its definition as
 * documentation; accepting one inserts it as the glossary spelling.
 *
 * Always on explicit invoke (Ctrl+Space); while typing only with `aiSafety.completion.enabled`, after
 * three letters. VS Code reports an explicit invoke and a quick suggestion alike (`Invoke`), so an
 * `Invoke` counts as explicit where the language's `editor.quickSuggestions` are off (markdown by default)
 * or at the start of a word; in a language with quick suggestions on (plain text) a mid-word `Invoke`
 * is treated as typing. Where quick suggestions are off, typing reaches the provider through letter
 * triggers (`TriggerCharacter`), registered only while the setting is on.
 */
export class TermCompletionProvider implements vscode.CompletionItemProvider {
  /** @param onlyTriggers True for the letter-trigger registration: it answers only typing, never `Invoke` (the main one does). */
  constructor(
    private readonly glossary: Glossary,
    private readonly onlyTriggers = false,
  ) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position, _token: vscode.CancellationToken, context: vscode.CompletionContext): vscode.CompletionItem[] | undefined {
    if (this.onlyTriggers && context.triggerKind !== vscode.CompletionTriggerKind.TriggerCharacter) {
      return undefined;
    }
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
  return quickSuggestionsValueOn(vscode.workspace.getConfiguration('editor', { languageId: document.languageId, uri: document.uri }).get<unknown>('quickSuggestions'));
}

/** Whether VS Code suggests while typing plain words in a language (its default and user settings). */
function quickSuggestionsOnFor(languageId: string): boolean {
  return quickSuggestionsValueOn(vscode.workspace.getConfiguration('editor', { languageId }).get<unknown>('quickSuggestions'));
}

function quickSuggestionsValueOn(value: unknown): boolean {
  if (typeof value === 'boolean') {
    return value;
  }
  const other = value && typeof value === 'object' ? (value as { other?: unknown }).other : undefined;
  return other === true || other === 'on' || other === 'inline';
}

/**
 * While `aiSafety.completion.enabled` is on, registers letter triggers for those of markdown and plain
 * text whose quick suggestions are off, and keeps them in step with the settings. (The main provider is
 * registered at activation by src/lazySurfaces.ts.)
 */
export function registerCompletionTriggers(context: vscode.ExtensionContext, deps: { readonly glossary: Glossary }): void {
  let triggers: vscode.Disposable | undefined;
  const refresh = () => {
    triggers?.dispose();
    triggers = undefined;
    if (vscode.workspace.getConfiguration('aiSafety.completion').get<boolean>('enabled', false) !== true) {
      return;
    }
    const quiet = ['markdown', 'plaintext'].filter((languageId) => !quickSuggestionsOnFor(languageId));
    if (quiet.length > 0) {
      const selector = quiet.map((language) => ({ language }));
      triggers = vscode.languages.registerCompletionItemProvider(selector, new TermCompletionProvider(deps.glossary, true), ...TRIGGER_CHARACTERS);
    }
  };
  refresh();
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('aiSafety.completion') || event.affectsConfiguration('editor.quickSuggestions')) {
        refresh();
      }
    }),
    { dispose: () => triggers?.dispose() },
  );
}
