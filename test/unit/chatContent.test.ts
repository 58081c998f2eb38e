import * as assert from 'assert';
import { buildQuestionPrompt, lookupResultText, MAX_CONTEXT_TERMS, mentionedTerms, relatedTerms, termAsText } from '../../src/core/chatContent';
import { loadBuiltinGlossary } from '../../src/core/glossary/builtin';
import { findTerm } from '../../src/core/glossary/glossary';
import type { Term } from '../../src/core/glossary/types';
import { createTermMatcher } from '../../src/core/matcher';
import { MAX_PROMPT_CHARS } from '../../src/core/prompt';
import { CLOSEST_COUNT, lookupTerm } from '../../src/core/termLookup';

const glossary = loadBuiltinGlossary();
const matcher = createTermMatcher(glossary);

function term(id: string): Term {
  const t = findTerm(glossary, id);
  assert.ok(t, `glossary has ${id}`);
  return t;
}

describe('looking a term up by name', () => {
  it('finds a term by id, display name or alias in any case and spelling', () => {
    for (const query of ['mesa-optimizer', 'Mesa-optimizer', 'MESA OPTIMIZER', 'mesa_optimizer', ' mesa-optimiser ']) {
      const r = lookupTerm(glossary, matcher, query);
      assert.ok(r.found && r.term.id === 'mesa-optimizer', query);
    }
    const rlhf = lookupTerm(glossary, matcher, 'RLHF');
    assert.ok(rlhf.found && rlhf.term.id === 'rlhf');
  });

  it('finds a term written in a form only the matcher knows, such as a plural', () => {
    const r = lookupTerm(glossary, matcher, 'mesa-optimizers?');
    assert.ok(r.found && r.term.id === 'mesa-optimizer');
  });

  it('offers the three closest entries for an unknown name', () => {
    const r = lookupTerm(glossary, matcher, 'mesa optimisatoin');
    assert.ok(!r.found);
    assert.strictEqual(r.closest.length, CLOSEST_COUNT);
    assert.ok(r.closest.some((t) => t.id === 'mesa-optimization'), r.closest.map((t) => t.id).join());
  });

  it('does not take a sentence that merely mentions a term for the term', () => {
    const r = lookupTerm(glossary, matcher, 'why is deceptive alignment worse than reward hacking');
    assert.ok(!r.found);
  });
});

describe('glossary context for chat prompts', () => {
  it('lists the distinct terms a question mentions, in order, at most five', () => {
    const ids = mentionedTerms('Is deceptive alignment a kind of inner alignment failure? And deceptive alignment vs RLHF?', glossary, matcher).map((t) => t.id);
    assert.deepStrictEqual(ids, ['deceptive-alignment', 'inner-alignment', 'rlhf']);
    const many = glossary.terms.slice(0, 12).map((t) => t.term).join(', ');
    assert.strictEqual(mentionedTerms(many, glossary, matcher).length, MAX_CONTEXT_TERMS);
  });

  it('puts each mentioned entry with its source into the prompt and asks to cite it', () => {
    const t = term('deceptive-alignment');
    const prompt = buildQuestionPrompt('What is deceptive alignment?', [t]);
    assert.ok(prompt.includes('What is deceptive alignment?'));
    assert.ok(prompt.includes(t.definition));
    assert.ok(prompt.includes(t.source!.url));
    assert.match(prompt, /cite its source/);
  });

  it('asks without glossary context when no term is mentioned, and stays bounded', () => {
    const prompt = buildQuestionPrompt('What should I read first?', []);
    assert.ok(!prompt.includes('Glossary entries'));
    assert.ok(buildQuestionPrompt('x'.repeat(50_000), glossary.terms.slice(0, 5)).length <= MAX_PROMPT_CHARS);
  });

  it('describes an entry with its id, definition, explanation and source role', () => {
    const t = term('mesa-optimizer');
    const text = termAsText(t);
    assert.ok(text.startsWith(`${t.term} (glossary id: mesa-optimizer)`));
    assert.ok(text.includes(`Definition: ${t.definition}`));
    assert.ok(text.includes(`Explanation: ${t.explanation}`));
    assert.ok(text.includes(`${t.source!.role === 'coined' ? 'Coined in' : 'See'}: ${t.source!.authors}`));
  });

  it("gives the tool's answer: the entry with related ids, or the closest entries", () => {
    const found = lookupResultText('mesa-optimizer', { found: true, term: term('mesa-optimizer') });
    assert.ok(found.includes('Related glossary ids: '));
    const missing = lookupResultText('flux capacitor', { found: false, closest: [term('rlhf'), term('reward-model')] });
    assert.match(missing, /no entry for "flux capacitor"\. The closest entries are:\n- /);
    assert.ok(missing.includes(`(id: rlhf): ${term('rlhf').definition}`));
    assert.match(lookupResultText('x', { found: false, closest: [] }), /has no entry for "x"\.$/);
  });

  it('resolves related terms for follow-ups, skipping unknown ids', () => {
    const t = term('mesa-optimizer');
    const related = relatedTerms({ ...t, related: [...t.related, 'no-such-term'] }, glossary);
    assert.deepStrictEqual(related.map((r) => r.id), t.related.filter((id) => findTerm(glossary, id)));
  });
});
