/**
 * Which model answers an explain request: the OpenAI-compatible API with the user's key, or a model
 * that VS Code offers through `vscode.lm` (Copilot, or any extension that registers models). Plain
 * data in and out, so the decision is unit-tested without VS Code.
 */
import { ENGLISH_LLM_MESSAGES, type LlmMessages } from './llmMessages';

/** Values of `aiSafety.llm.provider`. */
export const LLM_PROVIDERS = ['auto', 'openai', 'vscode'] as const;

/** The model source the user chose: `auto` picks per request, the others force one path. */
export type LlmProvider = (typeof LLM_PROVIDERS)[number];

/** A `vscode.lm` model selector parsed from `aiSafety.llm.vscodeModel` (`vendor/family/id`). */
export interface ModelSelector {
  readonly vendor?: string;
  readonly family?: string;
  readonly id?: string;
}

/** What a model looks like to the chooser (the fields of `vscode.LanguageModelChat` it reads). */
export interface ModelInfo {
  readonly vendor: string;
  readonly family: string;
  readonly id: string;
  readonly name: string;
}

/** Longest selector accepted, in characters. */
const MAX_SELECTOR_CHARS = 200;

/** One part of a selector: what model vendors, families and ids are made of. */
const SELECTOR_PART = /^[A-Za-z0-9][A-Za-z0-9._:@+-]*$/;

/**
 * Reads `aiSafety.llm.provider`; anything else (a typo, a wrong type) falls back to `auto` with a
 * message for the log.
 *
 * @param value The setting's value as read (unknown until checked).
 */
export function parseProvider(value: unknown): { readonly provider: LlmProvider; readonly warning?: string } {
  if (value === undefined || value === null || value === '') {
    return { provider: 'auto' };
  }
  if (typeof value === 'string' && (LLM_PROVIDERS as readonly string[]).includes(value)) {
    return { provider: value as LlmProvider };
  }
  return { provider: 'auto', warning: `aiSafety.llm.provider must be one of ${LLM_PROVIDERS.join(', ')}; using auto.` };
}

/**
 * Parses `aiSafety.llm.vscodeModel`: `vendor`, `vendor/family` or `vendor/family/id`, for example
 * `copilot/gpt-4o`. An empty value selects any model.
 *
 * @param value The setting's value as read.
 */
export function parseModelSelector(value: unknown, m: LlmMessages = ENGLISH_LLM_MESSAGES): { readonly ok: true; readonly selector: ModelSelector } | { readonly ok: false; readonly message: string } {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    return { ok: true, selector: {} };
  }
  const invalid = {
    ok: false as const,
    message: m.modelSelectorInvalid,
  };
  if (typeof value !== 'string' || value.length > MAX_SELECTOR_CHARS) {
    return invalid;
  }
  const parts = value.trim().split('/');
  if (parts.length > 3 || parts.some((p) => !SELECTOR_PART.test(p))) {
    return invalid;
  }
  const [vendor, family, id] = parts;
  return { ok: true, selector: { vendor, ...(family ? { family } : {}), ...(id ? { id } : {}) } };
}

/** The selector that picks exactly this model, as the setting spells it. */
export function selectorOf(model: ModelInfo): string {
  return `${model.vendor}/${model.family}/${model.id}`;
}

/** How an answer names the model that wrote it: its name and where it comes from. */
export function describeModel(model: ModelInfo): string {
  return model.name && model.name !== model.id ? `${model.name} (${model.vendor}/${model.id})` : `${model.vendor}/${model.id}`;
}

/** Where a request goes, decided before anything is sent. */
export type ModelSource =
  /** The OpenAI-compatible API with the stored or environment key. */
  | 'openai'
  /** A model from `vscode.lm`. */
  | 'vscode'
  /** No key and no `vscode.lm` model: ask the user for a key, as the OpenAI path always did. */
  | 'ask-key'
  /** `vscode` was forced but VS Code offers no matching model. */
  | 'no-vscode-model';

/**
 * Chooses the model source.
 * - `openai`: always the OpenAI-compatible API (asking for a key when none exists).
 * - `vscode`: always `vscode.lm`; when it offers no model, say so rather than fall back.
 * - `auto`: the OpenAI-compatible API when a key is stored or in the environment, else a `vscode.lm`
 *   model when one exists, else ask for a key.
 *
 * @param provider The user's `aiSafety.llm.provider`.
 * @param hasKey Whether a usable key is stored or set in `OPENAI_API_KEY`.
 * @param vscodeModelAvailable Whether `vscode.lm` offers a model matching the user's selector.
 */
export function chooseModelSource(provider: LlmProvider, hasKey: boolean, vscodeModelAvailable: boolean): ModelSource {
  switch (provider) {
    case 'openai':
      return hasKey ? 'openai' : 'ask-key';
    case 'vscode':
      return vscodeModelAvailable ? 'vscode' : 'no-vscode-model';
    case 'auto':
      return hasKey ? 'openai' : vscodeModelAvailable ? 'vscode' : 'ask-key';
  }
}
