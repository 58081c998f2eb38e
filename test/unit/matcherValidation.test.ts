import { strict as assert } from 'assert';
import { validateGlossary, validateGlossaryDetailed } from '../../src/core/glossary/glossary';
import { loadBuiltinGlossary } from '../../src/core/glossary/builtin';
import type { Glossary, Term } from '../../src/core/glossary/types';
import { sampleTerm } from '../fixtures/sampleTerm';

const MAX_YEAR = 2030;

/** A valid term; tests override fields to produce exactly one problem. */
const validTerm = sampleTerm;

const check = (...terms: Term[]): string[] => validateGlossary({ terms } as Glossary, { maxYear: MAX_YEAR });

describe('validateGlossary: every form is found by the matcher as its own term', () => {
  it('reports an alias that another term\'s form takes, naming both terms', () => {
    const problems = check(validTerm('reward-model', { term: 'Reward model' }), validTerm('model-of-rewards', { term: 'Model of rewards', aliases: ['rewardmodels'] }));
    assert.deepEqual(problems, [
      'Term "model-of-rewards": alias "rewardmodels" is matched as "reward-model", so it can never match its own term.',
    ]);
  });

  it('reports a display term taken by an earlier term\'s plural or British spelling', () => {
    const problems = check(validTerm('mesa-optimizer', { term: 'Mesa-optimizer' }), validTerm('other', { term: 'Mesa optimisers' }));
    assert.equal(problems.length, 1, JSON.stringify(problems));
    assert.match(problems[0] as string, /^Term "other": display term "Mesa optimisers" is matched as "mesa-optimizer"/);
  });

  it('reports a form the matcher cannot read whole, and another term inside it', () => {
    const problems = check(validTerm('honest-ai', { term: 'Honest AI' }), validTerm('hh-ai', { term: 'Helpful & honest AI' }));
    assert.deepEqual(problems, [
      'Term "hh-ai": display term "Helpful & honest AI" contains "honest AI", matched as "honest-ai", so it can never match its own term as a whole.',
    ]);
    const own = check(validTerm('hh-ai', { term: 'Helpful & honest AI', aliases: ['honest AI'] }));
    assert.deepEqual(own, ['Term "hh-ai": display term "Helpful & honest AI" is matched only in part, so it can never match its own term as written.']);
  });

  it('accepts a longer form that contains another term: the longest match wins', () => {
    assert.deepEqual(check(validTerm('inner-alignment', { term: 'Inner alignment' }), validTerm('iaf', { term: 'Inner alignment failure' })), []);
  });

  it('reports a generic word listed as an alias, which the matcher never finds', () => {
    const problems = check(validTerm('inner-alignment', { term: 'Inner alignment', aliases: ['alignment'] }));
    assert.equal(problems.length, 1, JSON.stringify(problems));
    assert.match(problems[0] as string, /alias "alignment" is never matched/);
  });

  it('accepts abbreviations, apostrophes and forms that only a derived form of another term shares', () => {
    assert.deepEqual(
      check(
        validTerm('reward-hacking', { term: 'Reward hacking' }),
        validTerm('reward-hack', { term: 'Reward hack', aliases: ['RH'] }),
        validTerm('goodharts-law', { term: "Goodhart's law", aliases: ['Goodhart law'] }),
      ),
      [],
    );
  });

  it('keeps the built-in glossary valid', () => {
    assert.deepEqual(validateGlossary(loadBuiltinGlossary()), []);
  });

  it('locates each problem by term, field and alias index', () => {
    const problems = validateGlossaryDetailed(
      { terms: [validTerm('reward-model', { term: 'Reward model' }), validTerm('other', { term: 'Other thing', aliases: ['fine alias', 'rewardmodels'], related: ['nowhere'] })] },
      { maxYear: MAX_YEAR },
    );
    assert.deepEqual(
      problems.map(({ termId, field, index }) => ({ termId, field, index })),
      [
        { termId: 'other', field: 'aliases', index: 1 },
        { termId: 'other', field: 'related', index: 0 },
      ],
    );
    assert.deepEqual(
      validateGlossary({ terms: [validTerm('reward-model', { term: 'Reward model' }), validTerm('other', { term: 'Other thing', aliases: ['fine alias', 'rewardmodels'], related: ['nowhere'] })] }, { maxYear: MAX_YEAR }),
      problems.map((p) => p.message),
    );
  });
});
