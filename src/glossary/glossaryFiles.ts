import * as vscode from 'vscode';
import { userFileUri } from '../platform/host';
import { runtime } from '../platform/runtime';
import { glossaryMessages } from '../l10n/coreMessages';
import type { FileProblem, ParsedGlossaryFile } from '../core/glossary/userFile';
import type { GlossaryFileInput } from '../core/glossary/merge';
import { planGlossaryFiles, type GlossaryFilePlan } from '../core/glossary/filePlan';
import { scheduleWithTimeout, type Schedule } from '../core/schedule';
import { DEFAULT_SCOPE, type CompiledGlossary, type LazyCore } from '../lazyCore';
import { sidebarScopeKey } from './sidebarScope';

/** Settings section of the glossary files (`aiSafety.glossary.*`). */
const SECTION = 'aiSafety.glossary';
/** How long to wait after a file event before reloading, so a burst of events reloads once. */
const DEBOUNCE_MS = 100;
/** Largest file read (the core's limit, repeated here so the check runs before the core loads). */
const MAX_BYTES = 8 * 1024 * 1024;

/** What the glossary files need. */
export interface GlossaryFilesDeps {
  readonly core: LazyCore;
  readonly log: vscode.LogOutputChannel;
  /** The debounce timer (tests may pass their own). */
  readonly schedule?: Schedule;
}

/** One file to read: where it is, how it is named, and which scope it belongs to. */
interface PlannedFile {
  readonly uri: vscode.Uri;
  readonly label: string;
  /** A workspace folder's URI string, or {@link DEFAULT_SCOPE} for a user-level file. */
  readonly scope: string;
  /**
   * What to watch: the file relative to its workspace folder (which exists, so the watcher also sees
   * `.vscode/` and the file created later), or relative to its own folder for a user-level file.
   */
  readonly pattern: vscode.RelativePattern;
}

/**
 * Loads the workspace and user glossary files, keeps them live, and reports their problems.
 *
 * Reads `.vscode/ai-safety-glossary.json` in every folder of a trusted workspace and the paths of
 * `aiSafety.glossary.files`, watches each of them with a FileSystemWatcher (which also sees changes
 * made outside VS Code), and on every change reads them again, merges them with the built-in glossary
 * per scope (each folder's files plus the user-level ones; the user-level ones alone elsewhere) and
 * hands the result to the core in one swap. A file that cannot be used (invalid JSON, wrong types,
 * too large) keeps its last good version; its problems, and the checks the schema cannot make, go to
 * the Problems panel at their line and column. Nothing is read, and the core is not loaded, while no
 * glossary file exists. The sidebar shows the glossary of the active editor's folder, and follows it.
 */
export class GlossaryFiles implements vscode.Disposable {
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('aiSafety.glossary');
  private readonly subscriptions: vscode.Disposable[] = [];
  private watchers: vscode.Disposable[] = [];
  /** File URI string -> its last usable parse. */
  private readonly lastGood = new Map<string, ParsedGlossaryFile>();
  private readonly reloaded = new vscode.EventEmitter<void>();
  private readonly schedule: Schedule;
  private cancelPending: (() => void) | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private files: readonly PlannedFile[] = [];
  private reloads = 0;
  /** Whether the last reload handed the core any merged glossary (if not, and none now, nothing changes). */
  private merged = false;
  private disposed = false;

  /** Fires after every reload, once the new glossaries are in use. */
  readonly onDidReload = this.reloaded.event;

