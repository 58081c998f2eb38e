import { STATUS_CODES } from 'http';
import * as os from 'os';
import type { Runtime } from '../types';

/** The Node extension host: Node's status texts, home folder and environment. */
export const runtime: Runtime = {
  kind: 'node',
  statusText: (status) => STATUS_CODES[status],
  homeDir: () => os.homedir(),
  envVar: (name) => process.env[name],
  browserFetch: false,
};
