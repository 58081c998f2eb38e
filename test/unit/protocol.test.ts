import { strict as assert } from 'assert';
import { VIEW_TEXT_CAP, parseAnswerView, parseHostMessage, parseWebviewMessage, type AnswerView } from '../../src/views/protocol';
import { initialViewState, readViewState } from '../../src/webview/viewState';

const known = (id: string) => ['mesa-optimizer', 'base-optimizer'].includes(id);

describe('webview -> host message validation', () => {
  const good: unknown[] = [
    { type: 'ready' },
    { type: 'openExternal', url: 'https://arxiv.org/abs/1906.01820' },
    { type: 'runCommand', command: 'explainWithLlm' },
    { type: 'runCommand', command: 'explainTerm', termId: 'mesa-optimizer' },
    { type: 'stopAnswer', id: 'a1b2-c3' },
    { type: 'copyAnswer', id: '6f1c0d9e-4c5b-4f0a-9a53-2d7b0c7f1e11' },
    { type: 'insertAnswer', id: 'answer-7' },
    { type: 'pin', pinned: true },
    { type: 'pin', pinned: false },
    { type: 'stateChanged', tab: 'glossary', cardId: 'base-optimizer' },
    { type: 'stateChanged', tab: 'explainer', cardId: null },
    { type: 'openTermSource', termId: 'mesa-optimizer' },
  ];

  for (const message of good) {
    it(`accepts ${JSON.stringify(message)}`, () => {
      assert.deepEqual(parseWebviewMessage(message, known), message);
    });
  }

  const bad: Array<[string, unknown]> = [
    ['null', null],
    ['a string', 'ready'],
    ['an array', [{ type: 'ready' }]],
    ['no type', { url: 'https://example.com' }],
    ['an unknown type', { type: 'eval', code: 'alert(1)' }],
    ['a type of the other direction', { type: 'showTerm', id: 'mesa-optimizer' }],
    ['a javascript: URL', { type: 'openExternal', url: 'javascript:alert(1)' }],
    ['a command: URL', { type: 'openExternal', url: 'command:workbench.action.terminal.new' }],
    ['an http URL', { type: 'openExternal', url: 'http://example.com' }],
    ['a file URL', { type: 'openExternal', url: 'file:///etc/passwd' }],
    ['a URL that is not a string', { type: 'openExternal', url: { href: 'https://example.com' } }],
    ['a command outside the allow-list', { type: 'runCommand', command: 'workbench.action.terminal.new' }],
    ['a full command id', { type: 'runCommand', command: 'aiSafety.setApiKey' }],
    ['explainTerm without a term', { type: 'runCommand', command: 'explainTerm' }],
    ['explainTerm with an unknown term', { type: 'runCommand', command: 'explainTerm', termId: 'no-such-term' }],
    ['explainTerm with a malformed term', { type: 'runCommand', command: 'explainTerm', termId: '../../etc' }],
    ['a numeric answer id', { type: 'stopAnswer', id: 7 }],
    ['an empty answer id', { type: 'copyAnswer', id: '' }],
    ['a huge answer id', { type: 'insertAnswer', id: 'x'.repeat(10_000) }],
    ['an answer id with control characters', { type: 'stopAnswer', id: 'a\nb' }],
    ['pin as a string', { type: 'pin', pinned: 'true' }],
    ['an unknown tab', { type: 'stateChanged', tab: 'settings', cardId: null }],
    ['an unknown card', { type: 'stateChanged', tab: 'glossary', cardId: 'no-such-term' }],
    ['a missing card field', { type: 'stateChanged', tab: 'glossary' }],
    ['openTermSource with an unknown term', { type: 'openTermSource', termId: 'no-such-term' }],
    ['openTermSource with a path', { type: 'openTermSource', termId: '/etc/passwd' }],
  ];

  for (const [name, message] of bad) {
    it(`rejects ${name}`, () => {
      assert.equal(parseWebviewMessage(message, known), undefined);
    });
  }

  it('returns a fresh object without extra fields', () => {
    const message = { type: 'pin', pinned: true, extra: '<script>', __proto__: { polluted: true } };
    const parsed = parseWebviewMessage(message, known);
    assert.deepEqual(parsed, { type: 'pin', pinned: true });
    assert.notEqual(parsed, message);
  });

  it('checks only the shape of term ids when no glossary is given', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'runCommand', command: 'explainTerm', termId: 'any-term' }), {
      type: 'runCommand',
      command: 'explainTerm',
      termId: 'any-term',
    });
  });
});

