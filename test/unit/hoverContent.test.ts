import * as assert from 'assert';
import MarkdownIt from 'markdown-it';
import { findTerm } from '../../src/core/glossary/glossary';
import { loadBuiltinGlossary } from '../../src/core/glossary/builtin';
import type { Glossary, Term } from '../../src/core/glossary/types';
import { buildHoverMarkdown, commandUri, escapeMarkdown } from '../../src/core/hoverContent';

const SHOW = 'aiSafety.showTerm';
const EXPLAIN = 'aiSafety.explainTerm';
const withLinks = { commandLinks: true, showTermCommand: SHOW, explainCommand: EXPLAIN } as const;

const glossary = loadBuiltinGlossary();
const mesaOptimizer = findTerm(glossary, 'mesa-optimizer') as Term;

/**
 * Renders like a permissive markdown renderer would (raw HTML allowed, links linkified), so anything
 * the content lets through shows up in the HTML.
 */
const md = new MarkdownIt({ html: true, linkify: true });
md.validateLink = () => true;

/** Every href in rendered HTML, decoded from HTML attributes. */
function hrefs(html: string): string[] {
  return [...html.matchAll(/href="([^"]*)"/g)].map((m) =>
    (m[1] ?? '').replace(/&amp;/g, '&').replace(/%28/g, '(').replace(/%29/g, ')'),
  );
}

/** The arguments of a command link, decoded. */
function commandArgs(href: string): unknown {
  const query = href.slice(href.indexOf('?') + 1);
  return JSON.parse(decodeURIComponent(query));
}

/** Text content of rendered HTML (tags removed, entities decoded). */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function hostileTerm(overrides: Partial<Term> = {}): Term {
  return {
    id: 'hostile',
    term: 'Evil [x](command:workbench.action.terminal.new) <img src=x onerror=alert(1)>',
    aliases: ['*bold* `code` $(zap)', '<script>alert(1)</script>'],
    definition: 'Click [here](command:evil.run?%5B%5D) or ![img](https://attacker.example/p.png) or https://attacker.example/auto.',
    explanation: '# Heading\n\n- list\n\n    code block\n<a href="javascript:alert(1)">a</a> &lt;b&gt; [ref]: command:evil',
    example: '> quote <iframe src="https://attacker.example"></iframe> _em_',
    related: ['x)](command:evil)', 'victim'],
    source: {
      authors: 'Mallory <b onmouseover=alert(1)>',
      work: 'Work](command:evil)',
      year: 2024,
      url: 'javascript:alert(1)',
      role: 'coined',
    },
    ...overrides,
  };
}