  constructor(private readonly deps: GlossaryFilesDeps) {
    this.schedule = deps.schedule ?? scheduleWithTimeout;
    this.subscriptions.push(
      this.diagnostics,
      this.reloaded,
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(SECTION)) {
          this.restart();
        }
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.restart()),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.restart()),
      // In a multi-root workspace the sidebar shows the glossary of the active editor's folder.
      vscode.window.onDidChangeActiveTextEditor(() => this.deps.core.setSidebarScope(sidebarScopeKey())),
    );
    this.restart();
  }

  /** How many reloads have finished (the tests wait for it to grow). */
  get reloadCount(): number {
    return this.reloads;
  }

  /** True when the workspace has folders but is not trusted, so its glossary files are not read. */
  get workspaceFilesBlocked(): boolean {
    return !vscode.workspace.isTrusted && (vscode.workspace.workspaceFolders?.length ?? 0) > 0;
  }

  /** The default workspace glossary of a folder (the first folder when none is given). */
  workspaceGlossaryUri(folder?: vscode.WorkspaceFolder): vscode.Uri | undefined {
    const target = folder ?? vscode.workspace.workspaceFolders?.[0];
    return target ? vscode.Uri.joinPath(target.uri, '.vscode', 'ai-safety-glossary.json') : undefined;
  }

  /** Reads every file again now (after the debounce), as after a change. */
  reloadSoon(): void {
    this.cancelPending?.();
    this.cancelPending = this.schedule(() => {
      this.cancelPending = undefined;
      void this.reload();
    }, DEBOUNCE_MS);
  }

  /** Reads every file again and waits until the result is in use. */
  async reload(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await this.readAll();
        } while (this.again && !this.disposed);
      } catch (err) {
        this.deps.log.error('Reading the glossary files failed:', err instanceof Error ? err : String(err));
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }

  dispose(): void {
    this.disposed = true;
    this.cancelPending?.();
    this.watchers.forEach((w) => w.dispose());
    this.subscriptions.forEach((s) => s.dispose());
  }

  /** Plans the files and watchers afresh (settings, folders or trust changed) and reloads. */
  private restart(): void {
    this.watchers.forEach((w) => w.dispose());
    this.watchers = [];
    this.files = this.planFiles();
    for (const file of this.files) {
      const watcher = vscode.workspace.createFileSystemWatcher(file.pattern);
      watcher.onDidCreate(() => this.reloadSoon());
      watcher.onDidChange(() => this.reloadSoon());
      watcher.onDidDelete(() => this.reloadSoon());
      this.watchers.push(watcher);
    }
    this.reloadSoon();
  }

  /** Every file to read, from the settings of each folder (and the user's) and workspace trust. */
  private planFiles(): PlannedFile[] {
    const trusted = vscode.workspace.isTrusted;
    // No home folder on the web: `~` paths are then reported as not read.
    const home = runtime.homeDir();
    const files: PlannedFile[] = [];
    const seen = new Set<string>();
    const add = (file: PlannedFile): void => {
      const key = `${file.scope}\n${file.uri.toString()}`;
      if (!seen.has(key)) {
        seen.add(key);
        files.push(file);
      }
    };
    const logIgnored = (plan: GlossaryFilePlan): void => {
      plan.ignored.forEach((i) => this.deps.log.warn(`Glossary file "${i.path}" is not read: ${i.reason}.`));
    };
    const userPlan = planGlossaryFiles(readSettings(vscode.workspace.getConfiguration(SECTION)), trusted, home);
    for (const p of userPlan.everywhere) {
      const uri = userFileUri(p);
      const pattern = new vscode.RelativePattern(vscode.Uri.joinPath(uri, '..'), uri.path.slice(uri.path.lastIndexOf('/') + 1));
      add({ uri, label: home !== undefined && p.startsWith(home) ? `~${p.slice(home.length)}` : p, scope: DEFAULT_SCOPE, pattern });
    }
    const folders = vscode.workspace.workspaceFolders ?? [];
    for (const folder of folders) {
      const plan = planGlossaryFiles(readSettings(vscode.workspace.getConfiguration(SECTION, folder.uri)), trusted, home);
      logIgnored(plan);
      for (const rel of plan.inEachFolder) {
        add({
          uri: vscode.Uri.joinPath(folder.uri, ...rel.split('/')),
          label: folders.length > 1 ? `${folder.name}/${rel}` : rel,
          scope: folder.uri.toString(),
          pattern: new vscode.RelativePattern(folder, rel),
        });
      }
    }
    if (folders.length === 0) {
      logIgnored(userPlan);
    }
    return files;
  }

  /** One reload: read, parse, merge per scope, report, swap. */
  private async readAll(): Promise<void> {
    const files = this.files;
    const texts = new Map<string, string>();
    const problems = new Map<string, FileProblem[]>();
    const present = new Set<string>();
    /** Files whose current version cannot be used (their last good version, if any, stays). */
    const broken = new Set<string>();
    for (const file of files) {
      const key = file.uri.toString();
      if (present.has(key)) {
        continue;
      }
      let size: number;
      try {
        const stat = await vscode.workspace.fs.stat(file.uri);
        if (stat.type & vscode.FileType.Directory) {
          continue;
        }
        size = stat.size;
      } catch {
        continue; // no such file: nothing to read
      }
      present.add(key);
      if (size > MAX_BYTES) {
        problems.set(key, [tooLarge(size)]);
        broken.add(key);
        continue;
      }
      try {
        const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(file.uri));
        texts.set(key, text);
        const parsed = this.deps.core.module().parseGlossaryFile(text, glossaryMessages());
        problems.set(key, [...parsed.problems]);
        if (parsed.usable) {
          this.lastGood.set(key, parsed);
        } else {
          broken.add(key);
        }
      } catch (err) {
        broken.add(key);
        problems.set(key, [{ offset: 0, length: 0, message: vscode.l10n.t('The file could not be read: {0}', err instanceof Error ? err.message : String(err)), severity: 'error' }]);
      }
    }
    for (const key of [...this.lastGood.keys()]) {
      if (!present.has(key) || !files.some((f) => f.uri.toString() === key)) {
        this.lastGood.delete(key); // deleted, or no longer configured: its terms go
      }
    }

    const scopes = new Map<string, CompiledGlossary>();
    if (this.lastGood.size > 0) {
      const core = this.deps.core.module();
      const builtin = core.loadBuiltinGlossary();
      const inputs = (scope: string): GlossaryFileInput[] =>
        files
          .filter((f) => f.scope === scope && this.lastGood.has(f.uri.toString()))
          .map((f) => ({ key: f.uri.toString(), label: f.label, parsed: this.lastGood.get(f.uri.toString()) as ParsedGlossaryFile }));
      const merge = (scope: string, own: GlossaryFileInput[], user: GlossaryFileInput[]): void => {
        // Problems are reported only where the file's current text is the one merged (not a last good version).
        const check = new Set(own.map((f) => f.key).filter((key) => texts.has(key) && !broken.has(key)));
        const result = core.mergeGlossaries(builtin, [...own, ...user], { check, messages: glossaryMessages() });
        for (const key of check) {
          problems.get(key)?.push(...(result.problems.get(key) ?? []));
        }
        scopes.set(scope, { glossary: result.glossary, matcher: result.matcher });
      };
      const user = inputs(DEFAULT_SCOPE);
      merge(DEFAULT_SCOPE, user, []);
      for (const folder of vscode.workspace.workspaceFolders ?? []) {
        const own = inputs(folder.uri.toString());
        if (own.length > 0) {
          merge(folder.uri.toString(), own, user);
        }
      }
    }

    this.diagnostics.clear();
    for (const file of files) {
      const key = file.uri.toString();
      const list = problems.get(key);
      if (!list || list.length === 0) {
        continue;
      }
      const keptLastGood = broken.has(key) && this.lastGood.has(key);
      this.diagnostics.set(file.uri, list.map((p) => toDiagnostic(p, texts.get(key) ?? '', keptLastGood)));
    }
    if (scopes.size > 0 || this.merged) {
      this.deps.core.update(scopes);
    }
    this.merged = scopes.size > 0;
    this.deps.core.setSidebarScope(sidebarScopeKey());
    this.reloads++;
    this.reloaded.fire();
  }
}

