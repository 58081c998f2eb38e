import { strict as assert } from 'assert';
import { createAnnotator } from '../../src/core/annotate/annotator';
import { loadBuiltinGlossary } from '../../src/core/glossary/builtin';
import { MAX_OCCURRENCES_PER_TERM, termsInFile } from '../../src/core/termsInFile';

const glossary = loadBuiltinGlossary();
const annotator = createAnnotator(glossary);
const byId = new Map(glossary.terms.map((t) => [t.id, t] as const));
const termById = (id: string) => byId.get(id);

function model(text: string, documentLength = text.length) {
  return termsInFile(text, annotator.annotate(text), termById, documentLength);
}

describe('terms in this file (tree model)', () => {
  it('groups the annotator marks by term in order of first occurrence, with counts and definitions', () => {
    const text = 'Reward hacking first.\nA mesa-optimizer, then reward hacking again.\n\nMesa-optimizers everywhere: reward hacking.\n';
    const m = model(text);
    assert.deepEqual(m.terms.map((t) => [t.id, t.count]), [['reward-hacking', 3], ['mesa-optimizer', 2]]);
    assert.equal(m.terms[0]?.term, byId.get('reward-hacking')?.term);
    assert.equal(m.terms[0]?.definition, byId.get('reward-hacking')?.definition);
    assert.equal(m.truncated, false);
  });

  it('gives each occurrence its line, column and a snippet of its line', () => {
    const text = 'Intro line.\n\n  Here a mesa-optimizer appears.\r\nThen mesa-optimizer.';
    const [mesa] = model(text).terms;
    assert.deepEqual(mesa?.occurrences.map((o) => [o.line, o.character, o.snippet]), [
      [2, 9, 'Here a mesa-optimizer appears.'],
      [3, 5, 'Then mesa-optimizer.'],
    ]);
    for (const o of mesa?.occurrences ?? []) {
      assert.equal(text.slice(o.start, o.end), 'mesa-optimizer');
    }
  });

  it('cuts long lines around the occurrence with ellipses', () => {
    const text = `${'x '.repeat(100)}deceptive alignment${' y'.repeat(100)}`;
    const snippet = model(text).terms[0]?.occurrences[0]?.snippet ?? '';
    assert.ok(snippet.startsWith('…') && snippet.endsWith('…') && snippet.includes('deceptive alignment'), snippet);
    assert.ok(snippet.length < 90, snippet);
  });

  it('follows the annotator: ambiguous terms are left out without AI-safety context', () => {
    assert.deepEqual(model('The qubit stays in superposition until measured.').terms, []);
    const ids = model('Mesa-optimizers and deceptive alignment aside, superposition packs features.').terms.map((t) => t.id);
    assert.ok(ids.includes('superposition'), ids.join());
  });

  it('counts every occurrence but lists at most the cap', () => {
    const n = MAX_OCCURRENCES_PER_TERM + 20;
    const [t] = model('reward hacking\n'.repeat(n)).terms;
    assert.equal(t?.count, n);
    assert.equal(t?.occurrences.length, MAX_OCCURRENCES_PER_TERM);
    assert.equal(t?.occurrences.at(-1)?.line, MAX_OCCURRENCES_PER_TERM - 1);
  });

  it('says when only a prefix of the document was scanned, and is empty for text without terms', () => {
    const m = model('Shopping: milk and eggs.', 5_000_000);
    assert.deepEqual(m.terms, []);
    assert.equal(m.truncated, true);
    assert.equal(m.scanned, 24);
  });

  it('drops marks whose id is not in the glossary', () => {
    assert.deepEqual(termsInFile('abc', [{ id: 'nope', start: 0, end: 3 }], termById).terms, []);
  });
});
