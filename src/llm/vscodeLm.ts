import * as vscode from 'vscode';
import { describeLmError, type LmFix } from '../core/lmErrors';
import { llmMessages } from '../l10n/coreMessages';
import { describeModel, type ModelSelector } from '../core/modelChoice';

/** How a `vscode.lm` answer ended (the same statuses the OpenAI path reports). */
export interface LmStreamResult {
  readonly status: 'complete' | 'interrupted' | 'cancelled' | 'error';
  readonly text: string;
  /** User-facing reason for every status but `complete` and `cancelled`. */
  readonly error?: string;
  readonly fix?: LmFix;
}

/**
 * The first model VS Code offers for `selector`, or undefined. Never throws: a provider that fails
 * while listing its models counts as offering none.
 */
export async function selectVscodeModel(selector: ModelSelector): Promise<vscode.LanguageModelChat | undefined> {
  try {
    const models = await vscode.lm.selectChatModels(selector);
    return models[0];
  } catch {
    return undefined;
  }
}

/**
 * Sends one user prompt to a `vscode.lm` model and streams the answer through `onDelta`. VS Code
 * asks the user for consent to use the model on the first request; a refusal comes back as an error
 * with the next step. Never rejects.
 *
 * @param model The model (from `vscode.lm.selectChatModels` or a chat request).
 * @param prompt The prompt, as the OpenAI path would send it.
 * @param token Cancels the request (Stop, a newer question, or the chat's own token).
 * @param onDelta Receives each piece of answer text as it arrives.
 * @param justification Shown by VS Code when it asks the user for access to the model.
 */
export async function streamFromVscodeLm(
  model: vscode.LanguageModelChat,
  prompt: string,
  token: vscode.CancellationToken,
  onDelta: (text: string) => void,
  justification = vscode.l10n.t('AI Safety Annotations sends the explain prompt you asked for to this model.'),
): Promise<LmStreamResult> {
  let text = '';
  try {
    const response = await model.sendRequest([vscode.LanguageModelChatMessage.User(prompt)], { justification }, token);
    for await (const fragment of response.text) {
      if (token.isCancellationRequested) {
        break;
      }
      text += fragment;
      onDelta(fragment);
    }
    return token.isCancellationRequested ? { status: 'cancelled', text } : { status: 'complete', text };
  } catch (err) {
    if (token.isCancellationRequested || (err instanceof vscode.CancellationError)) {
      return { status: 'cancelled', text };
    }
    const failure = describeLmError(err, describeModel(model), llmMessages());
    return { status: text ? 'interrupted' : 'error', text, error: failure.message, fix: failure.fix };
  }
}
