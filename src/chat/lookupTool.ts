import * as vscode from 'vscode';
import { lookupResultText } from '../core/chatContent';
import type { Glossary } from '../core/glossary/types';
import type { TermFinder } from '../core/prompt';
import { lookupTerm } from '../core/termLookup';

/** Name of the tool (package.json `contributes.languageModelTools`); `#aiSafetyGlossary` in chat. */
export const LOOKUP_TOOL_NAME = 'aiSafety_lookupTerm';

/** The tool's input, as its JSON schema declares it. */
export interface LookupToolInput {
  readonly term: string;
}

/** What the tool needs. */
export interface LookupToolDeps {
  readonly glossary: Glossary;
  readonly finder: Pick<TermFinder, 'findAll'>;
  readonly log: vscode.LogOutputChannel;
}

/**
 * A read-only tool agents call to look a term up instead of guessing: the entry's definition,
 * explanation and source, or the three closest entries. Read-only, so it asks for no confirmation.
 */
export function registerLookupTool(context: vscode.ExtensionContext, deps: LookupToolDeps): void {
  context.subscriptions.push(
    vscode.lm.registerTool<LookupToolInput>(LOOKUP_TOOL_NAME, {
      prepareInvocation: (options) => ({
        invocationMessage: vscode.l10n.t('Looking up “{0}” in the AI-safety glossary', termOf(options.input).slice(0, 80)),
      }),
      invoke: (options) => {
        const query = termOf(options.input);
        if (!query.trim()) {
          throw new Error('Give the name of an AI-safety term to look up, as { "term": "mesa-optimizer" }.');
        }
        const result = lookupTerm(deps.glossary, deps.finder, query);
        deps.log.info(`Glossary tool: ${result.found ? `found ${result.term.id}` : `no entry; offered ${result.closest.length} close ones`}.`);
        return new vscode.LanguageModelToolResult([new vscode.LanguageModelTextPart(lookupResultText(query, result))]);
      },
    }),
  );
}

/** The `term` field of untrusted tool input, or an empty string. */
function termOf(input: unknown): string {
  const term = typeof input === 'object' && input !== null ? (input as { term?: unknown }).term : undefined;
  return typeof term === 'string' ? term : '';
}
