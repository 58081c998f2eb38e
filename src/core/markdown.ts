/**
 * Safe markdown for LLM answers shown in the sidebar webview. Model output is untrusted: raw HTML
 * is escaped (`html: false`), only https links survive, images never load (their alt text is shown
 * instead), and very long answers are rendered only up to a cap.
 *
 * Loaded by the webview bundle only; the extension host never imports this module (markdown-it is
 * heavy and the host never renders answers).
 */
import MarkdownIt from 'markdown-it';
import { escapeHtml } from './safeHtml';
import { isHttpsUrl } from './url';

/** Default number of characters rendered; the rest is left to Copy and Insert. */
export const DEFAULT_RENDER_CAP = 100_000;

/** Options for one render. */
export interface RenderOptions {
  /** Render at most this many characters (default {@link DEFAULT_RENDER_CAP}). */
  readonly cap?: number;
  /**
   * Full length of the answer when `text` is already a prefix of it (the host sends the webview
   * only the part it can render). Defaults to `text.length`.
   */
  readonly totalLength?: number;
}

/** The result of rendering an answer. */
export interface RenderedMarkdown {
  /** Safe HTML: no raw tags from the input, no scripts, no images, only https links. */
  readonly html: string;
  /** True when only the first `cap` characters were rendered. */
  readonly truncated: boolean;
  /** A sentence for the reader when `truncated` is true (plain text, to be escaped by the caller). */
  readonly notice?: string;
}

/** Renders markdown answers; create one per webview and reuse it. */
export interface AnswerRenderer {
  /** Renders `text` as safe HTML, honouring the cap. */
  render(text: string, options?: RenderOptions): RenderedMarkdown;
}

/** Creates a renderer configured for untrusted model output. */
export function createAnswerRenderer(): AnswerRenderer {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });

  // Links (inline, reference, autolink and linkified) exist only for https; anything else stays text.
  md.validateLink = (url: string) => isHttpsUrl(url);

  // Images never load: show their alt text, marked so the reader knows an image was there.
  md.renderer.rules.image = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    const alt = token ? self.renderInlineAsText(token.children ?? [], options, env) : '';
    return `<span class="md-image-alt">[image${alt ? `: ${escapeHtml(alt)}` : ''}]</span>`;
  };

  // Links open outside through the host, which checks the URL again; mark them for the webview.
  md.renderer.rules.link_open = (tokens, idx, options, _env, self) => {
    const token = tokens[idx];
    if (token) {
      token.attrSet('class', 'external-link');
      token.attrSet('rel', 'noopener noreferrer');
      const href = token.attrGet('href');
      if (href !== null) {
        token.attrSet('title', href);
      }
    }
    return self.renderToken(tokens, idx, options);
  };

  // Table alignment comes out as style="" attributes, which the webview's CSP forbids; use classes.
  md.core.ruler.push('align_to_class', (state) => {
    for (const token of state.tokens) {
      const style = token.attrGet('style');
      if (style !== null) {
        const match = /^text-align:(left|right|center)$/.exec(style);
        token.attrs = (token.attrs ?? []).filter(([name]) => name !== 'style');
        if (match) {
          token.attrJoin('class', `align-${match[1]}`);
        }
      }
    }
  });

  return {
    render(text: string, options: RenderOptions = {}): RenderedMarkdown {
      const cap = Math.max(0, Math.floor(options.cap ?? DEFAULT_RENDER_CAP));
      const total = Math.max(text.length, options.totalLength ?? 0);
      let shown = text;
      if (shown.length > cap) {
        // Never cut a surrogate pair in half.
        const end = cap > 0 && isHighSurrogate(shown.charCodeAt(cap - 1)) ? cap - 1 : cap;
        shown = shown.slice(0, end);
      }
      const truncated = total > shown.length;
      const html = md.render(shown);
      return truncated ? { html, truncated, notice: capNotice(total, shown.length) } : { html, truncated };
    },
  };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Describes a size in characters the way a reader would say it ("5.2 million", "180,000"). */
export function describeLength(chars: number): string {
  if (chars >= 1_000_000) {
    return `${(chars / 1_000_000).toFixed(1)} million characters`;
  }
  return `${chars.toLocaleString('en-US')} characters`;
}

/** The sentence shown above an answer that was rendered only in part. */
export function capNotice(total: number, shown: number): string {
  return `This answer is ${describeLength(total)} long; showing the first ${shown.toLocaleString('en-US')}. Use Copy or Insert to get all of it.`;
}
