import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { createAnnotator } from '../../src/core/annotate/annotator';
import { isInBlob } from '../../src/core/annotate/blob';
import { CONTEXT_BLOCK, type TextSource } from '../../src/core/annotate/context';
import { AMBIGUOUS_TERMS } from '../../src/core/glossary/ambiguity';
import { loadBuiltinGlossary } from '../../src/core/glossary/builtin';
import { createTermMatcher, type Match } from '../../src/core/matcher';
import { planExplanation, type TermFinder } from '../../src/core/prompt';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/annotations');
const glossary = loadBuiltinGlossary();
const matcher = createTermMatcher(glossary);
const annotator = createAnnotator(glossary, {}, matcher);
const ambiguousIds = new Set(glossary.terms.filter((t) => t.ambiguous).map((t) => t.id));

/** The SAM/Lookahead optimizer wrapper is also a file of the sample workspace (the integration tests hover it). */
const WORKSPACE_FIXTURES: ReadonlySet<string> = new Set(['sam_optimizer.py']);

function fixture(name: string): string {
  const dir = WORKSPACE_FIXTURES.has(name) ? path.resolve(FIXTURES, '../workspace') : FIXTURES;
  return fs.readFileSync(path.join(dir, name), 'utf8');
}

function words(text: string, matches: readonly Match[]): string[] {
  return matches.map((m) => `${m.id}:${text.slice(m.start, m.end)}`);
}

/** What `annotate` marks at each offset, looked up the way the hover does (strict containment). */
function markedAt(matches: readonly Match[], offset: number): string | undefined {
  return matches.find((m) => m.start <= offset && offset < m.end)?.id;
}

/** Foreign-sense fixtures: the homonym class each one exercises. */
const FOREIGN = [
  { file: 'sam_optimizer.py', what: 'an optimizer wrapper (SAM, Lookahead)', ids: ['base-optimizer'] },
  { file: 'quantum.md', what: 'quantum superposition', ids: ['superposition'] },
  { file: 'red-team-runbook.md', what: 'a security red-team runbook', ids: ['red-teaming'] },
  { file: 'novel.txt', what: "a novel's scheming", ids: ['scheming', 'sycophancy'] },
  { file: 'ida_rename.py', what: 'an IDA Pro script', ids: ['iterated-amplification'] },
  { file: 'kernel_ida.c', what: "the Linux kernel's ID allocator", ids: ['iterated-amplification'] },
  { file: 'wpa3_sae.c', what: "WPA3's SAE handshake", ids: ['sparse-autoencoders'] },
  { file: 'docker-elk.yml', what: 'the ELK stack', ids: ['eliciting-latent-knowledge'] },
];

