/**
 * The one https-only link rule. Used by the HTML builder, the message validators on both sides of
 * the webview, the markdown renderer and the hover: whatever is not accepted here is shown as text
 * and never opened.
 */

/** Longest URL treated as a link; longer strings are shown as text. */
export const MAX_URL_LENGTH = 2048;

/**
 * True when `value` is an absolute `https:` URL with a host and no embedded credentials.
 * Links with any other scheme (`javascript:`, `command:`, `vscode:`, `data:`, `file:`, `http:`)
 * are never rendered as links and never opened.
 */
export function isHttpsUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_URL_LENGTH) {
    return false;
  }
  // Whitespace and control characters are silently stripped by URL parsers; refuse them instead.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f-\u009f]/.test(value)) {
    return false;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && url.hostname.length > 0 && url.username === '' && url.password === '';
}
