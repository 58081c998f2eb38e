import { strict as assert } from 'assert';
import { loadBuiltinGlossary } from '../../src/core/glossary/builtin';
import { shouldOfferTerms, termCompletions } from '../../src/core/termCompletion';

const glossary = loadBuiltinGlossary();

describe('glossary term completion items', () => {
  const items = termCompletions(glossary.terms);

  it('offers every term as the glossary spells it, with its definition', () => {
    for (const term of glossary.terms) {
      const item = items.find((i) => i.insertText === term.term);
      assert.ok(item, `no item for ${term.term}`);
      assert.equal(item.id, term.id);
      assert.equal(item.definition, term.definition);
      assert.equal(item.aliasOf, undefined);
    }
  });

  it('offers aliases as their own items pointing to the term, sorted after the terms', () => {
    const rlhf = glossary.terms.find((t) => t.aliases.includes('RLHF'));
    assert.ok(rlhf, 'the glossary has an RLHF alias');
    const item = items.find((i) => i.insertText === 'RLHF');
    assert.equal(item?.aliasOf, rlhf.term);
    assert.equal(item?.definition, rlhf.definition);
    assert.ok((items.find((i) => i.insertText === rlhf.term)?.sortText ?? '') < (item?.sortText ?? ''));
  });

  it('lists each written form once and leaves out disabled terms', () => {
    const forms = items.map((i) => i.insertText.toLowerCase());
    assert.equal(new Set(forms).size, forms.length);
    const without = termCompletions(glossary.terms, ['mesa-optimizer']);
    assert.ok(!without.some((i) => i.id === 'mesa-optimizer'));
    assert.equal(without.length, items.length - items.filter((i) => i.id === 'mesa-optimizer').length);
  });
});

describe('when completion offers terms', () => {
  it('always on explicit invoke, whatever was typed', () => {
    assert.equal(shouldOfferTerms('', true, false), true);
    assert.equal(shouldOfferTerms('me', true, false), true);
  });

  it('while typing only when enabled, after three letters', () => {
    assert.equal(shouldOfferTerms('mesa', false, false), false);
    assert.equal(shouldOfferTerms('me', false, true), false);
    assert.equal(shouldOfferTerms('mes', false, true), true);
    assert.equal(shouldOfferTerms('1-2', false, true), false);
  });
});
