/**
 * Which glossary files to read, from the `aiSafety.glossary.files` setting and workspace trust: the
 * one decision of what a workspace may make the extension read. Workspace files (the default
 * `.vscode/ai-safety-glossary.json` and relative paths) are read only in a trusted workspace, and
 * only inside the folder; absolute and `~` paths only from the user's own settings.
 */

/** The default workspace glossary, relative to each workspace folder. */
export const WORKSPACE_GLOSSARY_PATH = '.vscode/ai-safety-glossary.json';

/** The setting's values, by where they were set. */
export interface GlossaryFileSettings {
  /** From user (global) settings: absolute, `~/…` or relative paths. */
  readonly user: readonly string[];
  /** From workspace or folder settings: relative paths only. */
  readonly workspace: readonly string[];
}

/** What to read. */
export interface GlossaryFilePlan {
  /** Absolute paths (with `~` expanded) that apply in every folder and outside any. */
  readonly everywhere: readonly string[];
  /** Paths relative to each workspace folder, `/`-separated (empty in an untrusted workspace). */
  readonly inEachFolder: readonly string[];
  /** Entries not read, with the reason, for the log. */
  readonly ignored: readonly { readonly path: string; readonly reason: string }[];
}

/** True for `/x`, `\\x`, `C:\x` or `C:/x`. */
function isAbsolute(p: string): boolean {
  return /^[/\\]/.test(p) || /^[a-zA-Z]:[/\\]/.test(p);
}

/**
 * Plans which files to read.
 *
 * @param settings The setting's values by origin.
 * @param trusted Whether the workspace is trusted.
 * @param home The user's home folder, for `~`; undefined where there is none (the web extension host).
 */
export function planGlossaryFiles(settings: GlossaryFileSettings, trusted: boolean, home: string | undefined): GlossaryFilePlan {
  const everywhere: string[] = [];
  const inEachFolder: string[] = trusted ? [WORKSPACE_GLOSSARY_PATH] : [];
  const ignored: { path: string; reason: string }[] = [];
  const addRelative = (p: string): void => {
    const normal = p.replace(/\\/g, '/').replace(/^\.\/+/, '');
    if (normal.split('/').includes('..')) {
      ignored.push({ path: p, reason: 'a relative path may not leave the workspace folder' });
    } else if (!trusted) {
      ignored.push({ path: p, reason: 'workspace files are read only in a trusted workspace' });
    } else if (normal !== '' && !inEachFolder.includes(normal)) {
      inEachFolder.push(normal);
    }
  };
  for (const p of settings.user) {
    if (typeof p !== 'string' || p.trim() === '') {
      continue;
    }
    if (p === '~' || p.startsWith('~/') || p.startsWith('~\\')) {
      if (home === undefined) {
        ignored.push({ path: p, reason: 'no home folder is known here (VS Code for the Web)' });
      } else {
        everywhere.push(home.replace(/[/\\]+$/, '') + p.slice(1));
      }
    } else if (isAbsolute(p)) {
      everywhere.push(p);
    } else {
      addRelative(p);
    }
  }
  for (const p of settings.workspace) {
    if (typeof p !== 'string' || p.trim() === '') {
      continue;
    }
    if (isAbsolute(p) || p.startsWith('~')) {
      ignored.push({ path: p, reason: 'absolute and ~ paths are read only from user settings' });
    } else {
      addRelative(p);
    }
  }
  return { everywhere: [...new Set(everywhere)], inEachFolder, ignored };
}
