import { strict as assert } from 'assert';
import { findTerm, normalizeTermKey, validateGlossary } from '../../src/core/glossary/glossary';
import { loadBuiltinGlossary } from '../../src/core/glossary/builtin';
import type { Glossary, Term } from '../../src/core/glossary/types';
import { sampleTerm } from '../fixtures/sampleTerm';

/** Every term id issue 2 requires; other modules and tests code against these ids. */
const REQUIRED_IDS = [
  'mesa-optimization', 'mesa-optimizer', 'base-optimizer', 'objective-misalignment', 'base-objective',
  'mesa-objective', 'inner-alignment', 'outer-alignment', 'pseudo-alignment', 'proxy-alignment',
  'approximate-alignment', 'suboptimality-alignment', 'deceptive-alignment', 'corrigible-alignment',
  'gradient-hacking', 'goodharts-law', 'reward-hacking', 'specification-gaming', 'goal-misgeneralization',
  'distributional-shift', 'scalable-oversight', 'safe-exploration', 'negative-side-effects',
  'orthogonality-thesis', 'instrumental-convergence', 'power-seeking', 'corrigibility', 'safe-interruptibility',
  'treacherous-turn', 'reward-tampering', 'cirl', 'inverse-reinforcement-learning', 'impact-measures', 'rlhf',
  'reward-model', 'constitutional-ai', 'ai-safety-via-debate', 'iterated-amplification',
  'eliciting-latent-knowledge', 'weak-to-strong-generalization', 'reward-model-overoptimization', 'sycophancy',
  'sleeper-agents', 'alignment-faking', 'scheming', 'situational-awareness', 'ai-control',
  'emergent-misalignment', 'superposition', 'polysemanticity', 'sparse-autoencoders',
  'mechanistic-interpretability', 'red-teaming',
];

/** Single words too generic to be an alias on their own. */
const GENERIC_WORDS = ['alignment', 'optimizer', 'optimiser', 'optimization', 'debate', 'control', 'amplification', 'reward', 'model', 'mesa'];

/** A fixed upper bound for source years, so negative tests do not depend on the clock. */
const MAX_YEAR = 2030;

function builtin(id: string): Term {
  const term = findTerm(loadBuiltinGlossary(), id);
  assert.ok(term, `built-in term "${id}" exists`);
  return term;
}

/** A valid term; tests override fields to produce exactly one problem. */
const validTerm = sampleTerm;

function glossaryOf(...terms: Term[]): Glossary {
  return { terms };
}

