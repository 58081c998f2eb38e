import * as assert from 'assert';
import MarkdownIt from 'markdown-it';
import { loadBuiltinGlossary } from '../../src/core/glossary/builtin';
import { findTerm } from '../../src/core/glossary/glossary';
import { mergeGlossaries, originOf, type GlossaryFileInput } from '../../src/core/glossary/merge';
import { deriveTermId, MAX_GLOSSARY_FILE_BYTES, MAX_GLOSSARY_FILE_TERMS, parseGlossaryFile, type FileProblem } from '../../src/core/glossary/userFile';
import { createAnnotator } from '../../src/core/annotate';
import { buildHoverMarkdown } from '../../src/core/hoverContent';

const builtin = loadBuiltinGlossary();

/** The file input for a text, asserting that it parses as usable. */
function file(text: string, key = 'file:///ws/.vscode/ai-safety-glossary.json', label = '.vscode/ai-safety-glossary.json'): GlossaryFileInput {
  const parsed = parseGlossaryFile(text);
  assert.ok(parsed.usable, `not usable: ${parsed.problems.map((p) => p.message).join('; ')}`);
  return { key, label, parsed };
}

/** The text a problem points at. */
function at(text: string, p: FileProblem): string {
  return text.slice(p.offset, p.offset + p.length);
}

const LANTERN = `{
  "$schema": "https://example.org/schema.json",
  // comments and trailing commas are allowed
  "terms": [
    {
      "term": "Lantern probe",
      "aliases": ["lantern probes", "LPX"],
      "definition": "A probe that lights up deceptive features.",
      "related": ["deceptive-alignment"],
      "source": { "authors": "Doe", "work": "Lanterns", "year": 2026, "url": "https://example.org/lanterns" },
    },
  ],
  "disable": ["scheming"],
}`;

