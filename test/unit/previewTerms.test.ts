import { strict as assert } from 'assert';
import MarkdownIt from 'markdown-it';
import { createAnnotator } from '../../src/core/annotate/annotator';
import { loadBuiltinGlossary } from '../../src/core/glossary/builtin';
import type { Glossary, Term } from '../../src/core/glossary/types';
import { previewTermsPlugin, termTooltip, type MarkFirstOnly, type PreviewTermsSettings } from '../../src/core/previewTerms';

const builtin = loadBuiltinGlossary();

/** A markdown-it like the preview's (html on) with the plugin, under the given settings. */
function renderer(settings: Partial<PreviewTermsSettings> = {}, glossary: Glossary = builtin, html = true) {
  const md = new MarkdownIt({ html, linkify: true });
  const annotator = createAnnotator(glossary);
  const byId = new Map(glossary.terms.map((t) => [t.id, t] as const));
  previewTermsPlugin(md, {
    settings: () => ({ enabled: true, markFirstOnly: 'section', ...settings }),
    annotator: () => annotator,
    termById: (id) => byId.get(id),
  });
  return md;
}

/** The marked spans of some HTML, as `id:text as written`. */
function marks(html: string): string[] {
  return [...html.matchAll(/<span class="ai-safety-term" data-term="([^"]*)" title="[^"]*">([^<]*)<\/span>/g)].map((m) => `${m[1]}:${m[2]}`);
}

const render = (src: string, mode: MarkFirstOnly = 'section') => renderer({ markFirstOnly: mode }).render(src);

describe('markdown preview terms plugin', () => {
  it('marks a term with a dotted-underline class and a "<Term>: <definition>" title', () => {
    const html = render('A mesa-optimizer is a learned optimizer.\n');
    const term = builtin.terms.find((t) => t.id === 'mesa-optimizer') as Term;
    assert.deepEqual(marks(html), ['mesa-optimizer:mesa-optimizer']);
    const title = /title="([^"]*)"/.exec(html)?.[1] ?? '';
    assert.equal(title, termTooltip(term).replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
    assert.ok(title.startsWith('Mesa-optimizer: '));
  });

  it('marks only the first occurrence of each term per top-level section by default', () => {
    const src = '# One\n\nmesa-optimizer and mesa-optimizer; reward hacking.\n\nAgain a mesa-optimizer.\n\n## Two\n\nThe mesa-optimizer returns.\n';
    assert.deepEqual(marks(render(src)), ['mesa-optimizer:mesa-optimizer', 'reward-hacking:reward hacking', 'mesa-optimizer:mesa-optimizer']);
  });

  it('marks only the first occurrence in the whole document with "document"', () => {
    const src = '# One\n\nmesa-optimizer here.\n\n## Two\n\nmesa-optimizer there, and reward hacking.\n';
    assert.deepEqual(marks(render(src, 'document')), ['mesa-optimizer:mesa-optimizer', 'reward-hacking:reward hacking']);
  });

  it('marks every occurrence with "all"', () => {
    const src = 'mesa-optimizer, mesa-optimizer.\n\n- a mesa-optimizer\n';
    assert.equal(marks(render(src, 'all')).length, 3);
  });

  it('a lower-level heading does not start a new section', () => {
    const src = '## Two\n\nmesa-optimizer.\n\n### Sub\n\nmesa-optimizer again.\n';
    assert.equal(marks(render(src)).length, 1);
  });

  it('leaves code spans, fenced and indented code, links, headings and HTML blocks untouched', () => {
    const src = [
      '# Mesa-optimizer heading',
      '',
      'Inline `mesa-optimizer` code and a [mesa-optimizer link](https://example.org) and <b>deceptive alignment</b>.',
      '',
      '```',
      'mesa-optimizer in a fence',
      '```',
      '',
      '    mesa-optimizer indented',
      '',
      '<div>',
      'mesa-optimizer in HTML',
      '</div>',
      '',
    ].join('\n');
    const html = render(src, 'all');
    assert.deepEqual(marks(html), ['deceptive-alignment:deceptive alignment'], 'only the text inside inline HTML tags, which is markdown text, is marked');
    assert.match(html, /<h1>Mesa-optimizer heading<\/h1>/);
    assert.match(html, /<code>mesa-optimizer<\/code>/);
    assert.match(html, /<a href="https:\/\/example.org">mesa-optimizer link<\/a>/);
    assert.match(html, /<div>\nmesa-optimizer in HTML\n<\/div>/);
  });

  it('marks terms in lists, quotes, emphasis and tables', () => {
    const src = '- reward hacking\n\n> deceptive alignment\n\n*inner alignment*\n\n| a |\n|---|\n| goal misgeneralization |\n';
    assert.deepEqual(marks(render(src)).map((m) => m.split(':')[0]), ['reward-hacking', 'deceptive-alignment', 'inner-alignment', 'goal-misgeneralization']);
  });

  it('escapes glossary text in titles and the text as written', () => {
    const hostile: Term = {
      id: 'widget-risk',
      term: 'Widget <risk>',
      aliases: ['widget risk'],
      definition: 'A "risk" from <script>alert(1)</script> & \'friends\'.',
      explanation: 'x',
      related: [],
      source: { authors: 'A', work: 'W', year: 2024, url: 'https://example.org', role: 'canonical' },
    };
    const md = renderer({}, { terms: [hostile] });
    const html = md.render('Beware widget risk today.\n');
    assert.ok(!html.includes('<script>'), html);
    assert.ok(!/title="[^"]*"[^>]*"/.test(html.replace(/"ai-safety-term"|"widget-risk"/g, '')), html);
    assert.ok(html.includes('title="Widget &lt;risk&gt;: A &quot;risk&quot; from &lt;script&gt;alert(1)&lt;/script&gt; &amp; &#39;friends&#39;."'), html);
    assert.deepEqual(marks(html), ['widget-risk:widget risk']);
  });

  it('leaves ambiguous terms unmarked where the document is not about AI safety', () => {
    const quantum = 'A qubit in superposition collapses when measured.\n';
    assert.deepEqual(marks(render(quantum)), []);
    const safety = 'Mesa-optimizers and deceptive alignment aside, superposition packs features into neurons.\n';
    assert.ok(marks(render(safety)).some((m) => m.startsWith('superposition:')));
  });

  it('renders untouched when disabled, and an empty document or one without terms as plain markdown', () => {
    const src = 'A mesa-optimizer.\n';
    assert.equal(renderer({ enabled: false }).render(src), new MarkdownIt({ html: true, linkify: true }).render(src));
    const plain = '# Shopping\n\nMilk, eggs and `bread`.\n';
    assert.equal(render(plain), new MarkdownIt({ html: true, linkify: true }).render(plain));
    assert.equal(render(''), '');
  });

  it('keeps the surrounding text exactly', () => {
    const html = render('Before reward hacking after.\n');
    assert.equal(html.replace(/<span[^>]*>([^<]*)<\/span>/g, '$1'), '<p>Before reward hacking after.</p>\n');
  });
});
