import type { BundleLoader } from './platform/types';
import type * as Core from './core/index';
import type { Annotator, AnnotatorOptions } from './core/annotate/annotator';
import type { MergedGlossary, TermOrigin } from './core/glossary/merge';
import type { Glossary, Term } from './core/glossary/types';
import type { TermMatcher } from './core/matcher';

/** A merged glossary and the matcher compiled from it: what one scope (a folder, or everywhere) uses. */
export interface CompiledGlossary {
  readonly glossary: MergedGlossary;
  readonly matcher: TermMatcher;
}

/** The key of the scope that applies where no folder has its own glossary files (user-level files only). */
export const DEFAULT_SCOPE = '';

/** The sidebar's glossary: a live view of one scope's merged glossary, with each term's origin. */
export interface LiveGlossary extends Glossary {
  /** Where a term comes from (built-in, or the file it was read from). */
  origin(id: string): TermOrigin | undefined;
  /** The scope shown: a workspace folder's URI string, or {@link DEFAULT_SCOPE}. */
  readonly scope: string;
}

/**
 * The glossary, matcher and annotator, loaded from `dist/core.js` on first use instead of at
 * activation: the term data is most of the extension's code, and activation should stay cheap. The
 * objects satisfy the core interfaces, so adapters use them as if they were the real thing.
 *
 * The glossary is live: glossary files (`src/glossary/`) hand in a merged glossary per scope (the
 * user-level one, and one per workspace folder that has its own files) with {@link LazyCore.update}.
 * Until an update arrives, and for every scope without one, the built-in glossary answers; an update
 * swaps whole compiled glossaries at once, so a question is answered by the old glossary or the new
 * one, never a mixture, and the old one answers until the new one is compiled.
 */
export interface LazyCore {
  /** The sidebar's glossary (the scope picked with {@link LazyCore.setSidebarScope}); follows updates. */
  readonly glossary: LiveGlossary;
  /** The glossary that applies in a scope (a workspace folder's URI string, or {@link DEFAULT_SCOPE}). */
  glossaryFor(scope: string): Glossary;
  /**
   * The annotator for these options (the `aiSafety.annotations.*` settings) in a scope. The ids the
   * scope's glossary files disable are added to `disabledTerms`. All share the scope's matcher, and
   * the few option sets in use are kept, so asking again with the same options costs nothing.
   */
  annotator(options: AnnotatorOptions, scope?: string): Annotator;
  /** Replaces every scope's compiled glossary (a scope left out falls back to the default scope). */
  update(scopes: ReadonlyMap<string, CompiledGlossary>): void;
  /**
   * Picks the scope the sidebar shows (the active editor's folder). Listeners are called when the
   * scope or its glossary changes, so the sidebar shows the new glossary and says whose it is.
   */
  setSidebarScope(scope: string): void;
  /** Calls `listener` after every {@link update}; returns a function that removes it. */
  onDidChange(listener: () => void): () => void;
  /** The core module itself (loads it): for the glossary files' parsing and merging. */
  module(): typeof Core;
  /** The markdown preview plugin of the core (loads the core: call it when the preview needs it). */
  previewTermsPlugin(): typeof Core.previewTermsPlugin;
  /** The entry of a term id in the default scope's glossary (a map built once per glossary). */
  termById(id: string): Term | undefined;
  /** True once `dist/core.js` has been loaded (the activation tests check that it was not). */
  readonly loaded: boolean;
  /** True when the core can be used without waiting (always on Node; on the web once its text is fetched). */
  readonly ready: boolean;
  /** Resolves once the core can be used without waiting; on the web it fetches `dist/core.js`, shared by both hosts (not evaluated). */
  prepare(): Promise<void>;
}

/** One scope's compiled glossary with its annotators by options. */
interface Scope {
  readonly compiled: CompiledGlossary;
  base?: Annotator;
  byId?: ReadonlyMap<string, Term>;
  readonly byOptions: Map<string, Annotator>;
}

