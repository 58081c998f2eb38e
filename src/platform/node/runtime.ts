import * as os from 'os';
import type { Runtime } from '../types';

/** The Node extension host: its home folder and environment. */
export const runtime: Runtime = {
  kind: 'node',
  homeDir: () => os.homedir(),
  envVar: (name) => process.env[name],
  browserFetch: false,
};
