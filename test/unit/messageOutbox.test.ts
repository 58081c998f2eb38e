import { strict as assert } from 'assert';
import type { Schedule } from '../../src/core/schedule';
import { FLUSH_MS, MessageOutbox } from '../../src/views/messageOutbox';
import type { HostToWebview } from '../../src/views/protocol';

describe('MessageOutbox', () => {
  function setup() {
    const sent: HostToWebview[] = [];
    const timers: Array<{ callback: () => void; ms: number; cancelled: boolean }> = [];
    const schedule: Schedule = (callback, ms) => {
      const t = { callback, ms, cancelled: false };
      timers.push(t);
      return () => (t.cancelled = true);
    };
    const outbox = new MessageOutbox((m) => sent.push(m), schedule);
    const fire = () => timers.filter((t) => !t.cancelled).forEach((t) => t.callback());
    return { sent, timers, outbox, fire };
  }

  it('sends nothing until the flush timer fires, then everything in order', () => {
    const { sent, timers, outbox, fire } = setup();
    outbox.queue({ type: 'pinned', pinned: true });
    outbox.queue({ type: 'showTab', tab: 'answers' });
    assert.equal(sent.length, 0);
    assert.equal(timers.length, 1, 'one timer for the batch');
    assert.equal(timers[0]?.ms, FLUSH_MS);
    fire();
    assert.deepEqual(sent.map((m) => m.type), ['pinned', 'showTab']);
  });

  it('merges consecutive chunks of the same answer', () => {
    const { sent, outbox, fire } = setup();
    outbox.queue({ type: 'answerChunk', id: 'a', text: 'one ', length: 4 });
    outbox.queue({ type: 'answerChunk', id: 'a', text: 'two', length: 7 });
    outbox.queue({ type: 'answerChunk', id: 'b', text: 'other', length: 5 });
    outbox.queue({ type: 'answerChunk', id: 'a', text: '!', length: 8 });
    fire();
    assert.deepEqual(sent, [
      { type: 'answerChunk', id: 'a', text: 'one two', length: 7 },
      { type: 'answerChunk', id: 'b', text: 'other', length: 5 },
      { type: 'answerChunk', id: 'a', text: '!', length: 8 },
    ]);
  });

  it('drops what is queued on clear, and cancels the timer', () => {
    const { sent, timers, outbox, fire } = setup();
    outbox.queue({ type: 'pinned', pinned: false });
    outbox.clear();
    assert.equal(timers[0]?.cancelled, true);
    fire();
    assert.equal(sent.length, 0);
  });
});
