import { strict as assert } from 'assert';
import { EXPLAINER, KEY_TERM_IDS, linkedTermIds } from '../../src/core/explainer';
import { loadBuiltinGlossary } from '../../src/core/glossary/builtin';
import type { Glossary, Term } from '../../src/core/glossary/types';
import { escapeHtml } from '../../src/core/safeHtml';
import { isHttpsUrl } from '../../src/core/url';
import { buildExplainerHtml, contentSecurityPolicy, createNonce, type ExplainerHtmlInput } from '../../src/views/explainerHtml';

const CSP_SOURCE = 'https://*.vscode-cdn.net';

function render(glossary: Glossary, nonce = createNonce(), extra: Partial<ExplainerHtmlInput> = {}): string {
  const input: ExplainerHtmlInput = {
    ...extra,
    cspSource: CSP_SOURCE,
    nonce,
    scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview/explainer.js',
    styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/explainer.css',
    codiconsUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview/codicon.css',
    glossary,
    content: EXPLAINER,
  };
  return buildExplainerHtml(input);
}

/** Every start tag in the markup, with quoted attribute values blanked (escaped data cannot close them). */
function startTags(html: string): string[] {
  return (html.match(/<[a-zA-Z][^>]*>/g) ?? []).map((tag) => tag.replace(/"[^"]*"/g, '""'));
}

function cspOf(html: string): string {
  const match = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
  assert.ok(match, 'the page has a CSP meta tag');
  return (match[1] ?? '').replace(/&#39;/g, "'");
}

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name ?? '', values]),
  );
}

const HOSTILE: Term = {
  id: 'hostile-term',
  term: 'Hostile <b>term</b>',
  aliases: ['"><svg onload=alert(1)>', "'><script>alert(2)</script>"],
  definition: '<script>alert(1)</script>',
  explanation: '<img src=x onerror=alert(1)>',
  example: '<iframe src="https://evil.example"></iframe>',
  related: ['mesa-optimizer', 'no-such-term'],
  confusedWith: [
    { id: 'mesa-optimizer', note: '<img src=y onerror=alert(4)> differs' },
    { id: 'no-such-term', note: 'never shown' },
  ],
  source: { authors: '<a href="javascript:alert(3)">x</a>', work: 'A hostile work', year: 2024, url: 'javascript:alert(1)', role: 'canonical' as const },
};

const FRIENDLY: Term = {
  id: 'mesa-optimizer',
  term: 'Mesa-optimizer',
  aliases: ['mesa optimiser'],
  definition: 'A learned model that is itself an optimizer.',
  explanation: 'Training found a model that searches.',
  related: ['hostile-term'],
  source: { authors: 'Hubinger et al.', work: 'Risks from Learned Optimization', year: 2019, url: 'https://arxiv.org/abs/1906.01820', role: 'coined' as const },
};

