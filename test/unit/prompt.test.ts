import * as assert from 'assert';
import { findTerm } from '../../src/core/glossary/glossary';
import { loadBuiltinGlossary } from '../../src/core/glossary/builtin';
import type { Term } from '../../src/core/glossary/types';
import { createTermMatcher } from '../../src/core/matcher';
import {
  buildSelectionPrompt,
  buildTermPrompt,
  MAX_PROMPT_CHARS,
  MAX_SELECTION_CHARS,
  planExplanation,
  SEED_MODEL,
  SEED_PROMPT,
} from '../../src/core/prompt';

const glossary = loadBuiltinGlossary();
const matcher = createTermMatcher(glossary);

function term(id: string): Term {
  const t = findTerm(glossary, id);
  assert.ok(t, `glossary has ${id}`);
  return t;
}

describe('the seed prompt', () => {
  it("is the seed's example request, word for word, for gpt-4o", () => {
    assert.strictEqual(SEED_PROMPT, 'Explain mesa-optimization with a simple analogy in AI training.');
    assert.strictEqual(SEED_MODEL, 'gpt-4o');
  });
});

describe('buildTermPrompt', () => {
  it('asks for a simple analogy and gives the glossary definition, explanation and source as context', () => {
    const t = term('mesa-optimizer');
    const prompt = buildTermPrompt(t);
    assert.ok(prompt.startsWith('Explain the AI-safety concept "Mesa-optimizer" with a simple analogy in AI training.'));
    assert.ok(prompt.includes(t.definition));
    assert.ok(prompt.includes(t.explanation));
    assert.ok(prompt.includes(t.source!.work) && prompt.includes(String(t.source!.year)));
    assert.ok(!prompt.includes('selected'), 'no selection section without a selection');
  });

  it('quotes the selection in a fence, naming the language', () => {
    const prompt = buildTermPrompt(term('reward-hacking'), { selection: 'penalty = REWARD_HACKING_PENALTY', languageId: 'python' });
    assert.match(prompt, /this text the reader selected in a python file:\n```python\npenalty = REWARD_HACKING_PENALTY\n```/);
  });

  it('uses a fence longer than any backtick run in the selection, so the quote cannot be closed early', () => {
    const prompt = buildTermPrompt(term('reward-hacking'), { selection: 'a ```` b' });
    assert.ok(prompt.includes('`````\na ```` b\n`````'));
  });

  it('leaves out a language id that does not look like one', () => {
    const prompt = buildTermPrompt(term('reward-hacking'), { selection: 'x', languageId: 'py thon\n```' });
    assert.ok(!prompt.includes('py thon'));
    assert.ok(prompt.includes('```\nx\n```'));
  });

  it(`shortens a long selection to ${MAX_SELECTION_CHARS} characters and the prompt to ${MAX_PROMPT_CHARS}`, () => {
    const selection = 'a'.repeat(50_000);
    const prompt = buildTermPrompt(term('mesa-optimizer'), { selection });
    assert.ok(prompt.includes(`${'a'.repeat(MAX_SELECTION_CHARS - 1)}…`));
    assert.ok(!prompt.includes('a'.repeat(MAX_SELECTION_CHARS)));
    assert.ok(prompt.length <= MAX_PROMPT_CHARS);
  });

  it('builds a bounded prompt for every glossary term', () => {
    for (const t of glossary.terms) {
      const prompt = buildTermPrompt(t, { selection: 'x'.repeat(10_000) });
      assert.ok(prompt.includes(t.term), t.id);
      assert.ok(prompt.length <= MAX_PROMPT_CHARS, t.id);
    }
  });
});

describe('buildSelectionPrompt', () => {
  it('asks about the quoted text from an AI-safety point of view', () => {
    const prompt = buildSelectionPrompt('loss = -reward', 'python');
    assert.match(prompt, /^Explain the following text in a python file from an AI-safety point of view/);
    assert.ok(prompt.includes('```python\nloss = -reward\n```'));
  });
});

describe('planExplanation', () => {
  it('explains the term given by id, as a hover link passes it (a string or a one-element array)', () => {
    for (const argument of ['mesa-optimizer', ['mesa-optimizer'], '  mesa-optimizer ']) {
      const plan = planExplanation({ argument, selection: 'ignored' }, glossary, matcher);
      assert.ok(plan.ok);
      assert.strictEqual(plan.termId, 'mesa-optimizer');
      assert.strictEqual(plan.prompt, buildTermPrompt(term('mesa-optimizer')));
    }
  });

  it('refuses an unknown id with a printable, bounded message', () => {
    const plan = planExplanation({ argument: `nope\u0000${'x'.repeat(200)}` }, glossary, matcher);
    assert.ok(!plan.ok);
    assert.match(plan.message, /no glossary term with id 'nopex+…'/);
    assert.ok(plan.message.length < 120);
    const proto = planExplanation({ argument: '__proto__' }, glossary, matcher);
    assert.ok(!proto.ok);
  });

  it('ignores a non-id argument, such as the URI the editor context menu passes, and uses the editor', () => {
    const plan = planExplanation(
      { argument: { scheme: 'file', path: '/x.md' }, line: { text: 'A mesa-optimizer appears.', offset: 5 } },
      glossary,
      matcher,
    );
    assert.ok(plan.ok);
    assert.strictEqual(plan.termId, 'mesa-optimizer');
  });

  it('explains the first term in the selection, with the selection as context', () => {
    const selection = 'def build():\n    return MesaOptimizer(base_optimizer)';
    const plan = planExplanation({ selection, languageId: 'python', line: { text: 'reward hacking', offset: 2 } }, glossary, matcher);
    assert.ok(plan.ok);
    assert.strictEqual(plan.termId, 'mesa-optimizer');
    assert.ok(plan.prompt.includes('"Mesa-optimizer"'));
    assert.ok(plan.prompt.includes('```python\ndef build():'));
  });

  it('does not quote a selection that is just the term', () => {
    const plan = planExplanation({ selection: ' deceptive alignment ' }, glossary, matcher);
    assert.ok(plan.ok);
    assert.strictEqual(plan.termId, 'deceptive-alignment');
    assert.strictEqual(plan.prompt, buildTermPrompt(term('deceptive-alignment')));
  });

  it('explains selected text without a glossary term as text', () => {
    const plan = planExplanation({ selection: 'the agent learned to pause the game forever', languageId: 'markdown' }, glossary, matcher);
    assert.ok(plan.ok);
    assert.strictEqual(plan.termId, undefined);
    assert.strictEqual(plan.prompt, buildSelectionPrompt('the agent learned to pause the game forever', 'markdown'));
  });

  it('falls back to the term at the cursor when nothing is selected (or only whitespace)', () => {
    const line = { text: 'const opt = buildMesaOptimizer(config);', offset: 20 };
    for (const selection of [undefined, '  \n ']) {
      const plan = planExplanation({ selection, line }, glossary, matcher);
      assert.ok(plan.ok);
      assert.strictEqual(plan.termId, 'mesa-optimizer');
    }
  });

  it('says clearly when there is nothing to explain', () => {
    for (const source of [{}, { line: { text: 'just some code()', offset: 3 } }, { argument: 42 }]) {
      const plan = planExplanation(source, glossary, matcher);
      assert.ok(!plan.ok);
      assert.match(plan.message, /nothing to explain here/);
    }
  });
});
