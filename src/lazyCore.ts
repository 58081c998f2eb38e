import * as path from 'path';
import type * as Core from './core/index';
import type { Glossary, Term } from './core/glossary/types';
import type { Match, TermMatcher } from './core/matcher';

/**
 * The glossary and matcher, loaded from `dist/core.js` on first use instead of at activation: the
 * term data is most of the extension's code, and activation should stay cheap. Both objects satisfy
 * the core interfaces, so adapters use them as if they were the real thing.
 */
export interface LazyCore {
  readonly glossary: Glossary;
  readonly matcher: TermMatcher;
  /** True once `dist/core.js` has been loaded (the activation tests check that it was not). */
  readonly loaded: boolean;
}

/** @param extensionPath The extension's install folder (`context.extensionUri.fsPath`). */
export function createLazyCore(extensionPath: string): LazyCore {
  let core: typeof Core | undefined;
  let glossary: Glossary | undefined;
  let matcher: TermMatcher | undefined;
  // A computed path, so esbuild leaves the require alone and the core stays a separate bundle.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const load = (): typeof Core => (core ??= require(path.join(extensionPath, 'dist', 'core.js')) as typeof Core);
  const realGlossary = (): Glossary => (glossary ??= load().loadBuiltinGlossary());
  const realMatcher = (): TermMatcher => (matcher ??= load().createTermMatcher(realGlossary()));
  return {
    glossary: {
      get terms(): readonly Term[] {
        return realGlossary().terms;
      },
    },
    matcher: {
      findAll: (text: string): Match[] => realMatcher().findAll(text),
      termAt: (text: string, offset: number): Match | undefined => realMatcher().termAt(text, offset),
    },
    get loaded(): boolean {
      return core !== undefined;
    },
  };
}
