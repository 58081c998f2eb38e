import * as assert from 'assert';
import { loadBuiltinGlossary } from '../../src/core/glossary/builtin';
import type { Glossary, Term } from '../../src/core/glossary/types';
import { createTermMatcher } from '../../src/core/matcher';
import { spans } from './cursor';
import { sampleTerm } from '../fixtures/sampleTerm';

/** The inflection aliases the glossary owner is removing: the matcher must find these forms by rule. */
const INFLECTION_ALIASES = new Set([
  'deceptively aligned', 'pseudo-aligned', 'proxy-aligned', 'schemer', 'sycophantic', 'polysemantic', 'safely interruptible',
  'faking alignment', 'corrigibly aligned', 'corrigible', 'red team', 'red teamer', 'Goodharting',
]);

/** The built-in glossary without its inflection aliases, as it will be. */
const stripped: Glossary = {
  terms: loadBuiltinGlossary().terms.map((t) => ({ ...t, aliases: t.aliases.filter((a) => !INFLECTION_ALIASES.has(a)) })),
};
const matcher = createTermMatcher(stripped);

/** A term named `term`, with these aliases. */
const testTerm = (id: string, term: string, aliases: string[] = []): Term => sampleTerm(id, { term, aliases });

/** `[[...]]` marks each expected match; all of them must be the term `id`. */
function expectAll(id: string, marked: string): void {
  const { text, spans: want } = spans(marked);
  assert.deepStrictEqual(
    matcher.findAll(text).map((m) => ({ id: m.id, text: text.slice(m.start, m.end) })),
    want.map((s) => ({ id, text: text.slice(s.start, s.end) })),
    `in ${JSON.stringify(text)}`,
  );
}

function expectNone(text: string): void {
  assert.deepStrictEqual(matcher.findAll(text), [], `expected no term in ${JSON.stringify(text)}`);
}

describe('createTermMatcher: derived forms', () => {
  describe('verbs, participles and agent nouns of a final -ing word', () => {
    it('finds reward hack, hacks, hacked, hacker and hackers', () => {
      expectAll('reward-hacking', '[[reward hack]]; it [[reward hacks]]; [[reward-hacked]]; a [[reward hacker]]; [[REWARD_HACKERS]]');
    });

    it('finds gradient hack and specification gamed', () => {
      expectAll('gradient-hacking', 'a [[gradient hack]] and [[gradient hacked]] weights');
      expectAll('specification-gaming', 'the agent [[specification-gamed]] the task; [[specification gamed]] again');
    });

    it('finds red team, red-teamed, red teams and red teamers without aliases listing them', () => {
      expectAll('red-teaming', 'a [[red team]] [[red-teamed]] it; two [[red teams]]; [[red teamers]] and a [[red teamer]]');
    });

    it('finds fakes, faking, faked and fake alignment, and alignment-faking', () => {
      expectAll('alignment-faking', 'it [[fakes alignment]], [[faking alignment]], [[faked alignment]], will [[fake alignment]]; [[alignment-faking]]');
    });

    it('finds seeks power, seeking power and power-seeker', () => {
      expectAll('power-seeking', 'it [[seeks power]]; [[seeking power]]; a [[power-seeker]]; [[power seekers]]');
    });

    it('finds schemer and schemers, but never a bare scheme', () => {
      expectAll('scheming', 'a [[schemer]], two [[Schemers]], [[scheming]]');
      expectNone('a scheme, two schemes, the schemed plan');
    });
  });

  describe('adjectives and participles of a final abstract noun', () => {
    it('finds situationally aware, deceptively aligned, emergently misaligned', () => {
      expectAll('situational-awareness', 'models that are [[situationally aware]] or [[situationally-aware]]');
      expectAll('deceptive-alignment', 'a [[deceptively aligned]] model; [[deceptively-aligned]]');
      expectAll('emergent-misalignment', 'models become [[emergently misaligned]]');
    });

    it('finds inner aligned, inner-aligned, outer aligned and pseudo-aligned', () => {
      expectAll('inner-alignment', '[[inner aligned]] and [[inner-aligned]]');
      expectAll('outer-alignment', 'an [[outer aligned]] objective');
      expectAll('pseudo-alignment', 'a [[pseudo-aligned]] model and [[pseudo aligned]]');
    });

    it('finds corrigible, corrigibly aligned, polysemantic, sycophant(s), sycophantic and safely interruptible', () => {
      expectAll('corrigibility', 'a [[corrigible]] agent');
      expectAll('corrigible-alignment', 'a [[corrigibly aligned]] model');
      expectAll('polysemanticity', 'a [[polysemantic]] neuron');
      expectAll('sycophancy', 'a [[sycophant]], [[sycophants]] and [[sycophantic]] answers');
      expectAll('safe-interruptibility', 'agents that are [[safely interruptible]]');
    });

    it('finds goal misgeneralizes and misgeneralized goals, in both spellings', () => {
      expectAll('goal-misgeneralization', 'the [[goal misgeneralizes]]; [[misgeneralized goals]]; a [[misgeneralised goal]]; [[goal misgeneralised]]');
    });

    it('finds Goodharted, Goodharting and Goodharts', () => {
      expectAll('goodharts-law', 'the metric got [[Goodharted]]; [[Goodharting]] it; it [[Goodharts]] itself');
    });
  });

  describe('guards', () => {
    it('never matches a lone generic word a rule could derive', () => {
      expectNone('aligned, aware, hack, hacked, hacker, misaligned, team, teams, game, fake, seeks, sought, emergent');
    });

    it('does not take a possessive name for an eponymous law', () => {
      assert.deepStrictEqual(matcher.findAll("Goodhart's warning").map((m) => m.id), []);
      assert.deepStrictEqual(matcher.findAll("Goodhart's law").map((m) => m.id), ['goodharts-law']);
    });

    it('gives a form to the term that lists it, not to a term that derives it', () => {
      const m = createTermMatcher({ terms: [testTerm('reward-hacking', 'Reward hacking'), testTerm('reward-hack', 'Reward hack')] });
      assert.deepStrictEqual(m.findAll('a reward hack').map((x) => x.id), ['reward-hack']);
      assert.deepStrictEqual(m.findAll('reward hacked').map((x) => x.id), ['reward-hacking']);
      // Order does not matter: the written form wins even when the deriving term comes first or last.
      const n = createTermMatcher({ terms: [testTerm('reward-hack', 'Reward hack'), testTerm('reward-hacking', 'Reward hacking')] });
      assert.deepStrictEqual(n.findAll('a reward hack').map((x) => x.id), ['reward-hack']);
    });

    it('drops a derived form that two terms derive', () => {
      const m = createTermMatcher({
        terms: [testTerm('goal-misgeneralization', 'Goal misgeneralization'), testTerm('goal-misgeneralizing', 'Goal misgeneralizing')],
      });
      assert.deepStrictEqual(m.findAll('the goal misgeneralized'), []);
      assert.deepStrictEqual(m.findAll('goal misgeneralization; goal misgeneralizing').map((x) => x.id), [
        'goal-misgeneralization', 'goal-misgeneralizing',
      ]);
    });

    it('prefers the longest match, derived or written', () => {
      expectAll('alignment-faking', 'it [[fakes alignment]]');
      const found = matcher.findAll('a deceptively aligned mesa-optimizer');
      assert.deepStrictEqual(found.map((m) => m.id), ['deceptive-alignment', 'mesa-optimizer']);
    });
  });
});
