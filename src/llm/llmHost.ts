/**
 * The LLM side as one lazily loaded bundle (`dist/llmHost.js`, one file for both hosts): the controller
 * (settings, routing between the API and `vscode.lm`, key prompt, consent, the answer's lifecycle),
 * the translated LLM messages, the explain plan, and the `@aisafety` chat handler. Activation keeps
 * only the small facade of `lazyLlm.ts` and the command and participant registrations, which load
 * this on first use.
 */
export { LlmController } from './llmController';
export { askForApiKey } from './apiKeyPrompt';
export { planExplanation } from '../core/prompt';
export { llmMessages } from '../l10n/coreMessages';
export { handleChatRequest, chatFollowups } from '../chat/chatParticipant';