describe('explainer HTML builder', () => {
  const glossary = loadBuiltinGlossary();
  const html = render(glossary);

  describe('Content-Security-Policy', () => {
    it('is present and allows nothing by default', () => {
      const d = directives(cspOf(html));
      assert.deepEqual(d.get('default-src'), ["'none'"]);
    });

    it('allows scripts only with the nonce of this render', () => {
      const nonce = createNonce();
      const d = directives(cspOf(render(glossary, nonce)));
      assert.deepEqual(d.get('script-src'), [`'nonce-${nonce}'`]);
    });

    it('allows styles, fonts and images only from the webview resource origin', () => {
      const d = directives(cspOf(html));
      for (const name of ['style-src', 'font-src', 'img-src']) {
        assert.deepEqual(d.get(name), [CSP_SOURCE], name);
      }
      assert.deepEqual([...d.keys()].sort(), ['default-src', 'font-src', 'img-src', 'script-src', 'style-src']);
    });

    it('has no unsafe-inline, unsafe-eval or remote sources', () => {
      const csp = cspOf(html);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|unsafe-hashes|\*(?!\.vscode-cdn\.net)/);
      const sources = [...directives(csp).values()].flat().filter((s) => s !== CSP_SOURCE);
      assert.ok(sources.every((s) => !/^https?:|^data:|^blob:/.test(s)), `unexpected sources: ${sources.join(' ')}`);
    });

    it('rejects a nonce or source that could inject a directive', () => {
      assert.throws(() => contentSecurityPolicy(CSP_SOURCE, "abc'; script-src *"));
      assert.throws(() => contentSecurityPolicy(CSP_SOURCE, 'short'));
      assert.throws(() => contentSecurityPolicy("x; script-src 'unsafe-inline'", createNonce()));
      assert.throws(() => contentSecurityPolicy("https://a.example 'unsafe-inline'", createNonce()));
      assert.throws(() => contentSecurityPolicy('https://a.example, script-src *', createNonce()));
      assert.match(contentSecurityPolicy(`'self' ${CSP_SOURCE}`, 'A'.repeat(24)), /^default-src 'none'; style-src 'self' https:/);
    });
  });

  describe('scripts', () => {
    it('uses a different nonce on every render', () => {
      const nonces = new Set(Array.from({ length: 20 }, () => createNonce()));
      assert.equal(nonces.size, 20);
      assert.notEqual(cspOf(render(glossary)), cspOf(render(glossary)));
    });

    it('gives every script the nonce and loads it from a file, never inline', () => {
      const nonce = createNonce();
      const page = render(glossary, nonce);
      const scripts = page.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? [];
      assert.equal(scripts.length, 1);
      for (const script of scripts) {
        assert.ok(script.includes(`nonce="${escapeHtml(nonce)}"`), script);
        assert.match(script, /src="[^"]+explainer\.js"/);
        assert.match(script, /><\/script>$/, 'no inline script body');
      }
    });

    it('has no inline event handlers or javascript: URLs anywhere', () => {
      for (const page of [html, render({ terms: [HOSTILE, FRIENDLY] })]) {
        for (const tag of startTags(page)) {
          assert.doesNotMatch(tag, /\son\w+\s*=/i, tag);
          assert.doesNotMatch(tag, /\sstyle\s*=/i, tag);
        }
        assert.doesNotMatch(page, /href="\s*javascript:/i);
      }
    });
  });

  describe('hostile glossary text', () => {
    const page = render({ terms: [HOSTILE, FRIENDLY] });
    const tags = startTags(page).map((t) => t.toLowerCase());

    it('creates no script, img, svg or iframe elements', () => {
      const names = new Set(tags.map((t) => /^<([a-z0-9]+)/.exec(t)?.[1]));
      for (const bad of ['img', 'svg', 'iframe', 'b']) {
        assert.ok(!names.has(bad), `<${bad}> in the output`);
      }
      assert.equal((page.match(/<script/g) ?? []).length, 1, 'only our own script tag');
    });

    it('shows the hostile strings as text', () => {
      assert.ok(page.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
      assert.ok(page.includes('&lt;img src=x onerror=alert(1)&gt;'));
      assert.ok(page.includes('&quot;&gt;&lt;svg onload=alert(1)&gt;'));
      assert.ok(page.includes('Hostile &lt;b&gt;term&lt;/b&gt;'));
    });

    it('does not turn a javascript: source URL into a link', () => {
      const card = /<article class="card" id="card-hostile-term"[\s\S]*?<\/article>/.exec(page)?.[0] ?? '';
      const source = /<p class="source">([\s\S]*?)<\/p>/.exec(card)?.[1] ?? '';
      assert.ok(source.includes('A hostile work'), source);
      assert.ok(!source.includes('<a'), `source rendered as a link: ${source}`);
    });

    it('links related terms only when they exist', () => {
      const card = /<article class="card" id="card-hostile-term"[\s\S]*?<\/article>/.exec(page)?.[0] ?? '';
      assert.ok(card.includes('data-term="mesa-optimizer"'));
      assert.ok(!card.includes('no-such-term'));
    });

    it('shows confusion notes as text, linking only terms that exist', () => {
      const card = /<article class="card" id="card-hostile-term"[\s\S]*?<\/article>/.exec(page)?.[0] ?? '';
      const list = /<ul class="confusions">([\s\S]*?)<\/ul>/.exec(card)?.[1] ?? '';
      assert.ok(list.includes('data-term="mesa-optimizer"'), list);
      assert.ok(list.includes('&lt;img src=y onerror=alert(4)&gt; differs'), list);
      assert.ok(!card.includes('never shown'), 'a confusion with an unknown id is left out');
      const friendly = /<article class="card" id="card-mesa-optimizer"[\s\S]*?<\/article>/.exec(page)?.[0] ?? '';
      assert.ok(!friendly.includes('Not to be confused with'), 'no heading without confusions');
    });

    it('says "Coined in" only for a coining work and "See" for a canonical reference', () => {
      const source = (id: string): string => {
        const card = new RegExp(`<article class="card" id="card-${id}"[\\s\\S]*?</article>`).exec(page)?.[0] ?? '';
        return /<p class="source">([\s\S]*?)<\/p>/.exec(card)?.[1] ?? '';
      };
      assert.match(source('mesa-optimizer'), /^<span class="label">Coined in<\/span> /);
      assert.match(source('hostile-term'), /^<span class="label">See<\/span> /);
    });

    it('renders an https source as an external link', () => {
      const card = /<article class="card" id="card-mesa-optimizer"[\s\S]*?<\/article>/.exec(page)?.[0] ?? '';
      assert.match(card, /<a href="https:\/\/arxiv\.org\/abs\/1906\.01820" class="external-link" data-url="https:\/\/arxiv\.org\/abs\/1906\.01820"/);
    });
  });

  describe('content', () => {
    it('shows every explainer heading', () => {
      for (const section of EXPLAINER.sections) {
        assert.ok(html.includes(`>${escapeHtml(section.heading)}</h2>`), section.heading);
      }
      const headings = EXPLAINER.sections.map((s) => s.heading);
      for (const expected of ['What is mesa-optimization?', 'How it arises', 'A concrete example', 'When it matters', 'Key terms', 'Key takeaways', 'Further reading', 'Ask an LLM']) {
        assert.ok(headings.includes(expected), expected);
      }
    });

    it('links the four key terms in the table to their cards', () => {
      const table = /<table class="key-terms">[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
      for (const id of KEY_TERM_IDS) {
        assert.ok(table.includes(`<a href="#card-${id}" class="term-link" data-term="${id}">`), id);
        assert.ok(html.includes(`<article class="card" id="card-${id}"`), `card ${id}`);
      }
      assert.equal((table.match(/<tr>/g) ?? []).length, 5, 'a header row and four term rows');
    });

    it('links only to glossary terms that exist', () => {
      const ids = new Set(glossary.terms.map((t) => t.id));
      const missing = linkedTermIds(EXPLAINER).filter((id) => !ids.has(id));
      assert.deepEqual(missing, []);
    });

    it('renders every glossary term as a list row and a hidden card', () => {
      assert.ok(glossary.terms.length >= 48);
      for (const term of glossary.terms) {
        assert.ok(html.includes(`<article class="card" id="card-${term.id}" data-card="${term.id}" aria-labelledby="card-title-${term.id}" tabindex="-1" hidden>`), term.id);
        assert.ok(html.includes(`class="term-row" data-term="${term.id}"`), term.id);
      }
    });

    it('cites further reading with https links only', () => {
      const reading = EXPLAINER.sections.find((s) => s.id === 'reading');
      const block = reading?.blocks.find((b) => b.kind === 'reading');
      assert.ok(block && block.kind === 'reading');
      assert.ok(block.items.some((r) => r.url === 'https://arxiv.org/abs/1906.01820' && r.year === 2019));
      for (const item of block.items) {
        assert.ok(isHttpsUrl(item.url), item.url);
        assert.ok(html.includes(`data-url="${item.url}"`), item.url);
      }
    });

    it('offers the seed prompt and a button that runs the LLM command', () => {
      assert.ok(html.includes('Explain mesa-optimization with a simple analogy in AI training.'));
      assert.ok(html.includes('<code>gpt-4o</code>'));
      assert.match(html, /<button type="button" class="button" data-command="explainWithLlm">/);
    });

    it('labels the tabs and panels for assistive technology', () => {
      for (const tab of ['explainer', 'glossary', 'answers']) {
        assert.match(html, new RegExp(`role="tab"[^>]*id="tab-${tab}"[^>]*aria-controls="panel-${tab}"`));
        assert.match(html, new RegExp(`role="tabpanel" id="panel-${tab}" aria-labelledby="tab-${tab}"`));
      }
      assert.match(html, /id="search-count" aria-live="polite"/);
      assert.match(html, /id="answers" aria-live="polite"/);
      assert.match(html, /<input type="search" id="search"[^>]*aria-label="Filter glossary terms"/);
    });

    it('puts everything, the tab bar included, inside <main> under a level-one heading shown on every tab', () => {
      const body = html.slice(html.indexOf('<body>') + '<body>'.length, html.indexOf('<script'));
      assert.match(body.trim(), /^<main>\n<h1 class="visually-hidden">AI Safety<\/h1>\n<div class="tabs" role="tablist"/);
      assert.match(body.trim(), /<\/main>$/);
    });
  });
});

describe('safe text helpers', () => {
  it('escapes the five HTML-special characters', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});

describe('explainer HTML builder with glossary files', () => {
  describe('origins of glossary-file terms', () => {
    const label = '<img src=x onerror=alert(1)>.json';
    const page = render({ terms: [HOSTILE, FRIENDLY] }, createNonce(), {
      originOf: (id) => (id === HOSTILE.id ? label : undefined),
      glossaryNotice: 'Not trusted <b>here</b>',
    });

    it('marks each row with its origin, escaped, and offers an origin filter with each file', () => {
      const row = /<li class="term-item"[^>]*data-origin="([^"]*)"[^>]*><a href="#card-hostile-term"/.exec(page);
      assert.equal(row?.[1], escapeHtml(label));
      assert.ok(/<li class="term-item"[^>]*data-origin="built-in"[^>]*><a href="#card-mesa-optimizer"/.test(page));
      const select = /<select id="origin-filter"[^>]*>([\s\S]*?)<\/select>/.exec(page)?.[1] ?? '';
      const values = [...select.matchAll(/<option value="([^"]*)">/g)].map((m) => m[1]);
      assert.deepEqual(values, ['', 'built-in', escapeHtml(label)]);
      assert.ok(!startTags(page).some((t) => /^<img/i.test(t)));
    });

    it('gives a file term\'s card a button that opens its definition in the file, and built-in cards none', () => {
      const card = /<article class="card" id="card-hostile-term"[\s\S]*?<\/article>/.exec(page)?.[0] ?? '';
      assert.ok(card.includes(`data-command="openTermSource" data-term="hostile-term"`), card);
      const friendly = /<article class="card" id="card-mesa-optimizer"[\s\S]*?<\/article>/.exec(page)?.[0] ?? '';
      assert.ok(!friendly.includes('openTermSource'));
    });

    it('shows the notice as text', () => {
      assert.ok(page.includes('Not trusted &lt;b&gt;here&lt;/b&gt;'));
    });

    it('says whose glossary it shows, as text, only when told (a multi-root workspace)', () => {
      assert.ok(!page.includes('id="glossary-scope"'));
      const scoped = render({ terms: [HOSTILE, FRIENDLY] }, createNonce(), { glossaryScope: 'Terms of the folder "<i>alpha</i>"' });
      const note = /<p class="notice" id="glossary-scope" role="note">([\s\S]*?)<\/p>/.exec(scoped)?.[1] ?? '';
      assert.ok(note.includes('Terms of the folder &quot;&lt;i&gt;alpha&lt;/i&gt;&quot;'), note);
    });
  });
});