describe('buildHoverMarkdown', () => {
  it('shows the term, its aliases, definition, explanation, example and source link', () => {
    const html = md.render(buildHoverMarkdown(mesaOptimizer, glossary, withLinks));
    const text = textOf(html);
    assert.ok(html.includes('<strong>Mesa-optimizer</strong>'), html);
    assert.ok(text.includes('mesa-optimiser'), 'aliases are listed');
    assert.ok(text.includes(mesaOptimizer.definition), 'definition');
    assert.ok(text.includes(mesaOptimizer.explanation), 'explanation');
    assert.ok(mesaOptimizer.example && text.includes(mesaOptimizer.example), 'example');
    assert.ok(/<blockquote>[\s\S]*<em>/.test(html), 'the example is a quote in italics');
    assert.ok(hrefs(html).includes(mesaOptimizer.source!.url), 'source link');
    assert.ok(text.includes(`${mesaOptimizer.source!.authors} (2019), ${mesaOptimizer.source!.work}`), text);
  });

  it('links related terms and the two actions to our commands with the term id as argument', () => {
    const html = md.render(buildHoverMarkdown(mesaOptimizer, glossary, withLinks));
    const commands = hrefs(html).filter((h) => h.startsWith('command:'));
    const related = commands.filter((h) => h.startsWith(`command:${SHOW}?`)).map(commandArgs);
    for (const id of mesaOptimizer.related) {
      assert.ok(related.some((a) => JSON.stringify(a) === JSON.stringify([id])), `related ${id}`);
    }
    assert.ok(textOf(html).includes('Base optimizer'), 'related terms are shown by name');
    assert.ok(/>Open in explainer</.test(html) && /Explain with LLM</.test(html), html);
    assert.ok(commands.includes(commandUri(SHOW, ['mesa-optimizer'])));
    assert.ok(commands.includes(commandUri(EXPLAIN, ['mesa-optimizer'])));
    assert.deepStrictEqual(commandArgs(commandUri(EXPLAIN, ['mesa-optimizer'])), ['mesa-optimizer']);
  });

  it('leaves command links out when they are disabled, naming related terms as plain text', () => {
    const markdown = buildHoverMarkdown(mesaOptimizer, glossary, { commandLinks: false, showTermCommand: SHOW, explainCommand: EXPLAIN });
    assert.ok(!markdown.includes('command:'), markdown);
    const html = md.render(markdown);
    assert.ok(textOf(html).includes('Related: Mesa-optimization, Mesa-objective, Base optimizer'), html);
    assert.deepStrictEqual(hrefs(html), [mesaOptimizer.source!.url]);
  });

  it('renders every built-in term with only its source link and our two commands', () => {
    for (const term of glossary.terms) {
      const html = md.render(buildHoverMarkdown(term, glossary, withLinks));
      for (const href of hrefs(html)) {
        const ok = href === term.source!.url || href.startsWith(`command:${SHOW}?`) || href.startsWith(`command:${EXPLAIN}?`);
        assert.ok(ok, `${term.id}: unexpected link ${href}`);
      }
      assert.ok(textOf(html).includes(term.definition), `${term.id}: definition shown verbatim`);
    }
  });

  describe('with hostile glossary text', () => {
    const victim: Term = { ...hostileTerm(), id: 'victim', term: 'Victim', related: [] };
    const hostileGlossary: Glossary = { terms: [hostileTerm(), victim] };

    it('renders no HTML, images or links from the data', () => {
      const markdown = buildHoverMarkdown(hostileTerm(), hostileGlossary, withLinks);
      const html = md.render(markdown);
      assert.ok(!/<(img|script|iframe|a href="javascript|b |h1|li|pre|code)/i.test(html), html);
      assert.ok(!/<blockquote>\s*<blockquote>/.test(html), 'the example cannot nest a quote');
      for (const href of hrefs(html)) {
        assert.ok(href.startsWith(`command:${SHOW}?`) || href.startsWith(`command:${EXPLAIN}?`), `unexpected link ${href}`);
      }
      assert.ok(!html.includes('attacker.example/p.png"'), 'no image source');
      assert.ok(!/(^|[^\\])</.test(markdown), 'no unescaped < in the markdown');
    });

    it('shows the hostile strings literally as text', () => {
      const text = textOf(md.render(buildHoverMarkdown(hostileTerm(), hostileGlossary, withLinks)));
      assert.ok(text.includes('Evil [x](command:workbench.action.terminal.new) <img src=x onerror=alert(1)>'), text);
      assert.ok(text.includes('<script>alert(1)</script>'), text);
      assert.ok(text.includes('Mallory <b onmouseover=alert(1)> (2024), Work](command:evil)'), text);
    });

    it('does not link a source that is not an https URL', () => {
      const html = md.render(buildHoverMarkdown(hostileTerm(), hostileGlossary, { commandLinks: false }));
      assert.deepStrictEqual(hrefs(html), []);
    });

    it('encodes term ids in command links so they cannot end the link', () => {
      const evilId = 'x)](command:evil)';
      const term = hostileTerm({ id: evilId, related: [] });
      const markdown = buildHoverMarkdown(term, { terms: [term] }, withLinks);
      const commands = hrefs(md.render(markdown)).filter((h) => h.startsWith('command:'));
      assert.strictEqual(commands.length, 2, markdown);
      assert.deepStrictEqual(commands.map(commandArgs), [[evilId], [evilId]]);
      assert.ok(!markdown.includes('command:evil'), markdown);
    });

    it('skips related ids that resolve to nothing', () => {
      const markdown = buildHoverMarkdown(hostileTerm(), hostileGlossary, withLinks);
      const related = hrefs(md.render(markdown)).filter((h) => h.startsWith(`command:${SHOW}?`)).map(commandArgs);
      assert.deepStrictEqual(related, [['victim'], ['hostile']], 'victim as related, then the term itself for Open in explainer');
    });
  });
});

describe('buildHoverMarkdown provenance and confusions', () => {
  const base = hostileTerm({ id: 'a-term', term: 'A term', aliases: [], related: [], example: undefined });
  const other = hostileTerm({ id: 'b-term', term: 'B term', aliases: [], related: [], example: undefined });

  it('says "Coined in" for a coining work and "See" for a canonical reference', () => {
    const coinedTerm = { ...base, source: { ...base.source!, url: 'https://example.org/w', role: 'coined' as const } };
    const canonicalTerm = { ...base, source: { ...base.source!, url: 'https://example.org/w', role: 'canonical' as const } };
    assert.match(buildHoverMarkdown(coinedTerm, { terms: [coinedTerm] }, withLinks), /\n\nCoined in \[/);
    assert.match(buildHoverMarkdown(canonicalTerm, { terms: [canonicalTerm] }, withLinks), /\n\nSee \[/);
    assert.ok(!buildHoverMarkdown(canonicalTerm, { terms: [canonicalTerm] }, withLinks).includes('Coined'));
  });

  it('names each confused term with a link to its card and the escaped note', () => {
    const term = { ...base, confusedWith: [{ id: 'b-term', note: 'Differs [x](command:evil) <b>here</b>.' }, { id: 'nowhere', note: 'gone' }] };
    const markdown = buildHoverMarkdown(term, { terms: [term, other] }, withLinks);
    const html = md.render(markdown);
    assert.ok(textOf(html).includes('Not to be confused with B term: Differs [x](command:evil) <b>here</b>.'), textOf(html));
    assert.ok(hrefs(html).includes(commandUri(SHOW, ['b-term'])));
    assert.ok(!hrefs(html).some((h) => h.includes('evil')), 'the note adds no link');
    assert.ok(!markdown.includes('gone'), 'an unresolved confusion is left out');
  });
});

describe('escapeMarkdown', () => {
  it('escapes all markdown punctuation and collapses line breaks', () => {
    assert.strictEqual(escapeMarkdown('a*b_c [d](e) <f> #g\n\n- h'), 'a\\*b\\_c \\[d\\]\\(e\\) \\<f\\> \\#g \\- h');
  });

  it('renders back to the original text', () => {
    const original = 'Goodhart\'s law: "when a measure becomes a target" — 100% [sic] <tag> `tick` ~strike~ |pipe| \\back';
    const html = new MarkdownIt({ html: true }).renderInline(escapeMarkdown(original));
    assert.strictEqual(textOf(html), original);
  });
});