describe('user glossary files', () => {
  describe('parseGlossaryFile', () => {
    it('reads terms from JSON with comments and trailing commas, deriving the id from the term', () => {
      const parsed = parseGlossaryFile(LANTERN);
      assert.ok(parsed.usable);
      assert.deepStrictEqual(parsed.problems, []);
      const [term] = parsed.terms;
      assert.strictEqual(term?.id, 'lantern-probe');
      assert.deepStrictEqual(term?.aliases, ['lantern probes', 'LPX']);
      assert.strictEqual(term?.explanation, '');
      assert.strictEqual(term?.source?.role, 'canonical');
      assert.deepStrictEqual(parsed.disable, ['scheming']);
      const location = parsed.locations[0];
      assert.ok(location);
      assert.strictEqual(LANTERN.slice(location.definition.offset, location.definition.offset + location.definition.length), '"A probe that lights up deceptive features."');
    });

    it('derives kebab-case ids with accents dropped', () => {
      assert.strictEqual(deriveTermId('  Café  Probe (v2) '), 'cafe-probe-v2');
      assert.strictEqual(deriveTermId('!!!'), '');
    });

    it('marks invalid JSON unusable, with the error at its position', () => {
      const text = '{ "terms": [ { "term": "X" "definition": "y" } ] }';
      const parsed = parseGlossaryFile(text);
      assert.strictEqual(parsed.usable, false);
      assert.deepStrictEqual(parsed.terms, []);
      const problem = parsed.problems[0];
      assert.ok(problem);
      assert.match(problem.message, /^Invalid JSON: comma expected/);
      assert.strictEqual(at(text, problem), '"definition"');
    });

    it('skips an entry with a value of the wrong type, with a warning at the value, and keeps the other entries', () => {
      const text = '{ "terms": [ { "term": "Ok term", "definition": "d" }, { "term": 5, "definition": "d", "aliases": "x" } ] }';
      const parsed = parseGlossaryFile(text);
      assert.ok(parsed.usable);
      assert.deepStrictEqual(parsed.terms.map((t) => t.id), ['ok-term']);
      assert.deepStrictEqual(parsed.locations.length, 1);
      const messages = parsed.problems.map((p) => `${p.severity}: ${p.message} @ ${at(text, p)}`);
      assert.deepStrictEqual(messages, [
        'warning: Term 2: "term" must be a string. This entry is skipped until it is fixed; the other entries apply. @ 5',
        'warning: Term 2: "aliases" must be a list of strings. This entry is skipped until it is fixed; the other entries apply. @ "x"',
      ]);
    });

    it('skips an entry with no definition, reported at the entry, and an id that is not kebab-case at the id', () => {
      const text = '{ "terms": [ { "id": "Bad Id", "term": "T" } ] }';
      const parsed = parseGlossaryFile(text);
      assert.ok(parsed.usable);
      assert.deepStrictEqual(parsed.terms, []);
      assert.deepStrictEqual(
        parsed.problems.map((p) => [p.severity, p.message, at(text, p)]),
        [
          ['warning', 'Term "T" has no "definition". This entry is skipped until it is fixed; the other entries apply.', '{'],
          ['warning', 'Term "T": "id" must be lower-case kebab-case (letters and digits joined by hyphens), such as "lantern-probe". This entry is skipped until it is fixed; the other entries apply.', '"Bad Id"'],
        ],
      );
    });

    it('skips the entry Add Term inserts (an empty definition) until it is filled, and the file stays usable', () => {
      const text = `{
  "terms": [
    { "term": "Lantern probe", "definition": "A probe." },
    { "id": "zeta-probe", "term": "Zeta probe", "aliases": [], "definition": "" }
  ]
}`;
      const parsed = parseGlossaryFile(text);
      assert.ok(parsed.usable);
      assert.deepStrictEqual(parsed.terms.map((t) => t.id), ['lantern-probe']);
      assert.deepStrictEqual(parsed.problems.map((p) => [p.severity, at(text, p)]), [['warning', '""']]);
      assert.match(parsed.problems[0]?.message ?? '', /^Term "Zeta probe": "definition" is empty\. This entry is skipped until it is fixed/);
      const filled = parseGlossaryFile(text.replace('"definition": ""', '"definition": "A zeta probe."'));
      assert.deepStrictEqual(filled.terms.map((t) => t.id), ['lantern-probe', 'zeta-probe']);
      assert.deepStrictEqual(filled.problems, []);
    });

    it('skips entries that are not objects, have no or an empty term, or a broken source; the rest applies', () => {
      const text = `{ "terms": [
        "just a string",
        { "definition": "no term" },
        { "term": "  ", "definition": "blank term" },
        { "term": "Sourced probe", "definition": "d", "source": { "authors": "A", "work": "W", "year": "2026", "url": "https://example.org" } },
        { "term": "Good probe", "definition": "d", "ambiguous": "yes" },
        { "term": "Kept probe", "definition": "d" }
      ], "disable": ["scheming", "Not An Id"] }`;
      const parsed = parseGlossaryFile(text);
      assert.ok(parsed.usable);
      assert.deepStrictEqual(parsed.terms.map((t) => t.id), ['kept-probe']);
      assert.deepStrictEqual(parsed.disable, ['scheming']);
      assert.ok(parsed.problems.every((p) => p.severity === 'warning'));
      assert.deepStrictEqual(parsed.problems.map((p) => at(text, p)), ['"just a string"', '{', '"  "', '"2026"', '"yes"', '"Not An Id"']);
      assert.ok(parsed.problems.every((p) => p.message.endsWith('This entry is skipped until it is fixed; the other entries apply.')));
    });

    it('keeps top-level damage fatal: "terms" or "disable" of the wrong type make the file unusable', () => {
      for (const text of ['{ "terms": {} }', '{ "terms": [], "disable": "scheming" }', '{ "terms": [ { "term": "A probe", "definition": "d" } ], "disable": 3 }']) {
        const parsed = parseGlossaryFile(text);
        assert.strictEqual(parsed.usable, false, text);
        assert.deepStrictEqual(parsed.terms, []);
        assert.deepStrictEqual(parsed.problems.map((p) => p.severity), ['error'], text);
      }
    });

    it('refuses a term list longer than the limit, without reading the terms', () => {
      const entries = Array.from({ length: MAX_GLOSSARY_FILE_TERMS + 1 }, () => '1').join(',');
      const parsed = parseGlossaryFile(`{ "terms": [${entries}] }`);
      assert.strictEqual(parsed.usable, false);
      assert.strictEqual(parsed.problems.length, 1);
      assert.match(parsed.problems[0]?.message ?? '', /has 20001 entries; at most 20000 are read/);
    });

    it('refuses a file larger than the limit without parsing it', () => {
      const parsed = parseGlossaryFile(`{ "terms": [], "pad": "${'x'.repeat(MAX_GLOSSARY_FILE_BYTES)}" }`);
      assert.strictEqual(parsed.usable, false);
      assert.strictEqual(parsed.problems.length, 1);
      assert.match(parsed.problems[0]?.message ?? '', /^The file is too large/);
    });

    it('warns about unknown properties but keeps the file', () => {
      const parsed = parseGlossaryFile('{ "terms": [ { "term": "Zeta probe", "definition": "d", "colour": "red" } ], "extra": 1 }');
      assert.ok(parsed.usable);
      assert.deepStrictEqual(parsed.problems.map((p) => [p.severity, p.message]), [
        ['warning', 'Unknown property "extra" is ignored (expected "terms", "disable" or "$schema").'],
        ['warning', 'Term 1: unknown property "colour" is ignored.'],
      ]);
    });

    it('reads an empty or comment-only file as unusable with a message', () => {
      assert.strictEqual(parseGlossaryFile('').usable, false);
      assert.strictEqual(parseGlossaryFile('// nothing').usable, false);
      assert.strictEqual(parseGlossaryFile('[]').problems[0]?.message, 'Expected an object with a "terms" list.');
    });
  });

  describe('mergeGlossaries', () => {
    it('adds file terms after the built-in ones, with their origin, and the annotator marks them', () => {
      const { glossary, matcher, problems } = mergeGlossaries(builtin, [file(LANTERN)]);
      assert.deepStrictEqual(problems.get('file:///ws/.vscode/ai-safety-glossary.json'), []);
      assert.strictEqual(glossary.terms.length, builtin.terms.length + 1);
      const origin = originOf(glossary, 'lantern-probe');
      assert.strictEqual(origin?.kind, 'file');
      assert.strictEqual(origin.kind === 'file' && origin.label, '.vscode/ai-safety-glossary.json');
      assert.deepStrictEqual(originOf(glossary, 'mesa-optimizer'), { kind: 'builtin' });
      const annotator = createAnnotator(glossary, { disabledTerms: glossary.disabled }, matcher);
      const ids = annotator.annotate('Our lantern probes found deceptive alignment; the LPX agrees.').map((m) => m.id);
      assert.deepStrictEqual(ids, ['lantern-probe', 'deceptive-alignment', 'lantern-probe']);
    });

    it('lets a file term replace the built-in term with the same id', () => {
      const text = '{ "terms": [ { "id": "mesa-optimizer", "term": "Mesa-optimizer", "definition": "Our lab\'s own definition." } ] }';
      const { glossary } = mergeGlossaries(builtin, [file(text)]);
      assert.strictEqual(glossary.terms.length, builtin.terms.length);
      assert.strictEqual(findTerm(glossary, 'mesa-optimizer')?.definition, "Our lab's own definition.");
      const origin = originOf(glossary, 'mesa-optimizer');
      assert.ok(origin?.kind === 'file' && origin.overrides);
    });

    it('disables built-in terms through the annotator, and warns about unknown ids', () => {
      const text = '{ "disable": ["scheming", "no-such-term"] }';
      const { glossary, matcher, problems } = mergeGlossaries(builtin, [file(text)]);
      assert.deepStrictEqual(glossary.disabled, ['scheming', 'no-such-term']);
      const annotator = createAnnotator(glossary, { ambiguousTerms: 'always', disabledTerms: glossary.disabled }, matcher);
      assert.deepStrictEqual(annotator.annotate('scheming and deceptive alignment').map((m) => m.id), ['deceptive-alignment']);
      const list = problems.get('file:///ws/.vscode/ai-safety-glossary.json') ?? [];
      assert.deepStrictEqual(list.map((p) => [p.severity, at(text, p)]), [['warning', '"no-such-term"']]);
    });

    it('resolves related ids across files and reports the ones that resolve nowhere, at the id', () => {
      const a = '{ "terms": [ { "term": "Alpha lens", "definition": "d", "related": ["beta-lens", "gamma-lens"] } ] }';
      const b = '{ "terms": [ { "term": "Beta lens", "definition": "d", "related": ["alpha-lens", "mesa-optimizer"] } ] }';
      const { problems } = mergeGlossaries(builtin, [file(a, 'a', 'a.json'), file(b, 'b', 'b.json')]);
      const list = problems.get('a') ?? [];
      assert.deepStrictEqual(list.map((p) => [p.message, at(a, p)]), [['Term "alpha-lens" has an unresolved related id "gamma-lens".', '"gamma-lens"']]);
      assert.deepStrictEqual(problems.get('b'), []);
    });

    it('reports a duplicate id at the later one, naming the file of the first', () => {
      const a = '{ "terms": [ { "term": "Alpha lens", "definition": "d" } ] }';
      const b = '{ "terms": [ { "id": "alpha-lens", "term": "Other lens", "definition": "d2" } ] }';
      const { glossary, problems } = mergeGlossaries(builtin, [file(a, 'a', 'a.json'), file(b, 'b', 'b.json')]);
      assert.strictEqual(findTerm(glossary, 'alpha-lens')?.definition, 'd');
      const list = problems.get('b') ?? [];
      assert.deepStrictEqual(list.map((p) => [p.message, at(b, p)]), [
        ['Duplicate id "alpha-lens": a term with this id is already defined in a.json; this one is ignored.', '"alpha-lens"'],
      ]);
    });

    it('reports an alias claimed by two terms and a form the matcher never matches, at the alias', () => {
      const text = `{ "terms": [
        { "term": "Delta probe", "definition": "d", "aliases": ["mesa optimizer"] },
        { "term": "Epsilon probe", "definition": "d", "aliases": ["optimizer"] }
      ] }`;
      const { problems } = mergeGlossaries(builtin, [file(text)]);
      const list = problems.get('file:///ws/.vscode/ai-safety-glossary.json') ?? [];
      assert.deepStrictEqual(list.map((p) => at(text, p)), ['"mesa optimizer"', '"optimizer"']);
      assert.match(list[0]?.message ?? '', /claims "mesa optimizer", which is already claimed by "mesa-optimizer"/);
      assert.match(list[1]?.message ?? '', /alias "optimizer" is never matched/);
    });

    it('reports a non-https source link at the URL', () => {
      const text = '{ "terms": [ { "term": "Zeta lens", "definition": "d", "source": { "authors": "a", "work": "w", "year": 2020, "url": "javascript:alert(1)" } } ] }';
      const { problems } = mergeGlossaries(builtin, [file(text)]);
      const list = problems.get('file:///ws/.vscode/ai-safety-glossary.json') ?? [];
      assert.deepStrictEqual(list.map((p) => at(text, p)), ['"javascript:alert(1)"']);
      assert.match(list[0]?.message ?? '', /must be an https URL/);
    });

    it('checks only the files it is asked to', () => {
      const text = '{ "terms": [ { "term": "Eta lens", "definition": "d", "related": ["nowhere"] } ] }';
      const { problems } = mergeGlossaries(builtin, [file(text, 'u', '~/g.json')], { check: new Set() });
      assert.deepStrictEqual(problems.get('u'), []);
    });
  });

  describe('escaping of file text', () => {
    const hostile = '<img src=x onerror=alert(1)> [click](command:workbench.action.terminal.new) $(zap) **bold** javascript:alert(1) data:text/html,x';
    const text = JSON.stringify({
      terms: [
        {
          term: 'Theta lens',
          aliases: [hostile],
          definition: hostile,
          explanation: hostile,
          example: hostile,
          source: { authors: hostile, work: hostile, year: 2020, url: 'javascript:alert(1)' },
        },
        { term: 'Iota lens', definition: 'd', source: { authors: 'a', work: 'w', year: 2020, url: 'data:text/html,<script>x</script>' } },
      ],
    });

    it('renders every field of a file term in the hover as text, with no HTML, links or commands', () => {
      const { glossary } = mergeGlossaries(builtin, [file(text)]);
      const md = new MarkdownIt({ html: true, linkify: true });
      md.validateLink = () => true;
      for (const id of ['theta-lens', 'iota-lens']) {
        const term = findTerm(glossary, id);
        assert.ok(term);
        const markdown = buildHoverMarkdown(term, glossary, { commandLinks: true, showTermCommand: 'aiSafety.showTerm', explainCommand: 'aiSafety.explainTerm' });
        const html = md.render(markdown);
        assert.ok(!html.includes('<img'), html);
        assert.ok(!html.includes('<script'), html);
        assert.ok(!html.includes('<strong>bold'), html);
        const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1] ?? '');
        for (const href of hrefs) {
          assert.match(href, /^command:aiSafety\.(showTerm|explainTerm)\?/, `unexpected link ${href}`);
        }
      }
    });
  });
});
