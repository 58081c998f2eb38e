import type { Runtime } from '../types';

/** The web worker extension host: no home folder, no environment; browser fetch. */
export const runtime: Runtime = {
  kind: 'web',
  homeDir: () => undefined,
  envVar: () => undefined,
  browserFetch: true,
};
