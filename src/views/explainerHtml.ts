/**
 * Builds the explainer webview's HTML: a pure function of its inputs, so it can be tested without
 * VS Code. All glossary and explainer text is rendered here, escaped, and every card is in the page
 * (hidden until shown); the webview script only switches what is visible and renders answers.
 */
import type { Glossary, Term } from '../core/glossary/types';
import { EXPLAINER, type Block, type ExplainerContent, type Inline, type Reading } from '../core/explainer';
import { escapeHtml } from '../core/safeHtml';
import { isHttpsUrl } from '../core/url';
import { sourceLead } from '../core/hoverContent';
import { ENGLISH_EXPLAINER_STRINGS, formatUiString, type ExplainerStrings } from './uiStrings';

/** Everything the page depends on. URIs are already converted with `webview.asWebviewUri`. */
export interface ExplainerHtmlInput {
  /** `webview.cspSource`: the only origin styles, fonts and images may come from. */
  readonly cspSource: string;
  /** A fresh random nonce for this render; the only scripts that run carry it. */
  readonly nonce: string;
  /** The webview bundle (dist/webview/explainer.js). */
  readonly scriptUri: string;
  /** The stylesheet (media/explainer.css). */
  readonly styleUri: string;
  /** The codicon stylesheet (dist/webview/codicon.css). */
  readonly codiconsUri: string;
  /** The glossary whose cards the page holds. */
  readonly glossary: Glossary;
  /** The explainer content; defaults to the built-in one. */
  readonly content?: ExplainerContent;
  /**
   * Where each term comes from: the label of the glossary file it was read from, or undefined for a
   * built-in term. Without it every term is built-in.
   */
  readonly originOf?: (id: string) => string | undefined;
  /** A note shown above the glossary (why the workspace's terms are not shown, for instance). */
  readonly glossaryNotice?: string;
  /** Whose glossary the page shows, in a multi-root workspace (a folder's). */
  readonly glossaryScope?: string;
  /** The page's own words in the display language (English by default); the page carries them to the script. */
  readonly strings?: ExplainerStrings;
}

/** The origin filter's value for built-in terms. */
export const BUILTIN_ORIGIN = 'built-in';

/**
 * A fresh nonce for one render: 144 bits from the platform's cryptographic random source (Web Crypto,
 * in Node and in the browser alike), base64.
 */
export function createNonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes));
}

/** A base64 nonce of at least 128 bits. */
const NONCE = /^[A-Za-z0-9+/_-]{22,}={0,2}$/;
/**
 * A CSP source list as VS Code hands it over (e.g. `https://*.vscode-cdn.net`, or with `'self'` in
 * some hosts): hosts and quoted keywords only, never a semicolon or comma that could start another
 * directive, and never an `'unsafe-…'` keyword.
 */
