import * as assert from 'assert';
import { AnswerText } from '../../src/llm/answerText';
import { REDACTED } from '../../src/core/redact';

const KEY = 'sk-test-a+b/c=d&e%f-1234567890';

function collect(key = KEY, mayEmit = () => true) {
  const deltas: string[] = [];
  const answer = new AnswerText(key, (t) => deltas.push(t), mayEmit);
  return { answer, deltas };
}

describe('AnswerText', () => {
  it('passes ordinary text straight through and counts what was received', () => {
    const { answer, deltas } = collect();
    answer.add('Hello, ');
    answer.add('world.');
    assert.deepStrictEqual(deltas, ['Hello, ', 'world.']);
    assert.strictEqual(answer.length, 13);
    assert.strictEqual(answer.finish(false), 'Hello, world.');
  });

  it('removes the key and its URL-encoded form when they arrive one character at a time', () => {
    for (const form of [KEY, encodeURIComponent(KEY), encodeURIComponent(KEY).toLowerCase()]) {
      const { answer, deltas } = collect();
      for (const ch of `key: ${form}.`) {
        answer.add(ch);
      }
      assert.strictEqual(answer.finish(false), `key: ${REDACTED}.`);
      assert.strictEqual(deltas.join(''), `key: ${REDACTED}.`);
    }
  });

  it('drops a held-back start of the key when the answer is cut', () => {
    const { answer, deltas } = collect();
    answer.add(`key: ${encodeURIComponent(KEY).slice(0, 15)}`);
    assert.strictEqual(answer.finish(true), 'key: ');
    assert.deepStrictEqual(deltas, ['key: ']);
  });

  it('at a normal end sends a short held-back tail and masks a long one', () => {
    const short = collect();
    short.answer.add('ends with sk');
    assert.strictEqual(short.answer.finish(false), 'ends with sk');
    const long = collect();
    long.answer.add(`ends with ${KEY.slice(0, 12)}`);
    assert.strictEqual(long.answer.finish(false), `ends with ${REDACTED}`);
  });

  it('sends nothing once emitting is no longer allowed, and survives a throwing consumer', () => {
    let allowed = true;
    const deltas: string[] = [];
    const answer = new AnswerText(KEY, (t) => {
      deltas.push(t);
      throw new Error('consumer failed');
    }, () => allowed);
    answer.add('first ');
    allowed = false;
    answer.add('second');
    assert.strictEqual(answer.finish(false), 'first ');
    assert.deepStrictEqual(deltas, ['first ']);
  });
});
