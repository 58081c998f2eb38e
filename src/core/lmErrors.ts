/**
 * User-facing messages for failures of VS Code's language-model API (`vscode.LanguageModelError`
 * and friends), each with the next step. Plain data in, so the wording is unit-tested.
 */
import { truncate } from './redact';

/** The command title people see for choosing a model (kept with the messages that point to it). */
export const CHOOSE_MODEL_TITLE = 'AI Safety: Choose Language Model…';

/** What the user can do about a failure. */
export type LmFix = 'chooseModel' | 'retry' | 'allowAccess' | undefined;

/** What a `vscode.lm` failure means for the user. */
export interface LmFailure {
  /** One or two sentences: what happened and what to do. */
  readonly message: string;
  /** The action offered next to the message. */
  readonly fix: LmFix;
}

/** Longest part of a provider's own error text shown, in characters. */
const MAX_DETAIL_CHARS = 300;

/**
 * Explains an error thrown by `vscode.lm` (selecting a model, sending a request, or reading the
 * stream). `LanguageModelError` carries a `code` (`NoPermissions`, `Blocked`, `NotFound`); providers
 * may throw other errors, whose text is shown shortened.
 *
 * @param err What was thrown (unknown).
 * @param model How the model is named to the user, e.g. "GPT-4o (copilot/gpt-4o)".
 */
export function describeLmError(err: unknown, model: string): LmFailure {
  const code = typeof err === 'object' && err !== null && typeof (err as { code?: unknown }).code === 'string' ? (err as { code: string }).code : '';
  const raw = err instanceof Error ? err.message : typeof err === 'string' ? err : '';
  const detail = truncate(raw.replace(/\s+/g, ' ').trim(), MAX_DETAIL_CHARS);
  switch (code) {
    case 'NoPermissions':
      return {
        message: `VS Code did not allow AI Safety Annotations to use ${model}. Allow it when VS Code asks, or under Accounts → Manage Language Model Access, then try again.`,
        fix: 'allowAccess',
      };
    case 'Blocked':
      return {
        message: `${model} refused the request: it was blocked, for example by a quota or rate limit.${detail ? ` (${detail})` : ''} Wait and try again, or pick another model with "${CHOOSE_MODEL_TITLE}".`,
        fix: 'chooseModel',
      };
    case 'NotFound':
      return {
        message: `${model} is no longer available. Pick another model with "${CHOOSE_MODEL_TITLE}".`,
        fix: 'chooseModel',
      };
    default:
      return {
        message: `${model} failed${detail ? `: ${detail}` : ''}. Try again, or pick another model with "${CHOOSE_MODEL_TITLE}".`,
        fix: 'retry',
      };
  }
}

/** The message when `aiSafety.llm.provider` is `vscode` but VS Code offers no matching model. */
export function noModelMessage(selector: string): string {
  return selector
    ? `VS Code offers no language model matching "${selector}" (aiSafety.llm.vscodeModel). Pick one with "${CHOOSE_MODEL_TITLE}", or install or sign in to a model provider such as GitHub Copilot.`
    : `VS Code offers no language model. Install or sign in to a model provider such as GitHub Copilot, or set aiSafety.llm.provider to "openai" and use an API key.`;
}