/**
 * @param bundle The loader of `dist/core.js` (the extension passes `createBundleLoader(extensionUri, 'core')`
 *   of its platform, see src/platform/host.ts; the benchmarks a plain `require`).
 */
export function createLazyCore(bundle: BundleLoader<typeof Core>): LazyCore {
  let core: typeof Core | undefined;
  let builtin: Scope | undefined;
  let scopes = new Map<string, Scope>();
  let sidebarScope = DEFAULT_SCOPE;
  const listeners = new Set<() => void>();
  const load = (): typeof Core => (core ??= bundle.load());
  const builtinScope = (): Scope => {
    if (!builtin) {
      const glossary = load().loadBuiltinGlossary();
      const merged: MergedGlossary = { terms: glossary.terms, origins: new Map(glossary.terms.map((t) => [t.id, { kind: 'builtin' } as const])), disabled: [] };
      builtin = { compiled: { glossary: merged, matcher: load().createTermMatcher(glossary) }, byOptions: new Map() };
    }
    return builtin;
  };
  const scopeOf = (key: string): Scope => scopes.get(key) ?? scopes.get(DEFAULT_SCOPE) ?? builtinScope();
  const sidebar = (): MergedGlossary => scopeOf(sidebarScope).compiled.glossary;
  return {
    glossary: {
      get terms(): readonly Term[] {
        return sidebar().terms;
      },
      origin: (id: string): TermOrigin | undefined => sidebar().origins.get(id),
      get scope(): string {
        return sidebarScope;
      },
    },
    glossaryFor: (scope: string): Glossary => scopeOf(scope).compiled.glossary,
    annotator(options: AnnotatorOptions, scopeKey = DEFAULT_SCOPE): Annotator {
      const scope = scopeOf(scopeKey);
      // Asked on every hover: the key holds only the settings (usually no disabled id); the scope's
      // own disabled ids, fixed per scope, are added when the annotator is built.
      const key = `${options.ambiguousTerms ?? 'inContext'} ${JSON.stringify(options.disabledTerms ?? [])}`;
      let annotator = scope.byOptions.get(key);
      if (!annotator) {
        const { glossary, matcher } = scope.compiled;
        scope.base ??= load().createAnnotator(glossary, {}, matcher);
        annotator = scope.base.withOptions({ ...options, disabledTerms: [...(options.disabledTerms ?? []), ...glossary.disabled] });
        if (scope.byOptions.size >= 8) {
          scope.byOptions.clear(); // settings changed many times: start over rather than grow
        }
        scope.byOptions.set(key, annotator);
      }
      return annotator;
    },
    update(next: ReadonlyMap<string, CompiledGlossary>): void {
      scopes = new Map([...next].map(([key, compiled]) => [key, { compiled, byOptions: new Map() }]));
      listeners.forEach((listener) => listener());
    },
    setSidebarScope(scope: string): void {
      // Compared without loading anything: before the first update every scope is the built-in one.
      const of = (key: string): Scope | undefined => scopes.get(key) ?? scopes.get(DEFAULT_SCOPE);
      const before = of(sidebarScope);
      const changed = scope !== sidebarScope;
      sidebarScope = scope;
      if (changed || of(scope) !== before) {
        listeners.forEach((listener) => listener());
      }
    },
    onDidChange(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    module: load,
    previewTermsPlugin: () => load().previewTermsPlugin,
    termById(id: string): Term | undefined {
      const scope = scopeOf(DEFAULT_SCOPE);
      scope.byId ??= new Map(scope.compiled.glossary.terms.map((t) => [t.id, t] as const));
      return scope.byId.get(id);
    },
    get loaded(): boolean {
      return core !== undefined;
    },
    get ready(): boolean {
      return bundle.ready;
    },
    prepare: () => bundle.prepare(),
  };
}
