import * as vscode from 'vscode';
import { describeModel, selectorOf } from '../core/modelChoice';
import { Command } from '../core/commandIds';
import { registerCommand } from './registerCommand';

/** What "Choose Language Model…" needs. */
export interface ChooseLanguageModelDeps {
  readonly log: vscode.LogOutputChannel;
}

/** Setting that holds the chosen model (machine scope, like every LLM setting). */
const MODEL_SETTING = 'vscodeModel';
const PROVIDER_SETTING = 'provider';

/**
 * Registers `aiSafety.chooseLanguageModel`: lists the models VS Code offers through `vscode.lm` and
 * writes the pick to `aiSafety.llm.vscodeModel` in the user settings. "Any model" clears it.
 * Resolves to the selector written, `''` for any model, or undefined when nothing changed.
 */
export function registerChooseLanguageModel(context: vscode.ExtensionContext, deps: ChooseLanguageModelDeps): void {
  registerCommand(context, deps.log, Command.ChooseLanguageModel, async () => {
    const models = await vscode.lm.selectChatModels({});
    if (models.length === 0) {
      void vscode.window.showInformationMessage(
        vscode.l10n.t('AI Safety: VS Code offers no language models. Install or sign in to a model provider such as GitHub Copilot, or use an API key ("AI Safety: Set API Key…").'),
      );
      return undefined;
    }
    const config = vscode.workspace.getConfiguration('aiSafety.llm');
    const current = config.inspect<string>(MODEL_SETTING)?.globalValue ?? '';
    type Item = vscode.QuickPickItem & { readonly selector: string };
    const items: Item[] = [
      { label: `$(sparkle) ${vscode.l10n.t('Any available model')}`, description: vscode.l10n.t('let VS Code pick'), selector: '', picked: current === '' },
      ...models.map((m) => {
        const selector = selectorOf(m);
        return {
          label: m.name || m.id,
          description: describeModel(m),
          detail: selector === current ? vscode.l10n.t('current choice') : undefined,
          selector,
        };
      }),
    ];
    const pick = await vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('AI Safety: language model for the explain commands'),
      placeHolder: vscode.l10n.t('Used when aiSafety.llm.provider is "vscode", or "auto" with no API key'),
      matchOnDescription: true,
    });
    if (!pick) {
      return undefined;
    }
    await config.update(MODEL_SETTING, pick.selector || undefined, vscode.ConfigurationTarget.Global);
    const provider = config.inspect<string>(PROVIDER_SETTING)?.globalValue ?? 'auto';
    deps.log.info(`Language model for explain commands: ${pick.selector || 'any'} (provider ${provider}).`);
    if (provider === 'openai') {
      void vscode.window.showInformationMessage(
        vscode.l10n.t('AI Safety: model saved. aiSafety.llm.provider is "openai", so it is used only after you set the provider to "auto" or "vscode".'),
      );
    }
    return pick.selector;
  });
}