describe('host -> webview message validation', () => {
  const record: AnswerView = {
    id: 'r1',
    question: 'Explain mesa-optimization with a simple analogy in AI training.',
    model: 'gpt-4o',
    host: 'api.openai.com',
    startedAt: 1_700_000_000_000,
    status: 'streaming',
    text: '',
    length: 0,
  };

  const good: unknown[] = [
    { type: 'showTerm', id: 'mesa-optimizer' },
    { type: 'showTerm', id: 'mesa-optimizer', follow: true },
    { type: 'showTab', tab: 'answers' },
    { type: 'answers', records: [record, { ...record, id: 'r0', status: 'error', error: 'HTTP 401', termId: 'base-optimizer' }] },
    { type: 'answerStarted', record },
    { type: 'answerChunk', id: 'r1', text: 'Mesa', length: 4 },
    { type: 'answerFinished', id: 'r1', status: 'complete' },
    { type: 'answerFinished', id: 'r1', status: 'interrupted', error: 'The stream stalled.' },
    { type: 'pinned', pinned: true },
  ];

  for (const message of good) {
    it(`accepts ${JSON.stringify(message).slice(0, 80)}`, () => {
      assert.deepEqual(parseHostMessage(message), message);
    });
  }

  const bad: Array<[string, unknown]> = [
    ['an unknown type', { type: 'runScript' }],
    ['focusSearch, which the host no longer sends', { type: 'focusSearch' }],
    ['a malformed term id', { type: 'showTerm', id: '<img src=x>' }],
    ['an unknown tab', { type: 'showTab', tab: 'terminal' }],
    ['a record with a bad status', { type: 'answerStarted', record: { ...record, status: 'done' } }],
    ['a record with text beyond the cap', { type: 'answerStarted', record: { ...record, text: 'x'.repeat(VIEW_TEXT_CAP + 1) } }],
    ['records that are not an array', { type: 'answers', records: {} }],
    ['one bad record in a list', { type: 'answers', records: [record, { ...record, model: 42 }] }],
    ['a chunk without a length', { type: 'answerChunk', id: 'r1', text: 'x' }],
    ['a finish with status streaming', { type: 'answerFinished', id: 'r1', status: 'streaming' }],
    ['a pinned flag that is not boolean', { type: 'pinned', pinned: 1 }],
  ];

  for (const [name, message] of bad) {
    it(`rejects ${name}`, () => {
      assert.equal(parseHostMessage(message), undefined);
    });
  }

  it('never reports a length shorter than the text', () => {
    assert.equal(parseAnswerView({ ...record, text: 'abc', length: 1 })?.length, 3);
  });
});

describe('webview view state', () => {
  const isCard = (id: string) => id === 'mesa-optimizer' || id === 'base-optimizer';

  it('starts on the explainer with nothing open', () => {
    assert.deepEqual(readViewState(undefined, isCard), initialViewState());
  });

  it('restores a saved state', () => {
    const saved = { v: 1, tab: 'glossary', cardId: 'mesa-optimizer', history: ['base-optimizer'], search: 'mesa', origin: '.vscode/ai-safety-glossary.json', scroll: { glossary: 120 } };
    assert.deepEqual(readViewState(saved, isCard), saved);
  });

  it('drops unknown cards, bad tabs and malformed fields', () => {
    const state = readViewState(
      { v: 1, tab: 'nope', cardId: 'gone', history: ['gone', 7, 'mesa-optimizer'], search: 42, origin: 3, scroll: { explainer: -5, answers: 'x' } },
      isCard,
    );
    assert.deepEqual(state, { v: 1, tab: 'explainer', cardId: null, history: ['mesa-optimizer'], search: '', origin: '', scroll: {} });
  });

  it('discards state of another version', () => {
    assert.deepEqual(readViewState({ v: 2, tab: 'answers' }, isCard), initialViewState());
  });
});
