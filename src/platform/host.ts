/**
 * The extension-host pieces of this build (bundle loading, user file locations). This file names
 * the Node implementation; the web build (esbuild.js) resolves it to `web/host.ts` instead.
 */
export { createBundleLoader, userFileUri } from './node/host';
