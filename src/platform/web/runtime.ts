import type { Runtime } from '../types';

/** Reason phrases of the statuses an OpenAI-compatible API answers with (RFC 9110, RFC 6585). */
const STATUS_TEXTS: Readonly<Record<number, string>> = {
  300: 'Multiple Choices',
  301: 'Moved Permanently',
  302: 'Found',
  303: 'See Other',
  304: 'Not Modified',
  307: 'Temporary Redirect',
  308: 'Permanent Redirect',
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  409: 'Conflict',
  410: 'Gone',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** The web worker extension host: no Node built-ins, no home folder, no environment; browser fetch. */
export const runtime: Runtime = {
  kind: 'web',
  statusText: (status) => STATUS_TEXTS[status],
  homeDir: () => undefined,
  envVar: () => undefined,
  browserFetch: true,
};
