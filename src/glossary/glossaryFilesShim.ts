import * as vscode from 'vscode';
import { createBundleLoader } from '../platform/host';
import type { BundleLoader } from '../platform/types';
import type * as GlossaryModule from './index';
import type { GlossaryFiles } from './glossaryFiles';
import type { LazyCore } from '../lazyCore';

/** Settings section of the glossary files (`aiSafety.glossary.*`). */
const SECTION = 'aiSafety.glossary';

/** What the shim needs. */
export interface GlossaryFilesShimDeps {
  readonly core: LazyCore;
  readonly log: vscode.LogOutputChannel;
  /** The extension's install location, where `dist/glossary.js` (`dist/web/glossary.js`) is. */
  readonly extensionUri: vscode.Uri;
}

/**
 * The part of the glossary-file feature that runs at activation: it loads `dist/glossary.js` (and
 * starts {@link GlossaryFiles}) only once glossary files are in use: a folder has
 * `.vscode/ai-safety-glossary.json` (now, or when one is created), `aiSafety.glossary.files` lists
 * any path, or a glossary command runs. Until then it only watches for that file and the setting.
 */
export class GlossaryFilesShim implements vscode.Disposable {
  private readonly bundle: BundleLoader<typeof GlossaryModule>;
  private files: GlossaryFiles | undefined;
  private waiting: vscode.Disposable[] = [];

  constructor(private readonly deps: GlossaryFilesShimDeps) {
    this.bundle = createBundleLoader(deps.extensionUri, 'glossary');
    // On the web its text (about 10 KB) is fetched now, not evaluated, so `start` can answer at once
    // later; on Node this does nothing.
    this.bundle.prepare().catch((err: unknown) => deps.log.error('Fetching the glossary files bundle failed:', err instanceof Error ? err : String(err)));
    this.watch();
  }

  /** True when the workspace has folders but is not trusted, so its glossary files are not read. */
  get workspaceFilesBlocked(): boolean {
    return !vscode.workspace.isTrusted && (vscode.workspace.workspaceFolders?.length ?? 0) > 0;
  }

  /** The glossary module, loaded on first use. */
  load(): typeof GlossaryModule {
    // A separate bundle, loaded on first use (see src/platform/host.ts for how, per platform).
    return this.bundle.load();
  }

  /** Resolves once {@link load} and the core can answer without waiting (at once on Node). */
  async prepare(): Promise<void> {
    await Promise.all([this.bundle.prepare(), this.deps.core.prepare()]);
  }

  /** The running {@link GlossaryFiles}, started now if it was not yet. */
  start(): GlossaryFiles {
    if (!this.files) {
      this.stopWaiting();
      this.files = new (this.load().GlossaryFiles)({ core: this.deps.core, log: this.deps.log });
    }
    return this.files;
  }

  dispose(): void {
    this.stopWaiting();
    this.files?.dispose();
  }

  /** Starts at once if glossary files are in use; otherwise waits for a sign that they are. */
  private watch(): void {
    // On the web the bundles may still be on their way: start once they are here.
    const start = (): void => {
      if (this.bundle.ready && this.deps.core.ready) {
        this.start();
      } else {
        this.prepare().then(() => this.start(), (err: unknown) => this.deps.log.error('Loading dist/glossary.js failed:', err instanceof Error ? err : String(err)));
      }
    };
    this.waiting.push(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(SECTION) && this.configured()) {
          start();
        }
      }),
      // Saved in the editor: a sign that needs no file watcher (those can start late on a remote).
      vscode.workspace.onDidSaveTextDocument((document) => {
        if (document.uri.path.endsWith('/.vscode/ai-safety-glossary.json')) {
          start();
        }
      }),
      // Folders changed: watch the new set of folders instead.
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        this.stopWaiting();
        this.watch();
      }),
    );
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '.vscode/ai-safety-glossary.json'));
      watcher.onDidCreate(start);
      watcher.onDidChange(start);
      this.waiting.push(watcher);
    }
    if (this.configured()) {
      start();
    } else {
      void this.startIfPresent();
    }
  }

  /** Whether `aiSafety.glossary.files` lists any path, in any folder's or the user's settings. */
  private configured(): boolean {
    const scopes = [undefined, ...(vscode.workspace.workspaceFolders ?? []).map((f) => f.uri)];
    return scopes.some((uri) => {
      const info = vscode.workspace.getConfiguration(SECTION, uri).inspect<unknown>('files');
      return [info?.globalValue, info?.workspaceValue, info?.workspaceFolderValue].some((v) => Array.isArray(v) && v.length > 0);
    });
  }

  /** Starts if a folder already has its workspace glossary file. */
  private async startIfPresent(): Promise<void> {
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      try {
        await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder.uri, '.vscode', 'ai-safety-glossary.json'));
        await this.prepare();
        this.start();
        return;
      } catch {
        // no glossary file in this folder
      }
    }
  }

  private stopWaiting(): void {
    this.waiting.forEach((d) => d.dispose());
    this.waiting = [];
  }
}
