/**
 * The runtime facts of this build. This file names the Node implementation; the web build
 * (esbuild.js) resolves it to `web/runtime.ts` instead.
 */
export { runtime } from './node/runtime';
