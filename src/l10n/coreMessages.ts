/**
 * The vscode-free modules' user-facing words, translated. The core and the other modules that unit
 * tests load in plain Node cannot call `vscode.l10n.t`, so each takes a messages object (English by
 * default) and the adapters pass the one built here. Every text is a literal `vscode.l10n.t` call, so
 * `npm run l10n` finds it; the unit tests check that each English default is a key of the bundle.
 */
import * as vscode from 'vscode';
import type { HoverLabels } from '../core/hoverContent';

/** The hover card's words (also the chat participant's /define card). */
export function hoverLabels(): HoverLabels {
  return {
    also: (aliases) => vscode.l10n.t('Also: {0}', aliases),
    coinedIn: vscode.l10n.t('Coined in'),
    see: vscode.l10n.t('See'),
    notConfusedWith: vscode.l10n.t('Not to be confused with'),
    related: (names) => vscode.l10n.t('Related: {0}', names),
    openInExplainer: vscode.l10n.t('Open in explainer'),
    openInExplainerTitle: vscode.l10n.t('Show this term in the AI Safety sidebar'),
    explainWithLlm: vscode.l10n.t('Explain with LLM'),
    explainWithLlmTitle: vscode.l10n.t('Ask the configured chat model about this term'),
  };
}
