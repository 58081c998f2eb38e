import { strict as assert } from 'assert';
import { MAX_TERM_ID_LENGTH, isTermId } from '../../src/core/ids';
import { loadBuiltinGlossary } from '../../src/core/glossary/builtin';

describe('isTermId', () => {
  it('accepts every built-in glossary id', () => {
    for (const term of loadBuiltinGlossary().terms) {
      assert.ok(isTermId(term.id), term.id);
    }
  });

  for (const bad of ['', 'Mesa-Optimizer', 'mesa optimizer', '-mesa', 'mesa-', 'mesa--optimizer', '../etc', 'x)](command:evil)', 42, null, undefined, ['mesa']]) {
    it(`refuses ${JSON.stringify(bad)}`, () => {
      assert.equal(isTermId(bad), false);
    });
  }

  it('refuses ids longer than the limit', () => {
    assert.equal(isTermId('a'.repeat(MAX_TERM_ID_LENGTH)), true);
    assert.equal(isTermId('a'.repeat(MAX_TERM_ID_LENGTH + 1)), false);
  });
});
