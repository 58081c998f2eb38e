import * as vscode from 'vscode';
import type { CommandId } from '../core/commandIds';
import { isUserFacingError } from '../core/userFacingError';

/**
 * Registers a command whose body runs inside one wrapper: failures are logged to the output channel
 * and shown to the user, so no command ever ends in an unhandled rejection.
 * The handler's return value is passed through (tests and other commands use it).
 */
export function registerCommand(
  context: vscode.ExtensionContext,
  log: vscode.LogOutputChannel,
  id: CommandId,
  handler: (...args: unknown[]) => unknown,
): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(id, async (...args: unknown[]) => {
      try {
        return await handler(...args);
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        if (isUserFacingError(err)) {
          log.warn(`${id}: ${message}`);
          void vscode.window.showErrorMessage(message);
        } else {
          log.error(`${id} failed:`, err instanceof Error ? err : message);
          void vscode.window.showErrorMessage(vscode.l10n.t('AI Safety: {0}', message), vscode.l10n.t('Show Log')).then((pick) => {
            if (pick) {
              log.show(true);
            }
          });
        }
        return undefined;
      }
    }),
  );
}
