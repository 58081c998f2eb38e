/**
 * Helpers shared by the integration suites (bundled on its own; not a suite: the index runs only
 * `*.test.js`).
 */
import { strict as assert } from 'assert';
import * as vscode from 'vscode';

/**
 * Polls until `predicate` holds: hover registration, settings, file watchers and glossary reloads
 * reach the extension host asynchronously, and there is no event for the tests to wait on.
 */
export async function eventually(predicate: () => Promise<boolean> | boolean, what: string, timeoutMs = 15000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await predicate()) {
      return;
    }
    if (Date.now() > deadline) {
      assert.fail(`timed out waiting until ${what}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** Opens a file of the sample workspace (test/fixtures/workspace) as a text document. */
export async function openFixture(name: string): Promise<vscode.TextDocument> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder open');
  return vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, name));
}
