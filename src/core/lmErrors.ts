/**
 * User-facing messages for failures of VS Code's language-model API (`vscode.LanguageModelError`
 * and friends), each with the next step. Plain data in, so the wording is unit-tested.
 */
import { ENGLISH_LLM_MESSAGES, type LlmMessages } from './llmMessages';
import { truncate } from './redact';


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
export function describeLmError(err: unknown, model: string, m: LlmMessages = ENGLISH_LLM_MESSAGES): LmFailure {
  const code = typeof err === 'object' && err !== null && typeof (err as { code?: unknown }).code === 'string' ? (err as { code: string }).code : '';
  const raw = err instanceof Error ? err.message : typeof err === 'string' ? err : '';
  const detail = truncate(raw.replace(/\s+/g, ' ').trim(), MAX_DETAIL_CHARS);
  switch (code) {
    case 'NoPermissions':
      return {
        message: m.lmNoPermissions(model),
        fix: 'allowAccess',
      };
    case 'Blocked':
      return {
        message: detail ? m.lmBlockedDetail(model, detail) : m.lmBlocked(model),
        fix: 'chooseModel',
      };
    case 'NotFound':
      return {
        message: m.lmNotFound(model),
        fix: 'chooseModel',
      };
    default:
      return {
        message: detail ? m.lmFailedDetail(model, detail) : m.lmFailed(model),
        fix: 'retry',
      };
  }
}

/** The message when `aiSafety.llm.provider` is `vscode` but VS Code offers no matching model. */
export function noModelMessage(selector: string, m: LlmMessages = ENGLISH_LLM_MESSAGES): string {
  return selector ? m.noModelMatching(selector) : m.noModel;
}
