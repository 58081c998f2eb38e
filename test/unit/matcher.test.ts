import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { loadBuiltinGlossary } from '../../src/core/glossary/builtin';
import type { Glossary, Term } from '../../src/core/glossary/types';
import { createReferenceFindAll, createTermMatcher, type Match } from '../../src/core/matcher';
import { cursor, spans } from './cursor';
import { seededRandom } from '../fixtures/random';
import { sampleTerm } from '../fixtures/sampleTerm';

const matcher = createTermMatcher(loadBuiltinGlossary());

/** `[[...]]` marks each expected match; `ids` lists their term ids in order. */
function expectMatches(marked: string, ids: readonly string[]): void {
  const { text, spans: expected } = spans(marked);
  assert.strictEqual(expected.length, ids.length, `fixture marks ${expected.length} spans but lists ${ids.length} ids`);
  const want = expected.map((s, i) => ({ id: ids[i], start: s.start, end: s.end }));
  assert.deepStrictEqual(matcher.findAll(text), want, `in ${JSON.stringify(text)}`);
}

function expectNone(text: string): void {
  assert.deepStrictEqual(matcher.findAll(text), [], `expected no term in ${JSON.stringify(text)}`);
}

/** The text a match covers. */
function covered(text: string, m: Match | undefined): string | undefined {
  return m && text.slice(m.start, m.end);
}

/** A term named `term`, with these aliases. */
const testTerm = (id: string, term: string, aliases: string[] = []): Term => sampleTerm(id, { term, aliases });

