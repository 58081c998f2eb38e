import * as path from 'path';
import * as vscode from 'vscode';
import type { BundleLoader, BundleName } from '../types';

/**
 * A bundle in `dist/` loaded with Node's `require` on first use. The path is computed, so esbuild
 * leaves the require alone and the bundle stays separate from the activation bundle.
 *
 * @param extensionUri The extension's install folder (`context.extensionUri`).
 * @param name Which bundle.
 */
export function createBundleLoader<T>(extensionUri: vscode.Uri, name: BundleName): BundleLoader<T> {
  let module: T | undefined;
  return {
    load(): T {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      return (module ??= require(path.join(extensionUri.fsPath, 'dist', `${name}.js`)) as T);
    },
    prepare: () => Promise.resolve(),
    ready: true,
    get loaded(): boolean {
      return module !== undefined;
    },
  };
}

/** Where a user-level glossary path (absolute, `~` already expanded) is read: the local file. */
export function userFileUri(fsPath: string): vscode.Uri {
  return vscode.Uri.file(fsPath);
}
