/**
 * The few pieces that differ between the Node extension host (desktop, remote, Codespaces) and the
 * web worker extension host (vscode.dev, github.dev). Each has a Node and a web implementation
 * (`node/`, `web/`); esbuild picks one per bundle at build time (see esbuild.js), so no code asks
 * at run time where it runs. Type checks and unit tests see the Node ones through `runtime.ts` and
 * `host.ts`; both implementations are typed against these interfaces.
 */

/** The lazily loaded bundles beside the activation bundle (`dist/<name>.js`, `dist/web/<name>.js`). */
export type BundleName = 'core' | 'surfaces' | 'explainerHtml' | 'glossary' | 'llmHost' | 'llm';

/**
 * Bundles with neither Node built-ins nor platform pieces: one build (`dist/<name>.js`) serves both
 * hosts, so the package holds them once. `core` and `explainerHtml` require nothing at all;
 * `llmHost` requires only `vscode`, which both hosts provide (its platform pieces are injected by
 * the activation bundle). The package checks verify both. Keep in step with `sharedBundles` in
 * esbuild.js.
 */
export const SHARED_BUNDLES: readonly BundleName[] = ['core', 'explainerHtml', 'llmHost', 'llm'];

/** Facts about the JavaScript runtime; free of `vscode`, so the LLM client and unit tests can use them. */
export interface Runtime {
  /** Which build this is. */
  readonly kind: 'node' | 'web';
  /** The user's home folder, for `~` in glossary paths; undefined where there is none (the web). */
  homeDir(): string | undefined;
  /** An environment variable of the extension host; the web has none. */
  envVar(name: string): string | undefined;
  /**
   * Whether fetch runs under a browser's rules: cross-origin requests need the server's CORS
   * headers, and a failure (CORS or network) arrives as a bare `TypeError` without a reason.
   */
  readonly browserFetch: boolean;
}

/**
 * One lazily loaded bundle. On Node it is required when first used; on the web its text is fetched
 * (asynchronously, {@link BundleLoader.prepare}) and evaluated as a CommonJS module on first use,
 * because the web worker host's `require` only knows `vscode`.
 */
export interface BundleLoader<T> {
  /**
   * The bundle's exports, evaluated now if they were not yet. Throws on the web while its text is
   * still being fetched: call {@link BundleLoader.prepare} first where the caller can wait.
   */
  load(): T;
  /** Resolves once {@link BundleLoader.load} can answer without waiting (at once on Node). */
  prepare(): Promise<void>;
  /** Whether {@link BundleLoader.load} can answer without waiting. */
  readonly ready: boolean;
  /** Whether the bundle has been evaluated. */
  readonly loaded: boolean;
}
