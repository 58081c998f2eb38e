import * as vscode from 'vscode';
import type { ChatParticipantDeps, ChatReplyMetadata } from './chatParticipant';
import type { LazyLlm } from '../llm/lazyLlm';

/** Id of the participant (package.json `contributes.chatParticipants`); people type `@aisafety`. */
export const CHAT_PARTICIPANT_ID = 'aiSafety.chat';

/** What the registration needs: the handler's deps, and the LLM side whose bundle holds the handler. */
export interface ChatParticipantRegistrationDeps extends ChatParticipantDeps {
  readonly llm: Pick<LazyLlm, 'host'>;
}

/**
 * Registers `@aisafety` in the chat view. The handler and the follow-ups (`chatParticipant.ts`) are
 * in the LLM bundle (`dist/llmHost.js`), loaded by the first request.
 */
export function registerChatParticipant(context: vscode.ExtensionContext, deps: ChatParticipantRegistrationDeps): void {
  const { llm, ...handlerDeps } = deps;
  const participant = vscode.chat.createChatParticipant(CHAT_PARTICIPANT_ID, async (request, _context, stream, token) =>
    (await llm.host()).handleChatRequest(request, stream, token, handlerDeps),
  );
  participant.iconPath = vscode.Uri.joinPath(context.extensionUri, 'media', 'icon.png');
  participant.followupProvider = {
    provideFollowups: async (result) => (await llm.host()).chatFollowups(result.metadata as ChatReplyMetadata | undefined, deps.glossary),
  };
  context.subscriptions.push(participant);
}
