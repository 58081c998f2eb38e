import * as assert from 'assert';
import { adjectivesOf, adverbOf, agentOf, derivedForms, pastOf, thirdPerson, verbOfIng } from '../../src/core/matcher/derive';
import { CaseRule, Tier, abbreviationStem, pluralVariants, spellingVariants, termForms } from '../../src/core/matcher/forms';

describe('matcher forms', () => {
  describe('verbs of an -ing word', () => {
    it('finds the verb, restoring a silent e and undoubling a final consonant', () => {
      assert.deepStrictEqual(
        ['hacking', 'gaming', 'teaming', 'faking', 'seeking', 'scheming', 'running', 'tampering', 'wireheading'].map(verbOfIng),
        ['hack', 'game', 'team', 'fake', 'seek', 'scheme', 'run', 'tamper', 'wirehead'],
      );
    });

    it('leaves alone words that are not verb forms or are nouns of their own', () => {
      assert.deepStrictEqual(['learning', 'training', 'modeling', 'string', 'king', 'ing', 'hacked'].map(verbOfIng), [
        undefined, undefined, undefined, undefined, undefined, undefined, undefined,
      ]);
    });

    it('inflects regular and irregular verbs', () => {
      assert.deepStrictEqual(['hack', 'fix', 'try', 'game'].map(thirdPerson), ['hacks', 'fixes', 'tries', 'games']);
      assert.deepStrictEqual(['hack', 'game', 'plan', 'try', 'seek'].map(pastOf), ['hacked', 'gamed', 'planned', 'tried', 'sought']);
      assert.deepStrictEqual(['hack', 'scheme', 'plan', 'team'].map(agentOf), ['hacker', 'schemer', 'planner', 'teamer']);
    });
  });

  describe('adjectives of an abstract noun and adverbs of a modifier', () => {
    it('turns -ness, -ment, -ity, -ancy, -ence and -ization nouns into adjectives', () => {
      const adj = (w: string): string[] => adjectivesOf(w).map(([a]) => a);
      assert.deepStrictEqual(adj('awareness'), ['aware']);
      assert.deepStrictEqual(adj('alignment'), ['aligned']);
      assert.deepStrictEqual(adj('misalignment'), ['misaligned']);
      assert.deepStrictEqual(adj('corrigibility'), ['corrigible']);
      assert.deepStrictEqual(adj('interpretability'), ['interpretable']);
      assert.deepStrictEqual(adj('polysemanticity'), ['polysemantic']);
      assert.deepStrictEqual(adj('sycophancy'), ['sycophant', 'sycophantic']);
      assert.deepStrictEqual(adj('convergence'), ['convergent']);
      assert.deepStrictEqual(adj('misgeneralization'), ['misgeneralized']);
      assert.deepStrictEqual(adj('misgeneralisation'), ['misgeneralized']);
      assert.deepStrictEqual(adj('superposition'), []);
    });

    it('makes adverbs only of adjective modifiers', () => {
      assert.deepStrictEqual(
        ['situational', 'deceptive', 'emergent', 'safe', 'corrigible', 'mechanistic', 'inner', 'pseudo', 'goal', 'proxy'].map(adverbOf),
        ['situationally', 'deceptively', 'emergently', 'safely', 'corrigibly', 'mechanistically', undefined, undefined, undefined, undefined],
      );
    });
  });

  describe('derived forms of a phrase', () => {
    const texts = (form: string): string[] => derivedForms(form).map((d) => d.text);

    it('reorders an object and its verb only when the first word reads as an object', () => {
      assert.ok(texts('alignment faking').includes('fakes alignment'));
      assert.ok(texts('power-seeking').includes('seeking power'));
      assert.ok(!texts('red teaming').some((t) => t.startsWith('team')), 'red is not an object');
      assert.ok(!texts('gradient hacking').some((t) => t.startsWith('hack')), 'gradient is not an object');
    });

    it('marks countable nouns, whose plurals are generated too', () => {
      const byText = new Map(derivedForms('reward hacking').map((d) => [d.text, d.noun]));
      assert.strictEqual(byText.get('reward hacker'), true);
      assert.strictEqual(byText.get('reward hacked'), false);
    });

    it('derives no everyday adjective from a one-word -ness or -ment term', () => {
      for (const word of ['robustness', 'theness', 'alignment', 'happiness']) {
        assert.deepStrictEqual(texts(word), [], word);
      }
      assert.ok(texts('situational awareness').includes('situationally aware'), 'a phrase keeps its adjective');
      assert.ok(texts('corrigibility').includes('corrigible'), '-ity keeps its adjective');
    });

    it('derives the verbs of an eponymous law, keeping the name', () => {
      assert.deepStrictEqual(texts("Goodhart's law"), ['goodharted', 'goodharting', 'goodharts']);
      assert.deepStrictEqual(texts('the law'), []);
    });
  });

  describe('variants', () => {
    it('spells -ize/-ise, -ization/-isation and -yze/-yse both ways, word by word', () => {
      assert.deepStrictEqual(spellingVariants('misgeneralized goal'), ['misgeneralized goal', 'misgeneralised goal']);
      assert.deepStrictEqual(spellingVariants('impact regularisation'), ['impact regularisation', 'impact regularization']);
      assert.deepStrictEqual(spellingVariants('analyzer'), ['analyzer', 'analyser']);
      assert.deepStrictEqual(spellingVariants('red team'), ['red team']);
    });

    it('makes plurals and singulars of the last word', () => {
      assert.deepStrictEqual(pluralVariants('reward model'), ['reward model', 'reward models']);
      assert.deepStrictEqual(pluralVariants('sleeper agents'), ['sleeper agents', 'sleeper agent']);
      assert.deepStrictEqual(pluralVariants('sycophancy'), ['sycophancy', 'sycophancies']);
      assert.deepStrictEqual(pluralVariants('orthogonality thesis'), ['orthogonality thesis']);
      assert.deepStrictEqual(pluralVariants('GPT-4'), ['GPT-4']);
    });

    it('recognises abbreviations written in capitals, with a plural s', () => {
      assert.deepStrictEqual(['SAEs', 'RLHF', 'ELK', 'AI control', 'Rlhf', 'X'].map(abbreviationStem), ['SAE', 'RLHF', 'ELK', undefined, undefined, undefined]);
    });
  });

  describe('termForms', () => {
    it('lists written forms first, then derived ones, and abbreviations with their capitals rule', () => {
      const forms = termForms({ term: 'Reinforcement learning from human feedback', aliases: ['RLHF'] });
      const rlhf = forms.filter((f) => f.text.startsWith('RLHF'));
      assert.deepStrictEqual(rlhf.map((f) => [f.text, f.caseRule, f.stemLetters, f.tier]), [
        ['RLHF', CaseRule.Capitals, 4, Tier.Written],
        ['RLHFs', CaseRule.Capitals, 4, Tier.Written],
        ['RLHFed', CaseRule.Capitals, 4, Tier.Derived],
        ["RLHF'd", CaseRule.Capitals, 4, Tier.Derived],
        ['RLHF-ed', CaseRule.Capitals, 4, Tier.Derived],
      ]);
      const tiers = forms.map((f) => f.tier);
      assert.deepStrictEqual(tiers, [...tiers].sort(), 'written forms come before derived ones');
    });

    it('never lists a lone generic word, written or derived', () => {
      const forms = termForms({ term: 'Scheming', aliases: ['alignment'] }).map((f) => f.text.toLowerCase());
      assert.ok(forms.includes('schemer') && forms.includes('schemers'), forms.join(', '));
      for (const generic of ['alignment', 'scheme', 'schemes']) {
        assert.ok(!forms.includes(generic), `${generic} in ${forms.join(', ')}`);
      }
    });
  });
});