describe('glossary', () => {
  describe('the built-in glossary', () => {
    const glossary = loadBuiltinGlossary();

    it('passes validation with no problems', () => {
      assert.deepEqual(validateGlossary(glossary), []);
    });

    it('has at least 48 terms', () => {
      assert.ok(glossary.terms.length >= 48, `only ${glossary.terms.length} terms`);
    });

    it('contains every id the issue requires', () => {
      const ids = new Set(glossary.terms.map((t) => t.id));
      const missing = REQUIRED_IDS.filter((id) => !ids.has(id));
      assert.deepEqual(missing, []);
    });

    it('starts with the mesa-optimization cluster', () => {
      assert.deepEqual(glossary.terms.slice(0, 4).map((t) => t.id), [
        'mesa-optimization', 'mesa-optimizer', 'base-optimizer', 'objective-misalignment',
      ]);
    });

    it('is frozen, down to each term and its source', () => {
      assert.ok(Object.isFrozen(glossary));
      assert.ok(Object.isFrozen(glossary.terms));
      for (const term of glossary.terms) {
        assert.ok(Object.isFrozen(term), term.id);
        assert.ok(Object.isFrozen(term.aliases), term.id);
        assert.ok(Object.isFrozen(term.related), term.id);
        assert.ok(Object.isFrozen(term.source), term.id);
      }
    });

    it('returns the same object on every load, so loading is cheap', () => {
      assert.equal(loadBuiltinGlossary(), glossary);
    });

    it('keeps the seed\'s facts for mesa-optimization: a learned model running its own internal optimization, whose objective need not match the training objective', () => {
      const { definition } = builtin('mesa-optimization');
      assert.match(definition, /learned model/i);
      assert.match(definition, /internal/i);
      assert.match(definition, /optimization process/i);
      assert.match(definition, /may or may not match the objective it was trained on/i);
    });

    it('keeps the seed\'s facts for mesa-optimizer: an internal, learned optimizer pursuing its own objective', () => {
      const { definition } = builtin('mesa-optimizer');
      assert.match(definition, /optimizer/i);
      assert.match(definition, /inside a trained model|internal/i);
      assert.match(definition, /learned/i);
      assert.match(definition, /pursues its own objective/i);
    });

    it('keeps the seed\'s facts for base optimizer: the external training algorithm optimizing model parameters for a task', () => {
      const { definition } = builtin('base-optimizer');
      assert.match(definition, /external training algorithm/i);
      assert.match(definition, /parameters/i);
      assert.match(definition, /task/i);
    });

    it('keeps the seed\'s facts for objective misalignment: the mesa-optimizer\'s goal differs from the base objective, causing unintended behaviour', () => {
      const { definition } = builtin('objective-misalignment');
      assert.match(definition, /mesa-optimizer/i);
      assert.match(definition, /base objective/i);
      assert.match(definition, /unintended behaviour/i);
    });

    it('carries the seed\'s maze and game-proxy examples, and the paper\'s evolution analogy for mesa-optimizer', () => {
      assert.match(builtin('mesa-optimization').example ?? '', /maze/i);
      assert.match(builtin('objective-misalignment').example ?? '', /game[\s\S]*proxy/i);
      assert.match(builtin('mesa-optimizer').example ?? '', /evolution[\s\S]*humans/i);
    });

    it('lists British spellings for mesa-optimizer, mesa-optimization and base optimizer', () => {
      assert.ok(builtin('mesa-optimizer').aliases.includes('mesa-optimiser'));
      assert.ok(builtin('mesa-optimization').aliases.includes('mesa-optimisation'));
      assert.ok(builtin('base-optimizer').aliases.includes('base optimiser'));
      assert.ok(builtin('goal-misgeneralization').aliases.includes('goal misgeneralisation'));
      assert.ok(builtin('weak-to-strong-generalization').aliases.includes('weak-to-strong generalisation'));
    });

    it('lists the usual abbreviations and synonyms', () => {
      const expected: Array<[string, string]> = [
        ['rlhf', 'RLHF'], ['cirl', 'CIRL'], ['eliciting-latent-knowledge', 'ELK'],
        ['inverse-reinforcement-learning', 'IRL'], ['iterated-amplification', 'IDA'],
        ['sparse-autoencoders', 'SAE'], ['sparse-autoencoders', 'SAEs'], ['rlaif', 'RLAIF'],
        ['goodharts-law', 'Goodhart law'], ['objective-misalignment', 'inner misalignment'],
      ];
      for (const [id, alias] of expected) {
        assert.ok(builtin(id).aliases.includes(alias), `${id} lists "${alias}"`);
      }
    });

    it('never uses a lone generic word as an alias or display term', () => {
      for (const term of glossary.terms) {
        for (const name of [term.term, ...term.aliases]) {
          assert.ok(!GENERIC_WORDS.includes(normalizeTermKey(name)), `${term.id} claims the generic word "${name}"`);
        }
      }
    });

    it('does not list variants the matcher already derives: possessives, plurals, singulars, or the same words joined differently', () => {
      for (const term of glossary.terms) {
        // Capitalised abbreviations are exempt: "SAEs" is listed on purpose, as written in the literature.
        const forms = [term.term, ...term.aliases].filter((f) => !/^[A-Z0-9]+s?$/.test(f));
        const keys = forms.map(normalizeTermKey);
        keys.forEach((key, i) => {
          assert.ok(!/'s$/.test(key), `${term.id}: "${forms[i]}" is a possessive`);
          assert.equal(keys.indexOf(key), i, `${term.id}: "${forms[i]}" repeats another form with different word joins`);
          assert.ok(!keys.includes(`${key}s`), `${term.id}: lists both "${forms[i]}" and its plural`);
        });
      }
    });

    it('gives every term a one-sentence definition and a short explanation', () => {
      for (const term of glossary.terms) {
        assert.match(term.definition, /^[A-Z][\s\S]*\.$/, `${term.id} definition is a sentence`);
        const sentences = term.explanation.split(/(?<=[.!?])\s+(?=[A-Z"])/).length;
        assert.ok(sentences >= 2 && sentences <= 4, `${term.id} explanation has ${sentences} sentences`);
      }
    });

    it('cites a source with authors, work, year and an https link for every term', () => {
      for (const term of glossary.terms) {
        assert.ok(term.source!.authors.length > 0, term.id);
        assert.ok(term.source!.work.length > 0, term.id);
        assert.ok(term.source!.url.startsWith('https://'), term.id);
        assert.ok(term.source!.year >= 1900, term.id);
      }
    });

    it('cites Risks from Learned Optimization (2019) for the mesa-optimization cluster', () => {
      const cluster = [
        'mesa-optimization', 'mesa-optimizer', 'base-optimizer', 'objective-misalignment', 'base-objective',
        'mesa-objective', 'inner-alignment', 'outer-alignment', 'pseudo-alignment', 'proxy-alignment',
        'approximate-alignment', 'suboptimality-alignment', 'deceptive-alignment', 'corrigible-alignment',
      ];
      for (const id of cluster) {
        const source = builtin(id).source!;
        assert.equal(source.work, 'Risks from Learned Optimization in Advanced Machine Learning Systems', id);
        assert.equal(source.year, 2019, id);
        assert.equal(source.url, 'https://arxiv.org/abs/1906.01820', id);
        assert.match(source.authors, /Hubinger/, id);
      }
    });
  });

  describe('findTerm', () => {
    it('finds a term by id', () => {
      const term = findTerm(loadBuiltinGlossary(), 'reward-hacking');
      assert.equal(term?.term, 'Reward hacking');
    });

    it('returns undefined for an unknown id, a display term or a prototype property name', () => {
      const glossary = loadBuiltinGlossary();
      assert.equal(findTerm(glossary, 'no-such-term'), undefined);
      assert.equal(findTerm(glossary, 'Reward hacking'), undefined);
      assert.equal(findTerm(glossary, 'constructor'), undefined);
      assert.equal(findTerm(glossary, '__proto__'), undefined);
    });

    it('indexes each glossary object separately', () => {
      const a = glossaryOf(validTerm('alpha-term'));
      const b = glossaryOf(validTerm('beta-term'));
      assert.equal(findTerm(a, 'alpha-term')?.id, 'alpha-term');
      assert.equal(findTerm(b, 'alpha-term'), undefined);
      assert.equal(findTerm(b, 'beta-term')?.id, 'beta-term');
    });

    it('returns the first entry when an invalid glossary repeats an id', () => {
      const first = validTerm('same-id', { definition: 'First.' });
      const second = validTerm('same-id', { definition: 'Second.' });
      assert.equal(findTerm(glossaryOf(first, second), 'same-id'), first);
    });
  });

  describe('validateGlossary', () => {
    /** Validates and asserts exactly one problem mentioning all the given fragments. */
    function expectOneProblem(glossary: Glossary, ...fragments: string[]): void {
      const problems = validateGlossary(glossary, { maxYear: MAX_YEAR });
      assert.equal(problems.length, 1, `expected one problem, got: ${JSON.stringify(problems)}`);
      for (const fragment of fragments) {
        assert.ok(problems[0]?.includes(fragment), `"${problems[0]}" mentions "${fragment}"`);
      }
    }

    it('accepts a small valid glossary', () => {
      const glossary = glossaryOf(
        validTerm('first-term', { aliases: ['FT'], related: ['second-term'] }),
        validTerm('second-term', { related: ['first-term'] }),
      );
      assert.deepEqual(validateGlossary(glossary, { maxYear: MAX_YEAR }), []);
    });

    it('reports a duplicate id', () => {
      expectOneProblem(
        glossaryOf(validTerm('twice', { term: 'Twice A' }), validTerm('twice', { term: 'Twice B' })),
        'Duplicate id', 'twice',
      );
    });

    it('reports ids that are not lower-case kebab-case', () => {
      for (const id of ['Mesa-optimizer', 'mesa_optimizer', 'mesa optimizer', 'mesa--optimizer', '-mesa', 'mesa-', '']) {
        expectOneProblem(glossaryOf(validTerm(id, { term: 'Some term' })), 'kebab-case');
      }
    });

    it('reports an alias claimed by two terms', () => {
      expectOneProblem(
        glossaryOf(validTerm('first-term', { aliases: ['shared words'] }), validTerm('second-term', { aliases: ['shared words'] })),
        'second-term', 'shared words', 'first-term',
      );
    });

    it('compares aliases case-insensitively and ignores the difference between spaces, hyphens, underscores and no-break spaces', () => {
      for (const variant of ['SHARED WORDS', 'shared-words', 'shared_words', 'shared\u00a0words', 'shared -  words']) {
        expectOneProblem(
          glossaryOf(validTerm('first-term', { aliases: ['Shared words'] }), validTerm('second-term', { aliases: [variant] })),
          'already claimed',
        );
      }
    });

    it('reports an alias that collides with another term\'s display term', () => {
      expectOneProblem(
        glossaryOf(validTerm('first-term', { term: 'Reward hacking' }), validTerm('second-term', { aliases: ['reward-hacking'] })),
        'second-term', 'first-term',
      );
    });

    it('does not count the same words listed twice by one term as a conflict', () => {
      const glossary = glossaryOf(validTerm('one-term', { term: 'Mesa-optimizer', aliases: ['mesa optimizer'] }));
      assert.deepEqual(validateGlossary(glossary, { maxYear: MAX_YEAR }), []);
    });

    it('reports an empty alias', () => {
      expectOneProblem(glossaryOf(validTerm('one-term', { aliases: [' - '] })), 'empty display term or alias');
    });

    it('reports an unresolved related id', () => {
      expectOneProblem(glossaryOf(validTerm('one-term', { related: ['missing-term'] })), 'unresolved', 'missing-term');
    });

    it('reports a confused-with id that resolves nowhere, points at the term itself, or has no note', () => {
      expectOneProblem(glossaryOf(validTerm('one-term', { confusedWith: [{ id: 'missing-term', note: 'Differs.' }] })), 'unresolved confused-with', 'missing-term');
      expectOneProblem(glossaryOf(validTerm('one-term', { confusedWith: [{ id: 'one-term', note: 'Differs.' }] })), 'itself');
      expectOneProblem(
        glossaryOf(validTerm('one-term', { confusedWith: [{ id: 'other-term', note: ' ' }] }), validTerm('other-term', { term: 'Other term' })),
        'empty note',
      );
    });

    it('freezes confused-with notes with the rest of a built-in entry', () => {
      const term = loadBuiltinGlossary().terms.find((t) => (t.confusedWith ?? []).length > 0);
      assert.ok(term?.confusedWith);
      assert.ok(Object.isFrozen(term.confusedWith) && term.confusedWith.every((c) => Object.isFrozen(c)));
    });

    it('reports a term listed as related to itself', () => {
      expectOneProblem(glossaryOf(validTerm('one-term', { related: ['one-term'] })), 'itself');
    });

    it('reports an empty or blank definition', () => {
      expectOneProblem(glossaryOf(validTerm('one-term', { definition: '' })), 'empty definition');
      expectOneProblem(glossaryOf(validTerm('one-term', { definition: '   ' })), 'empty definition');
    });

    it('reports an empty explanation', () => {
      expectOneProblem(glossaryOf(validTerm('one-term', { explanation: ' ' })), 'empty explanation');
    });

    it('reports source links that are not well-formed https URLs', () => {
      const bad = ['http://arxiv.org/abs/1906.01820', 'arxiv.org/abs/1906.01820', 'https://', 'https://localhost/x',
        'https://arxiv.org/abs/1906 01820', '', 'ftp://example.org/x', 'javascript:alert(1)'];
      for (const url of bad) {
        const source = { authors: 'A', work: 'W', year: 2020, url, role: 'canonical' as const };
        expectOneProblem(glossaryOf(validTerm('one-term', { source })), 'https', 'one-term');
      }
    });

    it('accepts well-formed https links with paths, queries and fragments', () => {
      for (const url of ['https://arxiv.org/abs/1906.01820', 'https://distill.pub/2020/circuits/zoom-in/',
        'https://example.org/a?b=c#d', 'https://example.org']) {
        const source = { authors: 'A', work: 'W', year: 2020, url, role: 'canonical' as const };
        assert.deepEqual(validateGlossary(glossaryOf(validTerm('one-term', { source })), { maxYear: MAX_YEAR }), [], url);
      }
    });

    it('reports a source without authors or without a work title', () => {
      const base = { authors: 'A', work: 'W', year: 2020, url: 'https://example.org/x', role: 'canonical' as const };
      expectOneProblem(glossaryOf(validTerm('one-term', { source: { ...base, authors: ' ' } })), 'without authors');
      expectOneProblem(glossaryOf(validTerm('one-term', { source: { ...base, work: '' } })), 'without a work title');
    });

    it('reports implausible years, before 1900 or after the given bound', () => {
      const base = { authors: 'A', work: 'W', url: 'https://example.org/x', role: 'canonical' as const };
      for (const year of [1899, MAX_YEAR + 1, 2020.5, Number.NaN]) {
        expectOneProblem(glossaryOf(validTerm('one-term', { source: { ...base, year } })), 'implausible source year');
      }
      for (const year of [1900, MAX_YEAR]) {
        assert.deepEqual(validateGlossary(glossaryOf(validTerm('one-term', { source: { ...base, year } })), { maxYear: MAX_YEAR }), []);
      }
    });

    it('defaults the year bound to the current year', () => {
      const source = { authors: 'A', work: 'W', year: new Date().getFullYear() + 1, url: 'https://example.org/x', role: 'canonical' as const };
      const problems = validateGlossary(glossaryOf(validTerm('one-term', { source })));
      assert.equal(problems.length, 1);
      assert.match(problems[0] ?? '', /implausible source year/);
    });

    it('reports every problem of a glossary with several, not just the first', () => {
      const glossary = glossaryOf(
        validTerm('Bad_Id', { definition: '', related: ['nowhere'] }),
        validTerm('other-term', { source: { authors: '', work: 'W', year: 1800, url: 'http://x.org', role: 'canonical' as const } }),
      );
      assert.equal(validateGlossary(glossary, { maxYear: MAX_YEAR }).length, 6);
    });
  });

  describe('normalizeTermKey', () => {
    it('lower-cases and collapses hyphens, underscores, spaces and no-break spaces into single spaces', () => {
      assert.equal(normalizeTermKey('  Mesa-_\u00a0 Optimizer '), 'mesa optimizer');
      assert.equal(normalizeTermKey('Goodhart\'s law'), 'goodhart\'s law');
    });
  });
});
