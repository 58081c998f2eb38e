/**
 * The standard reason phrases (RFC 9110, RFC 6585) of the HTTP statuses an OpenAI-compatible API
 * answers with, the same words as Node's `http.STATUS_CODES`; a table of our own, so the LLM client
 * needs no Node built-in and one build of it serves the Node and the web extension hosts.
 */
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

/** The reason phrase of an HTTP status (`Not Found`), or undefined for one the table does not list. */
export function statusText(status: number): string | undefined {
  return STATUS_TEXTS[status];
}
