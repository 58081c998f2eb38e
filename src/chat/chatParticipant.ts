import * as vscode from 'vscode';
import { Command } from '../core/commandIds';
import { isHttpsUrl } from '../core/url';
import { buildQuestionPrompt, mentionedTerms, relatedTerms } from '../core/chatContent';
import { findTerm } from '../core/glossary/glossary';
import type { Glossary, Term } from '../core/glossary/types';
import { buildHoverMarkdown, escapeMarkdown } from '../core/hoverContent';
import { hoverLabels } from '../l10n/coreMessages';
import { SEED_PROMPT, type TermFinder } from '../core/prompt';
import { lookupTerm } from '../core/termLookup';
import { streamFromVscodeLm } from '../llm/vscodeLm';

/** What the participant needs. */
export interface ChatParticipantDeps {
  readonly glossary: Glossary;
  /** Finds glossary terms in a question (every sense: a chat with @aisafety is about AI safety). */
  readonly finder: Pick<TermFinder, 'findAll'>;
  readonly log: vscode.LogOutputChannel;
}

/** What a reply remembers for its follow-ups (`ChatResult.metadata`). */
export interface ChatReplyMetadata {
  readonly command: string;
  /** Glossary ids the reply was about, first the main one. */
  readonly termIds: readonly string[];
}

/** The part of `vscode.ChatResponseStream` the handler writes to. */
export type ReplyStream = Pick<vscode.ChatResponseStream, 'markdown' | 'button' | 'reference' | 'progress'>;

/** The part of `vscode.ChatRequest` the handler reads. */
export type ReplyRequest = Pick<vscode.ChatRequest, 'prompt' | 'command' | 'model'>;

/**
 * Answers one chat request of `@aisafety` (registered in `registerChatParticipant.ts`; this module
 * is in the lazily loaded `dist/llmHost.js`):
 * - `/define <term>` answers from the glossary, without a model: the card, its source, related terms
 *   as follow-ups;
 * - `/explain <term or question>` asks the model chosen in the chat, with the glossary entries of the
 *   terms it mentions as context;
 * - `/seed` asks the seed's question ("Explain mesa-optimization with a simple analogy in AI training.");
 * - no command: a question about AI safety, answered with glossary context.
 *
 * Exported (beyond the bundle) so the integration tests can drive it with the real model objects
 * VS Code hands out, where the workbench has no chat view to type into.
 */
export async function handleChatRequest(
  request: ReplyRequest,
  stream: ReplyStream,
  token: vscode.CancellationToken,
  deps: ChatParticipantDeps,
): Promise<vscode.ChatResult> {
  const { glossary, finder } = deps;
  const text = request.prompt.trim();
  const command = request.command ?? '';

  if (command === 'define') {
    if (!text) {
      stream.markdown(vscode.l10n.t('Name a term to define, for example `/define mesa-optimizer`.'));
      return { metadata: { command, termIds: [] } satisfies ChatReplyMetadata };
    }
    const found = lookupTerm(glossary, finder, text);
    if (!found.found) {
      const names = found.closest.map((t) => `**${escapeMarkdown(t.term)}**`).join(', ');
      stream.markdown(names ? vscode.l10n.t('The AI-safety glossary has no entry for “{0}”. Closest: {1}.', escapeMarkdown(text.slice(0, 80)), names) : vscode.l10n.t('The AI-safety glossary has no entry for “{0}”.', escapeMarkdown(text.slice(0, 80))));
      return { metadata: { command, termIds: found.closest.map((t) => t.id) } satisfies ChatReplyMetadata };
    }
    replyWithCard(found.term, stream, glossary);
    return { metadata: { command, termIds: [found.term.id] } satisfies ChatReplyMetadata };
  }

  let prompt: string;
  let terms: Term[];
  if (command === 'seed') {
    prompt = SEED_PROMPT;
    terms = [];
  } else {
    if (!text) {
      stream.markdown(vscode.l10n.t('Ask a question about AI safety, or name a term: `/explain deceptive alignment`.'));
      return { metadata: { command, termIds: [] } satisfies ChatReplyMetadata };
    }
    const found = command === 'explain' ? lookupTerm(glossary, finder, text) : undefined;
    terms = found?.found ? [found.term] : mentionedTerms(text, glossary, finder);
    prompt = buildQuestionPrompt(found?.found ? `Explain the AI-safety concept "${found.term.term}" with a simple analogy in AI training.` : text, terms);
  }

  stream.progress(vscode.l10n.t('Asking {0}…', request.model.name));
  const result = await streamFromVscodeLm(request.model, prompt, token, (fragment) => stream.markdown(fragment), vscode.l10n.t('AI Safety Annotations answers your @aisafety question with this model.'));
  deps.log.info(`@aisafety /${command || 'ask'}: ${request.model.vendor}/${request.model.id} ended ${result.status} with ${result.text.length} characters.`);
  for (const term of terms) {
    const url = httpsUri(term.source?.url);
    if (url) {
      stream.reference(url);
    }
    stream.button({ command: Command.ShowTerm, arguments: [term.id], title: vscode.l10n.t('Open “{0}” in the explainer', term.term) });
  }
  const metadata: ChatReplyMetadata = { command, termIds: terms.map((t) => t.id) };
  if (result.status === 'error' || result.status === 'interrupted') {
    return { errorDetails: { message: result.error ?? vscode.l10n.t('The model failed.') }, metadata };
  }
  return { metadata };
}

/** The glossary card as markdown, its source as a reference, and a button to open it in the sidebar. */
function replyWithCard(term: Term, stream: ReplyStream, glossary: Glossary): void {
  stream.markdown(buildHoverMarkdown(term, glossary, { commandLinks: false, labels: hoverLabels() }));
  const url = httpsUri(term.source?.url);
  if (url) {
    stream.reference(url);
  }
  stream.button({ command: Command.ShowTerm, arguments: [term.id], title: vscode.l10n.t('Open in the explainer') });
}

/**
 * Follow-ups after a reply: define the related terms of the term it was about (or, after an unknown
 * term, the closest entries).
 */
export function chatFollowups(metadata: ChatReplyMetadata | undefined, glossary: Glossary): vscode.ChatFollowup[] {
  const ids = Array.isArray(metadata?.termIds) ? metadata.termIds : [];
  const first = typeof ids[0] === 'string' ? findTerm(glossary, ids[0]) : undefined;
  if (!first) {
    return [];
  }
  const next = metadata?.command === 'define' && ids.length > 1
    ? ids.map((id) => findTerm(glossary, id)).filter((t): t is Term => t !== undefined)
    : relatedTerms(first, glossary);
  return next.slice(0, 3).map((t) => ({ prompt: t.term, command: 'define', label: vscode.l10n.t('Define {0}', t.term) }));
}

/** The URI of an https source link, or undefined for anything else. */
function httpsUri(url: string | undefined): vscode.Uri | undefined {
  if (!isHttpsUrl(url)) {
    return undefined;
  }
  try {
    const uri = vscode.Uri.parse(url, true);
    return uri.scheme === 'https' ? uri : undefined;
  } catch {
    return undefined;
  }
}