describe('createTermMatcher', () => {
  describe('finds terms as people write them', () => {
    it('matches a term in any letter case', () => {
      expectMatches('[[mesa-optimizer]], [[Mesa-Optimizer]], [[MESA-OPTIMIZER]] and [[mEsA-oPtImIzEr]]', [
        'mesa-optimizer', 'mesa-optimizer', 'mesa-optimizer', 'mesa-optimizer',
      ]);
    });

    it('joins the words of a term with a space, hyphen, underscore, no-break space or nothing', () => {
      expectMatches(
        '[[base optimizer]]; [[base-optimizer]]; [[base_optimizer]]; [[base\u00a0optimizer]]; [[baseoptimizer]]; [[mesaoptimizer]]',
        ['base-optimizer', 'base-optimizer', 'base-optimizer', 'base-optimizer', 'base-optimizer', 'mesa-optimizer'],
      );
    });

    it('accepts a comma between words only where the glossary writes one', () => {
      const m = createTermMatcher({ terms: [testTerm('hhh', 'Helpful, honest and harmless'), testTerm('reward-model', 'Reward model')] });
      const found = (text: string): string[] => m.findAll(text).map((x) => `${x.id}=${text.slice(x.start, x.end)}`);
      assert.deepStrictEqual(found('be helpful, honest and harmless; Helpful,honest and harmless; helpful honest and harmless'), [
        'hhh=helpful, honest and harmless', 'hhh=Helpful,honest and harmless', 'hhh=helpful honest and harmless',
      ]);
      assert.deepStrictEqual(found('reward, model; helpful, , honest and harmless'), []);
    });

    it('accepts a short run of spaces or a tab between words, but not a line break', () => {
      expectMatches('[[deceptive   alignment]] and [[deceptive\talignment]]', ['deceptive-alignment', 'deceptive-alignment']);
      expectNone('deceptive\nalignment');
      expectNone('deceptive\r\nalignment');
      expectNone('deceptive      alignment');
    });

    it('matches only the term part of camelCase, PascalCase, snake_case and SCREAMING_SNAKE_CASE identifiers', () => {
      expectMatches('build[[MesaOptimizer]]()', ['mesa-optimizer']);
      expectMatches('class [[MesaOptimizer]]:', ['mesa-optimizer']);
      expectMatches('[[MESA_OPTIMIZER]]_STEPS = 3', ['mesa-optimizer']);
      expectMatches('[[REWARD_HACKING]]_PENALTY', ['reward-hacking']);
      expectMatches('self.[[reward_hacking]]_penalty', ['reward-hacking']);
      expectMatches('const [[innerAlignment]]Score = 1', ['inner-alignment']);
      expectMatches('XML[[MesaOptimizer]]Factory', ['mesa-optimizer']);
      expectMatches('v2[[BaseOptimizer]]', ['base-optimizer']);
    });

    it('matches plurals, British spellings and already-plural terms in the singular', () => {
      expectMatches('[[mesa-optimizers]] and [[mesa-optimisers]]', ['mesa-optimizer', 'mesa-optimizer']);
      expectMatches('[[MesaOptimizers]] vs [[base optimisers]]', ['mesa-optimizer', 'base-optimizer']);
      expectMatches('two [[sycophancies]] and a [[sparse autoencoder]]', ['sycophancy', 'sparse-autoencoders']);
      expectMatches('[[goal misgeneralisation]] and [[reward model overoptimisation]]', [
        'goal-misgeneralization', 'reward-model-overoptimization',
      ]);
      expectMatches('[[reward models]] and a [[sleeper agent]]', ['reward-model', 'sleeper-agents']);
    });

    it('stops before a possessive, with a straight or a curly apostrophe', () => {
      expectMatches("the [[mesa-optimizer]]'s goal", ['mesa-optimizer']);
      expectMatches('the [[mesa-optimizer]]\u2019s goal', ['mesa-optimizer']);
      expectMatches("the [[base optimizers]]' updates", ['base-optimizer']);
    });

    it("keeps an apostrophe that belongs to the term, and accepts it left out", () => {
      expectMatches("[[Goodhart's law]], [[Goodhart\u2019s law]], [[Goodharts law]] and [[Goodhart law]]", [
        'goodharts-law', 'goodharts-law', 'goodharts-law', 'goodharts-law',
      ]);
    });

    it('prefers the longest term at a position', () => {
      expectMatches('[[deceptive alignment]] is not [[inner alignment]]', ['deceptive-alignment', 'inner-alignment']);
      expectMatches('too much [[reward model overoptimization]] on the [[reward model]]', [
        'reward-model-overoptimization', 'reward-model',
      ]);
      expectMatches('[[reward modeling]]', ['reward-modeling']);
    });

    it('finds terms next to emoji and other symbols, with UTF-16 offsets', () => {
      const { text, spans: want } = spans('🙂[[mesa-optimizer]] 👩‍🔬 [[base optimizer]]🚀');
      const got = matcher.findAll(text);
      assert.deepStrictEqual(got.map((m) => ({ start: m.start, end: m.end })), want);
      assert.strictEqual(text.slice(got[0]!.start, got[0]!.end), 'mesa-optimizer');
      assert.strictEqual(got[0]!.start, 2, 'the emoji before it takes two UTF-16 code units');
    });

    it('finds terms in markdown, Python and TypeScript source', () => {
      expectMatches('A **[[mesa-optimizer]]** is `[[base_optimizer]]`-trained; see [the [[inner alignment]] note](#x).', [
        'mesa-optimizer', 'base-optimizer', 'inner-alignment',
      ]);
      expectMatches('def train([[RLHF]]_trainer, [[ELK]]_probe): return [[SAEs]]', [
        'rlhf', 'eliciting-latent-knowledge', 'sparse-autoencoders',
      ]);
    });
  });

  describe('does not find terms that are not there', () => {
    it('never matches inside a longer word', () => {
      expectNone('database optimizer');
      expectNone('metamesa-optimizer');
      expectNone('buildmesaOptimizer');
      expectNone('mesa-optimizerish');
      expectNone('ébase optimizer');
      expectNone('mesa-optimizeré');
      expectNone('𝒜base optimizer'); // an astral letter is a letter too
      expectNone('');
    });

    it('never matches a lone generic word', () => {
      expectNone('optimizer alignment objective Optimizer ALIGNMENT, reward or model_');
      expectNone('the optimizer, the alignment, the base, the mesa');
    });

    it('does not take Mesa the graphics library for a term', () => {
      expectNone('Mesa 3D provides OpenGL; install the mesa drivers (mesa-utils, libgl1-mesa-dri).');
      expectNone('MESA_GL_VERSION_OVERRIDE=4.5 mesa_loader');
    });

    it('ignores a generic word even when a glossary lists it as an alias', () => {
      const glossary: Glossary = { terms: [testTerm('inner-alignment', 'Inner alignment', ['alignment', 'Mesa'])] };
      const m = createTermMatcher(glossary);
      assert.deepStrictEqual(m.findAll('alignment and Mesa'), []);
      assert.deepStrictEqual(m.findAll('inner alignment'), [{ id: 'inner-alignment', start: 0, end: 15 }]);
    });
  });

  describe('at the edges of the fast path', () => {
    it('finds terms at the very start and end of the text', () => {
      expectMatches('[[ELK]]', ['eliciting-latent-knowledge']);
      expectMatches('[[mesa-optimizer]]', ['mesa-optimizer']);
      expectMatches('see [[IDA]]', ['iterated-amplification']);
      expectMatches('[[SAEs]].', ['sparse-autoencoders']);
    });

    it('finds a two-letter term in the last two characters of the text', () => {
      const m = createTermMatcher({ terms: [testTerm('effective-altruism', 'Effective altruism', ['EA', 'X'])] });
      assert.deepStrictEqual(m.findAll('see EA'), [{ id: 'effective-altruism', start: 4, end: 6 }]);
      assert.deepStrictEqual(m.findAll('EA'), [{ id: 'effective-altruism', start: 0, end: 2 }]);
      assert.deepStrictEqual(m.findAll('X marks the spot; ea; EAX'), [], 'single characters are never terms');
    });

    it('finds a term whose first word is a single letter', () => {
      const m = createTermMatcher({ terms: [testTerm('existential-risk', 'X risk', ['x-risk'])] });
      const found = (text: string): string[] => m.findAll(text).map((x) => text.slice(x.start, x.end));
      assert.deepStrictEqual(found('X risk, x-risk, xrisk, X  risk, x_risks, X\u00a0risk'), ['X risk', 'x-risk', 'xrisk', 'X  risk', 'x_risks', 'X\u00a0risk']);
      assert.deepStrictEqual(found('max risk, box-risk, X risky'), []);
    });

    it('takes a no-break space or a typographic hyphen right after the first letters', () => {
      expectMatches('[[AI\u00a0control]], [[AI\u2011control]] and [[ai\u202fcontrol]]', ['ai-control', 'ai-control', 'ai-control']);
    });

    it('decides boundaries after characters outside ASCII exactly', () => {
      expectMatches('«[[base optimizer]]» — [[mesa-optimizer]]—“[[inner alignment]]”', ['base-optimizer', 'mesa-optimizer', 'inner-alignment']);
      expectNone('Àbase optimizer жbase optimizer 中base optimizer base\u0301optimizer');
      expectMatches('\u007f[[base optimizer]]', ['base-optimizer']);
    });
  });

  describe('abbreviations', () => {
    it('matches ELK, IRL, IDA and SAE only in capitals (with a lower-case plural s)', () => {
      expectMatches('[[ELK]], [[IRL]], [[IDA]], [[SAE]], [[SAEs]], [[ELK]]_PROBE, train[[IRL]]Agent', [
        'eliciting-latent-knowledge', 'inverse-reinforcement-learning', 'iterated-amplification',
        'sparse-autoencoders', 'sparse-autoencoders', 'eliciting-latent-knowledge', 'inverse-reinforcement-learning',
      ]);
      expectNone('an elk in the park, see you irl, Ida said, sae');
      expectNone('Elk Irl eLK elk_probe SAES ELKS');
    });

    it('matches RLHF, CIRL and RLAIF only as written, as whole tokens of identifiers', () => {
      expectMatches('[[RLHF]], [[RLHF]]_trainer, [[RLHF]]Trainer, train_[[IRL]]_agent, [[ELK]]Probe', [
        'rlhf', 'rlhf', 'rlhf', 'inverse-reinforcement-learning', 'eliciting-latent-knowledge',
      ]);
      expectMatches('[[CIRL]] and [[SAEs]]', ['cirl', 'sparse-autoencoders']);
      expectNone('RlhF rlhf_trainer RlhfTrainer cirl Cirl rlaif Sae sAE');
    });

    it('matches the derived -ed forms of an abbreviation: RLHFed, RLHF\'d, RLHF-ed', () => {
      expectMatches("[[RLHFed]] models, a model [[RLHF'd]] twice, [[RLHF-ed]] and [[RLHF\u2019d]]", ['rlhf', 'rlhf', 'rlhf', 'rlhf']);
      expectNone("rlhfed RLHFED Rlhf'd RLHFD");
    });

    it('does not find an abbreviation inside a longer word or run of capitals', () => {
      expectNone('GIRLS WHIRL TELKO SAET IRLS');
      expectNone('girl swirl elks');
    });
  });

  describe('termAt', () => {
    const text = 'Is the mesa-optimizer deceptive?';

    it('returns the term under the cursor at its first, middle and last character', () => {
      for (const marked of [
        'Is the $$CURSOR$$mesa-optimizer deceptive?',
        'Is the mesa-opti$$CURSOR$$mizer deceptive?',
        'Is the mesa-optimize$$CURSOR$$r deceptive?',
      ]) {
        const { text: t, offset } = cursor(marked);
        const m = matcher.termAt(t, offset);
        assert.deepStrictEqual(m, { id: 'mesa-optimizer', start: 7, end: 21 }, marked);
      }
    });

    it('returns a term that ends at the cursor, for a cursor just after it', () => {
      const { text: t, offset } = cursor('Is the mesa-optimizer$$CURSOR$$ deceptive?');
      assert.deepStrictEqual(matcher.termAt(t, offset), { id: 'mesa-optimizer', start: 7, end: 21 });
    });

    it('prefers the term starting at the cursor over one ending there', () => {
      const { text: t, offset } = cursor('MesaOptimizer$$CURSOR$$BaseOptimizer');
      assert.deepStrictEqual(matcher.termAt(t, offset), { id: 'base-optimizer', start: 13, end: 26 });
    });

    it('returns nothing away from terms and outside the text', () => {
      assert.strictEqual(matcher.termAt(text, 1), undefined);
      assert.strictEqual(matcher.termAt(text, 6), undefined, 'the space before the term');
      assert.strictEqual(matcher.termAt(text, 25), undefined);
      assert.strictEqual(matcher.termAt(text, -1), undefined);
      assert.strictEqual(matcher.termAt(text, text.length + 1), undefined);
      assert.strictEqual(matcher.termAt(text, Number.NaN), undefined);
    });

    it('returns the whole longest term, not a shorter one inside it', () => {
      const { text: t, offset } = cursor('avoid deceptive align$$CURSOR$$ment here');
      assert.strictEqual(covered(t, matcher.termAt(t, offset)), 'deceptive alignment');
    });

    it('returns only the identifier part that is the term', () => {
      const { text: t, offset } = cursor('export const REWARD_HACK$$CURSOR$$ING_PENALTY = 0.1;');
      assert.strictEqual(covered(t, matcher.termAt(t, offset)), 'REWARD_HACKING');
      const other = cursor('export const REWARD_HACKING_PENAL$$CURSOR$$TY = 0.1;');
      assert.strictEqual(matcher.termAt(other.text, other.offset), undefined);
    });

    it('counts offsets in UTF-16 code units after emoji', () => {
      const { text: t, offset } = cursor('🙂🙂 inner align$$CURSOR$$ment');
      assert.deepStrictEqual(matcher.termAt(t, offset), { id: 'inner-alignment', start: 5, end: 20 });
    });

    it('keeps a term written with a comma whole (a comma does not end the part of the line it reads)', () => {
      const { text: t, offset } = cursor('Notes. Helpful, honest and harm$$CURSOR$$less models.');
      assert.strictEqual(covered(t, matcher.termAt(t, offset)), 'Helpful, honest and harmless');
    });

    it('answers like findAll at every offset of punctuated lines, where it reads back only to the last punctuation', () => {
      const lines = [
        'x.deceptive alignment;inner alignment(reward hacking) mesa-optimizer’s base optimizer, helpful, honest and harmless.',
        'é mesa-optimizer é: RLHF"s ELK/SAE; red-teamers, red teaming.goal misgeneralization',
        `${'a '.repeat(60)}(deceptive alignment) ${'inner alignment '.repeat(8)}.mesa optimizer`,
      ];
      for (const line of lines) {
        const all = matcher.findAll(line);
        for (let i = 0; i <= line.length; i++) {
          const expected = all.find((m) => m.start <= i && i < m.end) ?? all.find((m) => m.end === i);
          assert.deepStrictEqual(matcher.termAt(line, i), expected, `${line} @ ${i}`);
        }
      }
    });

    it('finds a term deep inside a 5 MB single line', () => {
      const filler = 'x=1;'.repeat(625_000);
      const line = `${filler}var baseOptimizer=2;${filler}`;
      const at = filler.length + 'var base'.length;
      assert.deepStrictEqual(matcher.termAt(line, at), { id: 'base-optimizer', start: filler.length + 4, end: filler.length + 17 });
      assert.strictEqual(matcher.termAt(line, 10), undefined);
      assert.strictEqual(matcher.termAt(line, line.length - 1), undefined);
    });
  });

  describe('invariants', () => {

    const pieces = [
      'mesa', 'optimizer', 'base', 'Optimizer', 'MESA', '_', '-', ' ', '  ', '\u00a0', "'s", '\u2019s', 'inner', 'alignment',
      'deceptive', 'Alignment', 'reward', 'model', 'over', 'optimization', 'faking', 'ELK', 'elk', 'data', 'x', '🙂', 'é',
      '\n', '.', 'RLHF', 's', 'es', 'build', 'Mesa', 'goal', 'mis', 'generalization', 'IRL', 'Goodhart', 'law', 'sleeper', 'agent',
    ];

    function randomText(next: () => number, length: number): string {
      let text = '';
      while (text.length < length) {
        text += pieces[Math.floor(next() * pieces.length)];
      }
      return text;
    }

    it('findAll returns sorted, non-overlapping matches that each stand alone as their term', () => {
      const next = seededRandom(20240611);
      let total = 0;
      for (let round = 0; round < 300; round++) {
        const text = randomText(next, 400);
        const found = matcher.findAll(text);
        total += found.length;
        let lastEnd = 0;
        for (const m of found) {
          assert.ok(m.start >= lastEnd, `overlap or unsorted at ${m.start} in ${JSON.stringify(text)}`);
          assert.ok(m.end > m.start);
          lastEnd = m.end;
          // The covered text, isolated by spaces, is the same term again.
          assert.deepStrictEqual(
            matcher.findAll(` ${text.slice(m.start, m.end)} `).map((x) => x.id),
            [m.id],
            `match ${JSON.stringify(text.slice(m.start, m.end))} in ${JSON.stringify(text)}`,
          );
        }
      }
      assert.ok(total > 300, `the random texts should contain many terms (found ${total})`);
    });

    it('termAt agrees with findAll at every offset', () => {
      const next = seededRandom(7);
      for (let round = 0; round < 60; round++) {
        const text = randomText(next, 300);
        const found = matcher.findAll(text);
        for (let offset = 0; offset < text.length; offset++) {
          const inside = found.find((m) => m.start <= offset && offset < m.end);
          const got = matcher.termAt(text, offset);
          if (inside) {
            assert.deepStrictEqual(got, inside, `offset ${offset} in ${JSON.stringify(text)}`);
          } else if (got) {
            assert.strictEqual(got.end, offset, `offset ${offset} in ${JSON.stringify(text)}: only a term ending here may be returned`);
            assert.ok(found.some((m) => m.start === got.start && m.end === got.end && m.id === got.id));
          }
        }
      }
    });

    it('handles pathological inputs in one linear pass with the right results', () => {
      assert.deepStrictEqual(matcher.findAll('mesa-'.repeat(200_000)), []);
      assert.deepStrictEqual(matcher.findAll('mesa '.repeat(200_000) + 'optimizer').map((m) => m.start), [999_995]);
      const many = 'mesa-optimizer '.repeat(100_000);
      const found = matcher.findAll(many);
      assert.strictEqual(found.length, 100_000);
      assert.deepStrictEqual(found[99_999], { id: 'mesa-optimizer', start: 1_499_985, end: 1_499_999 });
      assert.deepStrictEqual(matcher.findAll('a'.repeat(1_000_000)), []);
      assert.deepStrictEqual(matcher.findAll('MESAOPTIMIZER'.repeat(50_000)), []);
      assert.deepStrictEqual(matcher.findAll('_'.repeat(500_000) + 'reward_hacking').map((m) => m.id), ['reward-hacking']);
    });
  });

  describe('start filter (differential against the exact check at every position)', () => {

    /** A glossary that reaches the filter's odd corners: two-letter terms, a one-letter first word, digits, apostrophes. */
    const oddGlossary: Glossary = {
      terms: [
        testTerm('effective-altruism', 'Effective altruism', ['EA']),
        testTerm('existential-risk', 'X risk', ['x-risk', 'xrisk']),
        testTerm('gpt-4', 'GPT-4', ['GPT4 model', '4chan effect']),
        testTerm('o1', 'o1 preview', ['O1']),
        testTerm('goodharts-law', "Goodhart's law", ['ai control']),
        testTerm('q-star', 'Q*', ['q learning', 'qa']),
        testTerm('hhh', 'Helpful, honest and harmless', ['x, y test']),
      ],
    };

    const separators = [' ', '  ', '   ', '    ', '\t', '\u00a0', '\u202f', '-', '\u2010', '\u2011', '_', '', '', "'", '\u2019', '\u02bc', '.', ',', ', ', ',  '];
    const noise = [
      'x', 'ab', 'Q', 'zz9', '7', '0', '(', ')', '.', ',', ';', '{', '}', '\n', '\r\n', '\u007f', '\u0000', 'é', 'É', 'ж', '中',
      '\u0301', '🙂', '𝒜', '\ud83d', '\ude42', '$', '@', '`', '"', 'sa', 'SA', 'ElK', 'EL', 'rl', 'RLH', 'mes', 'MESA', 'Ai', 'AI',
      'xml', 'XML', 'v2', 'build', 'data', 's', 'es', "'s", '\u2019s',
    ];

    /** Every written form of every term, as in the glossary and in a few naming conventions. */
    function formsOf(glossary: Glossary): string[] {
      const out: string[] = [];
      for (const term of glossary.terms) {
        for (const form of [term.term, ...term.aliases]) {
          const words = form.split(/[\s\-_']+/).filter((w) => w !== '');
          const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
          out.push(form, form.toLowerCase(), form.toUpperCase(), words.map(cap).join(''), words.join('_'), words.join(''));
        }
      }
      return out;
    }

    function randomText(next: () => number, forms: readonly string[], length: number): string {
      const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
      let text = '';
      while (text.length < length) {
        const r = next();
        if (r < 0.3) {
          // A whole form, its words joined by a random separator.
          text += pick(forms).split(/[\s\-_]+/).join(pick(separators));
        } else if (r < 0.5) {
          // The first characters of a form: the start filter must let these through or not, exactly.
          const form = pick(forms);
          text += form.slice(0, 1 + Math.floor(next() * Math.min(form.length, 5)));
        } else if (r < 0.7) {
          text += pick(separators);
        } else {
          text += pick(noise);
        }
      }
      return text;
    }

    for (const [name, glossary] of [['built-in', loadBuiltinGlossary()], ['odd', oddGlossary]] as const) {
      it(`findAll gives the same matches as the exact check at every position (${name} glossary)`, () => {
        const fast = createTermMatcher(glossary);
        const exact = createReferenceFindAll(glossary);
        const forms = formsOf(glossary);
        const next = seededRandom(name === 'odd' ? 99 : 2025);
        let total = 0;
        for (let round = 0; round < 1500; round++) {
          const text = randomText(next, forms, 5 + Math.floor(next() * 200));
          const want = exact(text);
          total += want.length;
          assert.deepStrictEqual(fast.findAll(text), want, `in ${JSON.stringify(text)}`);
          // Every suffix too: the scan starts in a different state at every offset of the text.
          if (round % 10 === 0) {
            for (let cut = 1; cut < text.length; cut++) {
              const tail = text.slice(cut);
              assert.deepStrictEqual(fast.findAll(tail), exact(tail), `in ${JSON.stringify(tail)}`);
            }
          }
        }
        assert.ok(total > 1500, `the random texts should contain many terms (found ${total})`);
      });
    }

    it('gives the same matches for every ASCII character around every term start', () => {
      const glossaries = [loadBuiltinGlossary(), oddGlossary];
      for (const glossary of glossaries) {
        const fast = createTermMatcher(glossary);
        const exact = createReferenceFindAll(glossary);
        for (const form of formsOf(glossary)) {
          for (let c = 0; c < 130; c++) {
            const ch = c < 128 ? String.fromCharCode(c) : c === 128 ? 'é' : '\u00a0';
            for (const text of [ch + form, form + ch, form.slice(0, 2) + ch + form.slice(2), form.slice(0, 1) + ch + form.slice(1)]) {
              assert.deepStrictEqual(fast.findAll(text), exact(text), `in ${JSON.stringify(text)}`);
            }
          }
        }
      }
    });
  });

  describe('on the sample workspace', () => {
    const workspace = path.resolve(__dirname, '../../../test/fixtures/workspace');
    const read = (name: string): string => fs.readFileSync(path.join(workspace, name), 'utf8');
    const ids = (name: string): string[] => matcher.findAll(read(name)).map((m) => m.id);

    it('finds the terms of notes.md', () => {
      const found = ids('notes.md');
      for (const id of ['mesa-optimizer', 'base-optimizer', 'base-objective', 'deceptive-alignment', 'reward-hacking',
        'specification-gaming', 'goal-misgeneralization', 'inner-alignment', 'outer-alignment', 'treacherous-turn', 'goodharts-law']) {
        assert.ok(found.includes(id), `${id} in notes.md: ${found.join(', ')}`);
      }
    });

    it('finds base_optimizer and MesaOptimizer in agent.py', () => {
      const text = read('agent.py');
      const found = matcher.findAll(text).map((m) => text.slice(m.start, m.end));
      for (const written of ['base_optimizer', 'MesaOptimizer', 'reward_hacking', 'mesa_objective', 'inner alignment', 'distributional shift']) {
        assert.ok(found.includes(written), `${written} in agent.py: ${found.join(', ')}`);
      }
    });

    it('finds buildMesaOptimizer and REWARD_HACKING_PENALTY in trainer.ts', () => {
      const text = read('trainer.ts');
      const found = matcher.findAll(text).map((m) => `${m.id}=${text.slice(m.start, m.end)}`);
      for (const written of ['mesa-optimizer=MesaOptimizer', 'reward-hacking=REWARD_HACKING', 'rlhf=RLHF',
        'reward-model-overoptimization=reward model overoptimization']) {
        assert.ok(found.includes(written), `${written} in trainer.ts: ${found.join(', ')}`);
      }
    });
  });
});
