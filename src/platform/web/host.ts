import * as vscode from 'vscode';
import { SHARED_BUNDLES, type BundleLoader, type BundleName } from '../types';

/**
 * A bundle in `dist/web/` (or a shared one in `dist/`) for the web worker extension host, where `require` only knows `vscode`
 * and `importScripts` is blocked. {@link BundleLoader.prepare} fetches the bundle's text; the first
 * {@link BundleLoader.load} evaluates it as a CommonJS module, the way the host evaluates the
 * activation bundle itself (`new Function('module', 'exports', 'require', text)`).
 *
 * The text is fetched with the worker's `fetch`, which the host patches to turn `vscode-remote:`
 * and `file:` URIs into URLs the browser can load (code-server, remote folders); on vscode.dev the
 * extension's location is already an `https:` URL of the extension CDN. If fetch cannot read it,
 * `vscode.workspace.fs` is asked instead.
 *
 * @param extensionUri The extension's install location (`context.extensionUri`).
 * @param name Which bundle.
 */
export function createBundleLoader<T>(extensionUri: vscode.Uri, name: BundleName): BundleLoader<T> {
  const uri = SHARED_BUNDLES.includes(name)
    ? vscode.Uri.joinPath(extensionUri, 'dist', `${name}.js`)
    : vscode.Uri.joinPath(extensionUri, 'dist', 'web', `${name}.js`);
  let text: string | undefined;
  let fetching: Promise<void> | undefined;
  let module: T | undefined;
  const prepare = (): Promise<void> =>
    (fetching ??= readText(uri).then(
      (t) => {
        text = t;
      },
      (err: unknown) => {
        fetching = undefined; // a later call tries again
        throw err;
      },
    ));
  return {
    load(): T {
      if (module === undefined) {
        if (text === undefined) {
          void prepare().catch(() => undefined);
          throw new Error(vscode.l10n.t('AI Safety: the {0} bundle is still loading; try again in a moment.', name));
        }
        module = evaluate<T>(text, uri);
      }
      return module;
    },
    prepare,
    get ready(): boolean {
      return module !== undefined || text !== undefined;
    },
    get loaded(): boolean {
      return module !== undefined;
    },
  };
}

/** Where a user-level glossary path is read on the web (see README, "Web"). */
export function userFileUri(fsPath: string): vscode.Uri {
  // In a remote window (code-server, a remote folder opened from vscode.dev) the path is on the remote
  // machine, as in the desktop app; elsewhere it is a file URI, which the browser host may not serve.
  const remote = vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'vscode-remote');
  return remote ? remote.uri.with({ path: fsPath.replace(/\\/g, '/'), query: '', fragment: '' }) : vscode.Uri.file(fsPath);
}

async function readText(uri: vscode.Uri): Promise<string> {
  try {
    const response = await fetch(uri.toString(true));
    if (response.ok) {
      return await response.text();
    }
  } catch {
    // fall back to the file system API below
  }
  return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
}

/** Evaluates a CommonJS bundle whose only external is `vscode`. */
function evaluate<T>(text: string, uri: vscode.Uri): T {
  const module = { exports: {} as unknown };
  const requireVscode = (id: string): unknown => {
    if (id === 'vscode') {
      return vscode;
    }
    throw new Error(`Cannot load module '${id}' in the web extension host.`);
  };
  // The same evaluation the web worker host applies to the activation bundle; the source URL names
  // the bundle in stack traces and the debugger.
  const run = new Function('module', 'exports', 'require', `${text}\n//# sourceURL=${uri.toString(true)}`) as (
    m: typeof module,
    e: unknown,
    r: (id: string) => unknown,
  ) => void;
  run(module, module.exports, requireVscode);
  return module.exports as T;
}
