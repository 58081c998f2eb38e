import * as assert from 'assert';
import { loadBuiltinGlossary } from '../../src/core/glossary/builtin';
import type { Glossary } from '../../src/core/glossary/types';
import { createReferenceFindAll, createTermMatcher, termForms } from '../../src/core/matcher';
import { seededRandom } from '../fixtures/random';
import { syntheticGlossary } from '../fixtures/syntheticGlossary';

/** Every form the matcher accepts, and the same in identifier conventions. */
function formsOf(glossary: Glossary): string[] {
  const out: string[] = [];
  for (const term of glossary.terms) {
    for (const { text } of termForms(term)) {
      const words = text.split(/[\s\-_']+/).filter((w) => w !== '');
      const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
      out.push(text, text.toUpperCase(), words.map(cap).join(''), words.join('_'));
    }
  }
  return out;
}

const noise = ['x', 'ab', ' ', '  ', '-', '_', "'", '.', '(', '\n', '\u00a0', 'é', '🙂', 'Q', '7', 'the ', 'data', 'Xml', 'in', 'ELK', 'Sae'];

/** Random text: whole forms, their first characters, separators and noise, with a line break now and then. */
function randomText(next: () => number, forms: readonly string[], length: number): string {
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    const r = next();
    const part = r < 0.35 ? pick(forms) : r < 0.55 ? pick(forms).slice(0, 1 + Math.floor(next() * 5)) : pick(noise);
    parts.push(part);
    size += part.length;
  }
  return parts.join('');
}

describe('createTermMatcher at scale (differential against the exact check at every position)', () => {
  const glossaries: [string, Glossary][] = [
    ['synthetic, 400 terms', syntheticGlossary(400, 7)],
    ['built-in', loadBuiltinGlossary()],
  ];
  for (const [name, glossary] of glossaries) {
    it(`findAll and termAt agree with the reference on long texts split in two halves (${name})`, () => {
      const fast = createTermMatcher(glossary);
      const exact = createReferenceFindAll(glossary);
      const forms = formsOf(glossary);
      const next = seededRandom(name.length);
      let total = 0;
      for (let round = 0; round < 12; round++) {
        // Long enough for the two-stream scan, which splits after the line break nearest the middle.
        const text = randomText(next, forms, 5000 + Math.floor(next() * 4000));
        const want = exact(text);
        total += want.length;
        assert.deepStrictEqual(fast.findAll(text), want, `round ${round}`);
        for (let k = 0; k < 200; k++) {
          const offset = Math.floor(next() * text.length);
          const inside = want.find((m) => m.start <= offset && offset < m.end);
          const got = fast.termAt(text, offset);
          if (inside) {
            assert.deepStrictEqual(got, inside, `termAt ${offset} in round ${round}`);
          } else if (got) {
            assert.strictEqual(got.end, offset);
          }
        }
      }
      assert.ok(total > 500, `the random texts should contain many terms (found ${total})`);
    });

    it(`findAll agrees with the reference on short texts and all their suffixes (${name})`, () => {
      const fast = createTermMatcher(glossary);
      const exact = createReferenceFindAll(glossary);
      const forms = formsOf(glossary);
      const next = seededRandom(99 + name.length);
      for (let round = 0; round < 150; round++) {
        const text = randomText(next, forms, 5 + Math.floor(next() * 120));
        for (let cut = 0; cut < text.length; cut += round % 5 === 0 ? 1 : 17) {
          const tail = text.slice(cut);
          assert.deepStrictEqual(fast.findAll(tail), exact(tail), `in ${JSON.stringify(tail)}`);
        }
      }
    });
  }

  it('gives the same matches for a long text as for each of its lines', () => {
    const glossary = syntheticGlossary(400, 7);
    const m = createTermMatcher(glossary);
    const next = seededRandom(5);
    const text = randomText(next, formsOf(glossary), 20_000);
    let offset = 0;
    const byLine = text.split('\n').flatMap((line) => {
      const found = m.findAll(line).map((x) => ({ ...x, start: x.start + offset, end: x.end + offset }));
      offset += line.length + 1;
      return found;
    });
    assert.deepStrictEqual(m.findAll(text), byLine);
  });

  it('compiles every form of a 2,000-term glossary so that each finds its own term', () => {
    const glossary = syntheticGlossary(2000, 3);
    const m = createTermMatcher(glossary);
    let own = 0;
    let all = 0;
    for (const term of glossary.terms) {
      all++;
      const found = m.findAll(` ${term.term} `);
      if (found.length === 1 && found[0]?.start === 1 && found[0]?.end === term.term.length + 1) {
        own++;
      }
    }
    // A few synthetic display terms collide with another term's plural or derived form.
    assert.ok(own / all > 0.97, `${own} of ${all} display terms found whole`);
  });
});
