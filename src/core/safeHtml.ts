/**
 * HTML escaping for every piece of text shown in the sidebar. Shared by the HTML builder (extension
 * host) and the markdown renderer (webview); links go through the https rule in `url.ts`.
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