const CSP_SOURCE = /^(?:'self'|[^\s;,'"]+)(?: (?:'self'|[^\s;,'"]+))*$/;

/** The Content-Security-Policy of the page: nothing but our own styles, fonts, images and nonce'd scripts. */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  if (!CSP_SOURCE.test(cspSource)) {
    throw new Error(`Unexpected webview CSP source: ${JSON.stringify(cspSource)}.`);
  }
  if (!NONCE.test(nonce)) {
    throw new Error('Invalid nonce: expected at least 128 random bits in base64.');
  }
  return [
    "default-src 'none'",
    `style-src ${cspSource}`,
    `font-src ${cspSource}`,
    `img-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
}

/** Builds the whole page. */
export function buildExplainerHtml(input: ExplainerHtmlInput): string {
  const csp = contentSecurityPolicy(input.cspSource, input.nonce);
  const content = input.content ?? EXPLAINER;
  const terms = new Map(input.glossary.terms.map((term) => [term.id, term]));
  const a = escapeHtml;
  const s = input.strings ?? ENGLISH_EXPLAINER_STRINGS;
  return `<!DOCTYPE html>
<html lang="${a(s.lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${a(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${a(input.codiconsUri)}">
<link rel="stylesheet" href="${a(input.styleUri)}">
<meta name="ui-strings" content="${a(JSON.stringify(s))}">
<title>${a(s.pageTitle)}</title>
</head>
<body>
<main>
<h1 class="visually-hidden">AI Safety</h1>
<div class="tabs" role="tablist" aria-label="${a(s.tabsLabel)}">
${tabButton('explainer', s.tabExplainer, 'book', true)}
${tabButton('glossary', s.tabGlossary, 'list-flat', false)}
${tabButton('answers', s.tabAnswers, 'sparkle', false, '<span class="badge" id="answers-count" hidden></span>')}
</div>
<section class="panel" role="tabpanel" id="panel-explainer" aria-labelledby="tab-explainer">
${renderExplainer(content, terms, s)}
</section>
<section class="panel" role="tabpanel" id="panel-glossary" aria-labelledby="tab-glossary" hidden>
${input.glossaryScope === undefined ? '' : `<p class="notice" id="glossary-scope" role="note"><span class="codicon codicon-root-folder" aria-hidden="true"></span> ${a(input.glossaryScope)}</p>`}
${renderGlossary(input.glossary, terms, input.originOf ?? (() => undefined), s, input.glossaryNotice)}
</section>
<section class="panel" role="tabpanel" id="panel-answers" aria-labelledby="tab-answers" hidden>
${renderAnswersPanel(s)}
</section>
</main>
<script nonce="${a(input.nonce)}" src="${a(input.scriptUri)}"></script>
</body>
</html>
`;
}

function tabButton(id: string, label: string, icon: string, selected: boolean, extra = ''): string {
  return `<button type="button" role="tab" class="tab" id="tab-${id}" data-tab="${id}" aria-controls="panel-${id}" aria-selected="${selected}" tabindex="${selected ? 0 : -1}"><span class="codicon codicon-${icon}" aria-hidden="true"></span><span class="tab-label">${escapeHtml(label)}</span>${extra}</button>`;
}

/** A link to a glossary card, or plain text when the glossary has no such card. */
function termLink(id: string, text: string, terms: ReadonlyMap<string, Term>, className = 'term-link'): string {
  if (!terms.has(id)) {
    return escapeHtml(text);
  }
  return `<a href="#card-${escapeHtml(id)}" class="${className}" data-term="${escapeHtml(id)}">${escapeHtml(text)}</a>`;
}

/** An external link when `url` is https; otherwise the text alone, never a link. */
function externalLink(url: string, text: string): string {
  if (!isHttpsUrl(url)) {
    return escapeHtml(text);
  }
  const u = escapeHtml(url);
  return `<a href="${u}" class="external-link" data-url="${u}" title="${u}">${escapeHtml(text)}<span class="codicon codicon-link-external" aria-hidden="true"></span></a>`;
}

function renderInline(parts: readonly Inline[], terms: ReadonlyMap<string, Term>): string {
  return parts
    .map((part) => {
      if (typeof part === 'string') {
        return escapeHtml(part);
      }
      if ('term' in part) {
        return termLink(part.term, part.text, terms);
      }
      if ('href' in part) {
        return externalLink(part.href, part.text);
      }
      if ('code' in part) {
        return `<code>${escapeHtml(part.code)}</code>`;
      }
      return `<em>${escapeHtml(part.em)}</em>`;
    })
    .join('');
}

function renderReading(item: Reading): string {
  return `<li><span class="reading-authors">${escapeHtml(item.authors)}</span> (${item.year}). ${externalLink(item.url, item.title)}. <span class="reading-venue">${escapeHtml(item.venue)}</span>.<br><span class="reading-note">${escapeHtml(item.note)}</span></li>`;
}

function renderBlock(block: Block, terms: ReadonlyMap<string, Term>, s: ExplainerStrings): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${renderInline(block.content, terms)}</p>`;
    case 'list':
      return `<ul>${block.items.map((item) => `<li>${renderInline(item, terms)}</li>`).join('')}</ul>`;
    case 'keyTerms':
      return `<table class="key-terms"><thead><tr><th scope="col">${escapeHtml(s.keyTermsTerm)}</th><th scope="col">${escapeHtml(s.keyTermsMeaning)}</th></tr></thead><tbody>${block.rows
        .map((row) => `<tr><th scope="row">${termLink(row.termId, row.label, terms)}</th><td>${escapeHtml(row.description)}</td></tr>`)
        .join('')}</tbody></table>`;
    case 'reading':
      return `<ul class="reading">${block.items.map(renderReading).join('')}</ul>`;
    case 'prompt':
      return `<dl class="prompt"><dt>${escapeHtml(s.promptModel)}</dt><dd><code>${escapeHtml(block.model)}</code></dd><dt>${escapeHtml(s.promptPrompt)}</dt><dd><q>${escapeHtml(block.prompt)}</q></dd></dl>`;
    case 'action':
      return `<p><button type="button" class="button" data-command="${escapeHtml(block.action)}"><span class="codicon codicon-sparkle" aria-hidden="true"></span>${escapeHtml(block.label)}</button></p>`;
  }
}

function renderExplainer(content: ExplainerContent, terms: ReadonlyMap<string, Term>, strings: ExplainerStrings): string {
  const toc = content.sections
    .map((s) => `<li><a href="#section-${escapeHtml(s.id)}">${escapeHtml(s.heading)}</a></li>`)
    .join('');
  const sections = content.sections
    .map(
      (s) =>
        `<section class="explainer-section" id="section-${escapeHtml(s.id)}" aria-labelledby="heading-${escapeHtml(s.id)}">
<h2 id="heading-${escapeHtml(s.id)}">${escapeHtml(s.heading)}</h2>
${s.blocks.map((b) => renderBlock(b, terms, strings)).join('\n')}
</section>`,
    )
    .join('\n');
  return `<article class="explainer" lang="en">
<h1>${escapeHtml(content.title)}</h1>
<nav class="toc" aria-label="${escapeHtml(strings.onThisPage)}"><ul>${toc}</ul></nav>
${sections}
</article>`;
}

function searchText(term: Term): string {
  return [term.term, ...term.aliases, term.definition].join(' ').toLowerCase();
}

function renderTermRow(term: Term, origin: string | undefined, s: ExplainerStrings): string {
  const id = escapeHtml(term.id);
  const aliases = term.aliases.length ? `<span class="term-aliases">${escapeHtml(term.aliases.join(', '))}</span>` : '';
  const badge = origin === undefined ? '' : `<span class="term-origin" title="${escapeHtml(formatUiString(s.fromOrigin, origin))}">${escapeHtml(origin)}</span>`;
  return `<li class="term-item" data-search="${escapeHtml(searchText(term))}" data-origin="${escapeHtml(origin ?? BUILTIN_ORIGIN)}"><a href="#card-${id}" class="term-row" data-term="${id}"><span class="term-name">${escapeHtml(term.term)}</span>${badge}${aliases}<span class="term-def">${escapeHtml(term.definition)}</span></a></li>`;
}

/** The origin filter: all, built-in, then each glossary file that contributes terms. */
function renderOriginFilter(origins: readonly string[], s: ExplainerStrings): string {
  const options = [`<option value="">${escapeHtml(s.allOrigins)}</option>`, `<option value="${BUILTIN_ORIGIN}">${escapeHtml(s.builtIn)}</option>`, ...origins.map((o) => `<option value="${escapeHtml(o)}">${escapeHtml(o)}</option>`)];
  return `<label class="origin-filter">${escapeHtml(s.originFilter)} <select id="origin-filter" aria-label="${escapeHtml(s.originFilterLabel)}" aria-controls="term-list">${options.join('')}</select></label>`;
}

function renderSource(term: Term, strings: ExplainerStrings): string {
  const s = term.source;
  if (!s) {
    return `<p class="source">${escapeHtml(strings.noSource)}</p>`;
  }
  return `<p class="source"><span class="label">${escapeHtml(sourceLead(term, strings))}</span> ${escapeHtml(s.authors)} (${escapeHtml(String(s.year))}). ${externalLink(s.url, s.work)}.</p>`;
}

function renderConfusions(term: Term, terms: ReadonlyMap<string, Term>, s: ExplainerStrings): string {
  const items = (term.confusedWith ?? []).filter((c) => c.id !== term.id && terms.has(c.id));
  if (items.length === 0) {
    return '';
  }
  return `<h3>${escapeHtml(s.notConfusedWith)}</h3><ul class="confusions">${items
    .map((c) => `<li>${termLink(c.id, terms.get(c.id)?.term ?? c.id, terms)}: ${escapeHtml(c.note)}</li>`)
    .join('')}</ul>`;
}

function renderCard(term: Term, terms: ReadonlyMap<string, Term>, origin: string | undefined, s: ExplainerStrings): string {
  const id = escapeHtml(term.id);
  const aliases = term.aliases.length
    ? `<p class="card-aliases"><span class="label">${escapeHtml(s.alsoWritten)}</span> ${escapeHtml(term.aliases.join(', '))}</p>`
    : '';
  const example = term.example ? `<h3>${escapeHtml(s.example)}</h3><p>${escapeHtml(term.example)}</p>` : '';
  const related = term.related.filter((r) => terms.has(r));
  const relatedHtml = related.length
    ? `<h3>${escapeHtml(s.relatedTerms)}</h3><ul class="related">${related
        .map((r) => `<li>${termLink(r, terms.get(r)?.term ?? r, terms)}</li>`)
        .join('')}</ul>`
    : '';
  return `<article class="card" id="card-${id}" data-card="${id}" aria-labelledby="card-title-${id}" tabindex="-1" hidden>
<h2 class="card-title" id="card-title-${id}">${escapeHtml(term.term)}</h2>
${origin === undefined ? '' : `<p class="card-origin"><span class="label">${escapeHtml(s.from)}</span> <button type="button" class="link-button" data-command="openTermSource" data-term="${id}" title="${escapeHtml(s.openDefinitionTitle)}">${escapeHtml(origin)}</button></p>`}
${aliases}
<p class="definition">${escapeHtml(term.definition)}</p>
<h3>${escapeHtml(s.explanation)}</h3><p>${escapeHtml(term.explanation)}</p>
${example}
${renderConfusions(term, terms, s)}
${relatedHtml}
<h3>${escapeHtml(s.source)}</h3>${renderSource(term, s)}
<p class="card-actions"><button type="button" class="button secondary" data-command="explainTerm" data-term="${id}"><span class="codicon codicon-sparkle" aria-hidden="true"></span>${escapeHtml(s.explainWithLlm)}</button></p>
</article>`;
}

function renderGlossary(glossary: Glossary, terms: ReadonlyMap<string, Term>, originOf: (id: string) => string | undefined, s: ExplainerStrings, notice?: string): string {
  const origins = [...new Set(glossary.terms.map((t) => originOf(t.id)).filter((o): o is string => o !== undefined))];
  return `${notice === undefined ? '' : `<p class="notice" id="glossary-notice" role="note"><span class="codicon codicon-shield" aria-hidden="true"></span> ${escapeHtml(notice)}</p>`}
<div class="search-bar">
<span class="codicon codicon-search" aria-hidden="true"></span>
<input type="search" id="search" placeholder="${escapeHtml(s.searchPlaceholder)}" aria-label="${escapeHtml(s.searchLabel)}" aria-describedby="search-count" aria-controls="term-list" autocomplete="off" spellcheck="false">
</div>
${renderOriginFilter(origins, s)}
<p class="search-count" id="search-count" aria-live="polite">${escapeHtml(formatUiString(s.termCount, glossary.terms.length))}</p>
<div id="glossary-list">
<ul class="term-list" id="term-list" aria-label="${escapeHtml(s.glossaryTermsLabel)}">
${glossary.terms.map((term) => renderTermRow(term, originOf(term.id), s)).join('\n')}
</ul>
<p class="empty" id="no-match" hidden>${escapeHtml(s.noMatch)}</p>
</div>
<div id="card-view" hidden>
<div class="card-toolbar">
<button type="button" class="icon-button" id="back" aria-label="${escapeHtml(s.back)}" title="${escapeHtml(s.back)}"><span class="codicon codicon-arrow-left" aria-hidden="true"></span></button>
<button type="button" class="icon-button" id="all-terms" aria-label="${escapeHtml(s.allTerms)}" title="${escapeHtml(s.allTerms)}"><span class="codicon codicon-list-flat" aria-hidden="true"></span></button>
<span class="spacer"></span>
<span class="badge pinned-badge" id="pinned-badge" hidden>${escapeHtml(s.pinned)}</span>
<button type="button" class="icon-button" id="pin" aria-pressed="false" aria-label="${escapeHtml(s.pinCard)}" title="${escapeHtml(s.pinCardTitle)}"><span class="codicon codicon-pin" aria-hidden="true"></span></button>
</div>
${glossary.terms.map((term) => renderCard(term, terms, originOf(term.id), s)).join('\n')}
</div>`;
}

function renderAnswersPanel(s: ExplainerStrings): string {
  return `<div class="answers-toolbar">
<button type="button" class="button" data-command="explainWithLlm"><span class="codicon codicon-sparkle" aria-hidden="true"></span>${escapeHtml(s.explainSeed)}</button>
</div>
<p class="empty" id="answers-empty">${formatUiString(escapeHtml(s.answersEmpty), `<q>${escapeHtml(s.explainWithLlm)}</q>`)}</p>
<div class="answers" id="answers" aria-live="polite" aria-busy="false"></div>`;
}