/** The setting's values by origin; anything that is not a list of strings counts as empty. */
function readSettings(config: vscode.WorkspaceConfiguration): { user: string[]; workspace: string[] } {
  const info = config.inspect<unknown>('files');
  const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
  return { user: list(info?.globalValue), workspace: [...list(info?.workspaceValue), ...list(info?.workspaceFolderValue)] };
}

function tooLarge(size: number): FileProblem {
  return {
    offset: 0,
    length: 0,
    message: vscode.l10n.t('The file is too large to read ({0} MB; at most {1} MB).', (size / 1024 / 1024).toFixed(1), MAX_BYTES / 1024 / 1024),
    severity: 'error',
  };
}

/** A problem as a diagnostic, located by counting lines in the file's text. */
function toDiagnostic(problem: FileProblem, text: string, keptLastGood: boolean): vscode.Diagnostic {
  const start = positionAt(text, problem.offset);
  const end = positionAt(text, problem.offset + problem.length);
  const message = keptLastGood && problem.severity === 'error' ? vscode.l10n.t('{0} The last good version of this file stays in use.', problem.message) : problem.message;
  const diagnostic = new vscode.Diagnostic(
    new vscode.Range(start, end),
    message,
    problem.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
  );
  diagnostic.source = 'AI Safety glossary';
  return diagnostic;
}

/** The line and character of an offset in a text (LF, CRLF or CR line breaks). */
function positionAt(text: string, offset: number): vscode.Position {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split(/\r\n|\r|\n/);
  return new vscode.Position(lines.length - 1, (lines[lines.length - 1] ?? '').length);
}
