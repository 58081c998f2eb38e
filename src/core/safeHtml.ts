/**
 * The two checks every piece of text shown in the sidebar goes through: HTML escaping and the
 * https-only link rule. Shared by the HTML builder (extension host), the message validators
 * (both sides) and the markdown renderer (webview), so there is one definition of "safe".
 */

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for use in HTML element content and in double- or single-quoted attribute values.
 * Everything that comes from data (glossary, answers, settings) goes through this before it
 * becomes markup.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

/** Longest URL we treat as a link; longer strings are shown as text. */
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
