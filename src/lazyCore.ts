import * as path from 'path';
import type * as Core from './core/index';
import type { Annotator, AnnotatorOptions } from './core/annotate/annotator';
import type { ExplainerContent } from './core/explainer';
import type { Glossary, Term } from './core/glossary/types';
import type { TermMatcher } from './core/matcher';

/**
 * The glossary and annotator (with the matcher inside it), loaded from `dist/core.js` on first use instead of at
 * activation: the term data is most of the extension's code, and activation should stay cheap. The
 * objects satisfy the core interfaces, so adapters use them as if they were the real thing.
 */
export interface LazyCore {
  readonly glossary: Glossary;
  /**
   * The annotator for these options (the `aiSafety.annotations.*` settings). All share one matcher,
   * and the few option sets in use are kept, so asking again with the same options costs nothing.
   */
  annotator(options: AnnotatorOptions): Annotator;
  /** The explainer's content (the sidebar's first tab), from the same bundle as the term data. */
  readonly explainer: ExplainerContent;
  /** The markdown preview plugin of the core (loads the core: call it when the preview needs it). */
  previewTermsPlugin(): typeof Core.previewTermsPlugin;
  /** The glossary entry of a term id (a map built once). */
  termById(id: string): Term | undefined;
  /** True once `dist/core.js` has been loaded (the activation tests check that it was not). */
  readonly loaded: boolean;
}

/** @param extensionPath The extension's install folder (`context.extensionUri.fsPath`). */
export function createLazyCore(extensionPath: string): LazyCore {
  let core: typeof Core | undefined;
  let glossary: Glossary | undefined;
  let matcher: TermMatcher | undefined;
  let base: Annotator | undefined;
  const byOptions = new Map<string, Annotator>();
  let byId: Map<string, Term> | undefined;
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
    annotator(options: AnnotatorOptions): Annotator {
      const key = JSON.stringify([options.ambiguousTerms ?? 'inContext', options.disabledTerms ?? []]);
      let annotator = byOptions.get(key);
      if (!annotator) {
        base ??= load().createAnnotator(realGlossary(), {}, realMatcher());
        annotator = base.withOptions(options);
        if (byOptions.size >= 8) {
          byOptions.clear(); // settings changed many times: start over rather than grow
        }
        byOptions.set(key, annotator);
      }
      return annotator;
    },
    get explainer(): ExplainerContent {
      return load().EXPLAINER;
    },
    previewTermsPlugin: () => load().previewTermsPlugin,
    termById(id: string): Term | undefined {
      byId ??= new Map(realGlossary().terms.map((t) => [t.id, t] as const));
      return byId.get(id);
    },
    get loaded(): boolean {
      return core !== undefined;
    },
  };
}