describe('createAnnotator', () => {
  describe('stays silent on homonyms in their foreign sense', () => {
    for (const { file, what, ids } of FOREIGN) {
      it(`marks nothing in ${what} (${file}), where the matcher alone finds ${ids.join(', ')}`, () => {
        const text = fixture(file);
        const found = new Set(matcher.findAll(text).map((m) => m.id));
        ids.forEach((id) => assert.ok(found.has(id), `the fixture should contain ${id} for the matcher`));
        assert.deepStrictEqual(words(text, annotator.annotate(text)), []);
      });
    }
  });

  describe('marks the same words in AI-safety text', () => {
    it('marks every ambiguous word of the foreign fixtures in alignment notes', () => {
      const text = fixture('alignment-notes.md');
      const marked = new Set(annotator.annotate(text).map((m) => m.id));
      for (const id of FOREIGN.flatMap((f) => f.ids)) {
        assert.ok(marked.has(id), `${id} is not marked in alignment-notes.md`);
      }
    });

    it('marks base_optimizer in AI-safety training code', () => {
      const text = fixture('mesa_training.py');
      const marked = words(text, annotator.annotate(text));
      assert.ok(marked.includes('base-optimizer:base_optimizer'), marked.join(' '));
      assert.ok(marked.includes('mesa-optimizer:mesa-optimizer'), marked.join(' '));
    });
  });

  describe('never marks a term inside an encoded blob', () => {
    it('drops IDA, SAE and ELK inside a base64 image but keeps the prose around it', () => {
      const text = fixture('blob-notes.md');
      const blob = text.indexOf('base64,');
      const blobEnd = text.indexOf(')', blob);
      const inBlob = matcher.findAll(text).filter((m) => m.start > blob && m.end < blobEnd);
      assert.deepStrictEqual(inBlob.map((m) => m.id).sort(), ['eliciting-latent-knowledge', 'iterated-amplification', 'sparse-autoencoders']);
      // A mixed-case run such as RlhF is no abbreviation at all: the matcher only takes the written case.
      assert.ok(text.slice(blob, blobEnd).includes('RlhF') && !inBlob.some((m) => m.id === 'rlhf'));
      const marked = annotator.annotate(text);
      assert.ok(marked.every((m) => m.end < blob || m.start > blobEnd), words(text, marked).join(' '));
      assert.deepStrictEqual(
        words(text, marked).filter((w) => w.endsWith(':SAE') || w.endsWith(':IDA')),
        ['sparse-autoencoders:SAE', 'iterated-amplification:IDA'],
        'the caption after the image still marks SAE and IDA',
      );
    });

    it('drops terms in an inline source map and in a source map file', () => {
      const js = fixture('reward.js');
      assert.deepStrictEqual(words(js, annotator.annotate(js)), ['rlhf:RLHF']);
      const map = fixture('reward.js.map');
      assert.ok(matcher.findAll(map).length >= 3, 'the mappings spell terms by chance');
      assert.deepStrictEqual(annotator.annotate(map), []);
    });

    it('keeps identifiers, slugs and URLs with ids, and drops hashes and API-key-like tokens', () => {
      const keep = [
        'Invoke-AtomicRedTeam',
        'class RLHFTrainerV2Config:',
        'sparse_autoencoder_SAE_layer_12_feature_activations',
        'https://www.alignmentforum.org/posts/d6DvuCKH5bSoT62DB/notes-on-reward-hacking',
      ];
      for (const text of keep) {
        const m = matcher.findAll(text)[0];
        assert.ok(m, `no match in ${text}`);
        assert.strictEqual(isInBlob(text, m.start, m.end), false, text);
      }
      const drop = ['sha256: 4f1c9e0b7d2aRLHF93e5c6b8a0d1f2e3c4b5a69788f6e5d4c3b2a19', 'key=sk-9fQx7LmZ2pRw8Tk4IDA9vYb3Nc6Hd1Js5Ue'];
      for (const text of drop) {
        const m = matcher.findAll(text).find((x) => x.id === 'rlhf' || x.id === 'iterated-amplification');
        assert.ok(m, `no match in ${text}`);
        assert.strictEqual(isInBlob(text, m.start, m.end), true, text);
      }
    });
  });

  describe('settings', () => {
    it("ambiguousTerms 'always' marks homonyms everywhere, like the matcher", () => {
      const always = annotator.withOptions({ ambiguousTerms: 'always' });
      const text = fixture('quantum.md');
      assert.deepStrictEqual(always.annotate(text), matcher.findAll(text));
    });

    it("ambiguousTerms 'never' drops ambiguous terms even in AI-safety text, and keeps the others", () => {
      const never = annotator.withOptions({ ambiguousTerms: 'never' });
      const text = fixture('alignment-notes.md');
      const marked = never.annotate(text);
      assert.ok(marked.length > 0);
      // Distinctive forms of partly ambiguous terms stay ("mesa-optimizer", "sparse autoencoders",
      // "iterated amplification"); the ambiguous words go.
      const dropped = words(text, annotator.annotate(text)).filter((w) => !words(text, marked).includes(w));
      assert.deepStrictEqual(dropped, [
        'base-optimizer:base optimizer', 'superposition:Superposition',
        'sparse-autoencoders:SAEs', 'sparse-autoencoders:SAE', 'red-teaming:Red teaming', 'scheming:scheming',
        'situational-awareness:situational awareness', 'eliciting-latent-knowledge:ELK', 'iterated-amplification:IDA',
        'sycophancy:Sycophancy',
      ]);
      assert.ok(marked.every((m) => !ambiguousIds.has(m.id) || !/^(SAEs?|IDA|ELK)$/.test(text.slice(m.start, m.end))));
      assert.ok(marked.some((m) => m.id === 'polysemanticity'));
    });

    it('disabledTerms removes exactly those terms', () => {
      const text = fixture('alignment-notes.md');
      const all = annotator.annotate(text);
      const some = annotator.withOptions({ disabledTerms: ['rlhf', 'superposition'] }).annotate(text);
      assert.deepStrictEqual(some, all.filter((m) => m.id !== 'rlhf' && m.id !== 'superposition'));
    });

    it('falls back to the defaults for an unknown mode', () => {
      const odd = annotator.withOptions({ ambiguousTerms: 'sometimes' as never });
      assert.strictEqual(odd.options.ambiguousTerms, 'inContext');
    });
  });

  describe('the context rule', () => {
    it('needs two occurrences of unambiguous terms', () => {
      assert.deepStrictEqual(words('superposition and reward hacking', annotator.annotate('superposition and reward hacking')), ['reward-hacking:reward hacking']);
      const two = 'superposition, reward hacking and more reward hacking';
      assert.deepStrictEqual(annotator.annotate(two).map((m) => m.id), ['superposition', 'reward-hacking', 'reward-hacking']);
    });

    it('treats only the measured foreign forms of a term as ambiguous', () => {
      assert.deepStrictEqual(words('a sparse autoencoder', annotator.annotate('a sparse autoencoder')), ['sparse-autoencoders:sparse autoencoder']);
      assert.deepStrictEqual(annotator.annotate('an SAE handshake; SAE_confirm; the SAE commit'), []);
      const text = 'sparse autoencoders, then more sparse autoencoders, and one SAE';
      assert.deepStrictEqual(words(text, annotator.annotate(text)), [
        'sparse-autoencoders:sparse autoencoders', 'sparse-autoencoders:sparse autoencoders', 'sparse-autoencoders:SAE',
      ]);
    });

    it('no longer takes the learn-to-optimize vocabulary for mesa-optimization', () => {
      assert.deepStrictEqual(annotator.withOptions({ ambiguousTerms: 'always' }).annotate('a learned optimizer; learned_optimization; the inner optimizer'), []);
    });

    it('does not let ambiguous terms vouch for each other', () => {
      const text = 'red team, superposition, scheming, SAE, IDA, ELK and a base optimizer';
      assert.deepStrictEqual(annotator.annotate(text), []);
    });

    it('decides a huge document by a window around each occurrence', () => {
      const filler = `${'lorem ipsum dolor sit amet '.repeat(40)}\n`;
      const block = filler.repeat(Math.ceil(CONTEXT_BLOCK / filler.length));
      const text = `reward hacking and gradient hacking\n${block}${block}${block}${block}superposition far away\n`;
      assert.ok(text.length > 4 * CONTEXT_BLOCK);
      const near = `reward hacking and gradient hacking\nsuperposition nearby\n${block}${block}${block}${block}`;
      assert.deepStrictEqual(annotator.annotate(text).map((m) => m.id), ['reward-hacking', 'gradient-hacking']);
      assert.deepStrictEqual(annotator.annotate(near).map((m) => m.id), ['reward-hacking', 'gradient-hacking', 'superposition']);
    });

    it('reads at most three blocks of a huge document to decide one occurrence', () => {
      const text = `${'x'.repeat(20 * CONTEXT_BLOCK)} superposition `;
      let read = 0;
      const source: TextSource = {
        length: text.length,
        slice: (start, end) => {
          read += end - start;
          return text.slice(start, end);
        },
      };
      const context = annotator.contextOf(source);
      assert.strictEqual(context.aboutAiSafety(text.length - 5), false);
      assert.ok(read <= 3 * CONTEXT_BLOCK, `read ${read}`);
      context.aboutAiSafety(text.length - 5);
      assert.ok(read <= 3 * CONTEXT_BLOCK, 'the decision is kept');
    });
  });

  describe('termAt agrees with annotate', () => {
    const files = [...fs.readdirSync(FIXTURES), ...WORKSPACE_FIXTURES].sort();
    for (const file of files) {
      it(`at every offset of ${file}`, () => {
        const text = fixture(file);
        const marked = annotator.annotate(text);
        const context = annotator.contextOf(text);
        let lineStart = 0;
        for (const line of text.split('\n')) {
          for (let i = 0; i < line.length; i++) {
            const m = annotator.termAt(line, i, context, lineStart);
            const hovered = m && i < m.end ? m.id : undefined;
            assert.strictEqual(hovered, markedAt(marked, lineStart + i), `${file} at ${lineStart + i}: ${JSON.stringify(line.slice(Math.max(0, i - 10), i + 10))}`);
          }
          lineStart += line.length + 1;
        }
      });
    }

    it('findIn over a piece of a document marks what annotate marks there', () => {
      const text = fixture('alignment-notes.md');
      const context = annotator.contextOf(text);
      const start = text.indexOf('- Red teaming');
      const piece = text.slice(start, start + 120);
      const expected = annotator.annotate(text).filter((m) => m.start >= start && m.end <= start + 120).map((m) => ({ id: m.id, start: m.start - start, end: m.end - start }));
      assert.deepStrictEqual(annotator.findIn(piece, context, start), expected);
    });

    it('answers on a 5 MB single line with a cached context', () => {
      const filler = 'x=1;'.repeat(1_250_000);
      const line = `${filler} reward hacking, gradient hacking and a red team ${filler}`;
      const context = annotator.contextOf(line);
      const at = line.indexOf('red team') + 2;
      assert.strictEqual(annotator.termAt(line, at, context)?.id, 'red-teaming');
    });
  });

  describe('the explain command asks the annotator', () => {
    /** The finder the extension builds for a document: the annotator with the document's context. */
    function finderFor(text: string, lineStart: number): TermFinder {
      const context = annotator.contextOf(text);
      return { findAll: (piece) => annotator.findIn(piece, context, 0), termAt: (line, offset) => annotator.termAt(line, offset, context, lineStart) };
    }

    it('finds nothing to explain on base_optimizer in SAM code, and the base optimizer in AI-safety code', () => {
      for (const [file, ok] of [['sam_optimizer.py', false], ['mesa_training.py', true]] as const) {
        const text = fixture(file);
        const at = text.indexOf('base_optimizer');
        const lineStart = text.lastIndexOf('\n', at) + 1;
        const lineEnd = text.indexOf('\n', at);
        const line = text.slice(lineStart, lineEnd);
        const plan = planExplanation({ line: { text: line, offset: at - lineStart + 3 } }, glossary, finderFor(text, lineStart));
        assert.strictEqual(plan.ok, ok, file);
        if (plan.ok) {
          assert.strictEqual(plan.termId, 'base-optimizer');
        }
      }
    });
  });

  describe('the ambiguity data', () => {
    it('lists only built-in terms, each with measured evidence, and marks them ambiguous', () => {
      for (const entry of AMBIGUOUS_TERMS) {
        const term = glossary.terms.find((t) => t.id === entry.id);
        assert.ok(term, `${entry.id} is not a built-in term`);
        assert.strictEqual(term.ambiguous, true, entry.id);
        assert.ok(entry.measured.length > 0 && entry.measured.every((m) => m.hits > 0 && m.corpus.length > 0), entry.id);
      }
      assert.strictEqual(ambiguousIds.size, AMBIGUOUS_TERMS.length);
    });
  });
});
