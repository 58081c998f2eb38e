import { strict as assert } from 'assert';
import { ANSWER_STATUSES, isAnswerStatus, isFinalStatus, parseAnswerRecord } from '../../src/core/answer';

describe('answer vocabulary', () => {
  it('knows six statuses, of which all but streaming are final', () => {
    assert.equal(ANSWER_STATUSES.length, 6);
    assert.deepEqual(ANSWER_STATUSES.filter(isFinalStatus), ['complete', 'truncated', 'interrupted', 'cancelled', 'error']);
    assert.equal(isAnswerStatus('exploded'), false);
    assert.equal(isAnswerStatus(undefined), false);
  });
});

describe('parseAnswerRecord', () => {
  const good = { id: 'a1', question: 'What?', model: 'gpt-4o', host: 'api.openai.com', startedAt: 5, text: 'answer', status: 'complete' };

  it('returns a fresh record with only the known fields', () => {
    const parsed = parseAnswerRecord({ ...good, termId: 'mesa-optimizer', error: 'e', extra: 'dropped' });
    assert.deepEqual(parsed, { ...good, termId: 'mesa-optimizer', error: 'e' });
  });

  const bad: Array<[string, unknown]> = [
    ['null', null],
    ['an array', [good]],
    ['an empty id', { ...good, id: '' }],
    ['an id with a newline', { ...good, id: 'a\nb' }],
    ['a numeric question', { ...good, question: 1 }],
    ['an unknown status', { ...good, status: 'exploded' }],
    ['a malformed term id', { ...good, termId: '../x' }],
    ['a negative start time', { ...good, startedAt: -1 }],
    ['a non-string error', { ...good, error: {} }],
  ];
  for (const [what, value] of bad) {
    it(`refuses ${what}`, () => {
      assert.equal(parseAnswerRecord(value), undefined);
    });
  }

  it('refuses text longer than the limit it is given', () => {
    assert.ok(parseAnswerRecord(good, 6));
    assert.equal(parseAnswerRecord(good, 5), undefined);
  });
});
