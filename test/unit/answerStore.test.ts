import { strict as assert } from 'assert';
import type { AnswerRecord } from '../../src/core/answer';
import type { Schedule } from '../../src/core/schedule';
import {
  ANSWERS_KEY,
  AnswerStore,
  INTERRUPTED_BY_RELOAD,
  MEMORY_TEXT_CAP,
  PERSIST_DEBOUNCE_MS,
  STORED_TEXT_CAP,
  STORED_TOTAL_BUDGET,
  storedSnapshot,
} from '../../src/views/answerStore';

/** Workspace state in a map, counting writes; values go through JSON like the real Memento. */
class MapStorage {
  readonly values = new Map<string, unknown>();
  writes = 0;
  get(key: string): unknown {
    return this.values.has(key) ? JSON.parse(JSON.stringify(this.values.get(key))) : undefined;
  }
  update(key: string, value: unknown): Promise<void> {
    this.writes++;
    this.values.set(key, JSON.parse(JSON.stringify(value)));
    return Promise.resolve();
  }
  stored(): AnswerRecord[] {
    return (this.get(ANSWERS_KEY) as AnswerRecord[] | undefined) ?? [];
  }
}

/** A hand-cranked timer: callbacks run only when the test calls `runAll`. */
function manualSchedule() {
  const pending = new Map<number, { callback: () => void; ms: number }>();
  let next = 0;
  const schedule: Schedule = (callback, ms) => {
    const id = next++;
    pending.set(id, { callback, ms });
    return () => pending.delete(id);
  };
  const runAll = () => {
    const due = [...pending.values()];
    pending.clear();
    due.forEach((t) => t.callback());
  };
  return { schedule, pending, runAll };
}

const base = { model: 'gpt-4o', host: 'api.openai.com', startedAt: 1 };
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('AnswerStore', () => {
  it('keeps answers newest first, at most the history size', () => {
    const store = new AnswerStore({ storage: new MapStorage(), historySize: () => 2 });
    for (const id of ['a', 'b', 'c']) {
      store.start({ id, question: id, ...base });
    }
    assert.deepEqual(store.records().map((r) => r.id), ['c', 'b']);
  });

  it('refuses a second start with the same id', () => {
    const store = new AnswerStore({ storage: new MapStorage(), historySize: () => 5 });
    assert.ok(store.start({ id: 'a', question: 'q', ...base }));
    assert.equal(store.start({ id: 'a', question: 'again', ...base }), undefined);
    assert.equal(store.records().length, 1);
  });

  it('appends to streaming answers only, and reports where the new text starts', () => {
    const store = new AnswerStore({ storage: new MapStorage(), historySize: () => 5 });
    store.start({ id: 'a', question: 'q', ...base });
    assert.equal(store.append('a', 'hello')?.before, 0);
    assert.equal(store.append('a', ' world')?.before, 5);
    assert.equal(store.append('a', ''), undefined);
    assert.equal(store.append('nobody', 'x'), undefined);
    store.finish('a', 'complete');
    assert.equal(store.append('a', 'late'), undefined);
    assert.equal(store.find('a')?.text, 'hello world');
  });

  it('stops a runaway stream at the memory cap', () => {
    const store = new AnswerStore({ storage: new MapStorage(), historySize: () => 5 });
    store.start({ id: 'a', question: 'q', ...base });
    store.append('a', 'x'.repeat(MEMORY_TEXT_CAP - 3));
    store.append('a', 'abcdef');
    assert.equal(store.find('a')?.text.length, MEMORY_TEXT_CAP);
    assert.equal(store.append('a', 'more'), undefined);
  });

  it('finishes once, with a final status and an optional error', () => {
    const store = new AnswerStore({ storage: new MapStorage(), historySize: () => 5 });
    store.start({ id: 'a', question: 'q', ...base });
    assert.equal(store.finish('a', 'streaming' as never), undefined, 'streaming is not a final status');
    assert.equal(store.finish('a', 'error', 'HTTP 500')?.error, 'HTTP 500');
    assert.equal(store.finish('a', 'complete'), undefined, 'an answer ends once');
    assert.equal(store.find('a')?.status, 'error');
  });

  it('never writes while an answer streams, and writes once per burst after it finishes', async () => {
    const storage = new MapStorage();
    const timer = manualSchedule();
    const store = new AnswerStore({ storage, historySize: () => 5, schedule: timer.schedule });
    store.start({ id: 'a', question: 'q', ...base });
    for (let i = 0; i < 1000; i++) {
      store.append('a', `chunk ${i} `);
    }
    assert.equal(timer.pending.size, 0, 'no write is scheduled for streamed text');
    store.finish('a', 'complete');
    store.start({ id: 'b', question: 'q2', ...base });
    store.finish('b', 'cancelled');
    assert.equal(timer.pending.size, 1, 'one debounced write for the burst');
    assert.equal([...timer.pending.values()][0]?.ms, PERSIST_DEBOUNCE_MS);
    assert.equal(storage.writes, 0);
    timer.runAll();
    await settle();
    assert.equal(storage.writes, 1);
    assert.deepEqual(storage.stored().map((r) => [r.id, r.status]), [['b', 'cancelled'], ['a', 'complete']]);
  });

  it('leaves a streaming answer out of the saved snapshot', async () => {
    const storage = new MapStorage();
    const timer = manualSchedule();
    const store = new AnswerStore({ storage, historySize: () => 5, schedule: timer.schedule });
    store.start({ id: 'done', question: 'q', ...base });
    store.finish('done', 'complete');
    store.start({ id: 'live', question: 'q', ...base });
    store.append('live', 'partial');
    timer.runAll();
    await settle();
    assert.deepEqual(storage.stored().map((r) => r.id), ['done']);
  });

  it('on dispose writes what is pending and keeps a streaming answer, marked interrupted', async () => {
    const storage = new MapStorage();
    const timer = manualSchedule();
    const store = new AnswerStore({ storage, historySize: () => 5, schedule: timer.schedule });
    store.start({ id: 'done', question: 'q', ...base });
    store.finish('done', 'complete');
    store.start({ id: 'live', question: 'q', ...base });
    store.append('live', 'partial');
    store.dispose();
    await settle();
    assert.equal(timer.pending.size, 0, 'the debounced write was replaced by the final one');
    const [live, done] = storage.stored();
    assert.equal(live?.status, 'interrupted');
    assert.equal(live?.error, INTERRUPTED_BY_RELOAD);
    assert.equal(live?.text, 'partial');
    assert.equal(done?.id, 'done');
  });

  it('does not write on dispose when nothing changed', async () => {
    const storage = new MapStorage();
    const store = new AnswerStore({ storage, historySize: () => 5, schedule: manualSchedule().schedule });
    store.dispose();
    await settle();
    assert.equal(storage.writes, 0);
  });

  it('loads saved answers, drops malformed ones and marks old streaming ones interrupted', () => {
    const storage = new MapStorage();
    storage.values.set(ANSWERS_KEY, [
      { id: 'a', question: 'q', ...base, text: 'answer', status: 'complete' },
      { id: 'b', question: 'q', ...base, text: 'part', status: 'streaming' },
      { id: 'c', question: 42, ...base, text: '', status: 'complete' },
      { id: 'd', question: 'q', ...base, text: '', status: 'exploded' },
      'not a record',
    ]);
    const store = new AnswerStore({ storage, historySize: () => 5 });
    assert.deepEqual(store.records().map((r) => [r.id, r.status]), [['a', 'complete'], ['b', 'interrupted']]);
    assert.equal(store.find('b')?.error, INTERRUPTED_BY_RELOAD);
  });

  it('reports a failed write instead of throwing', async () => {
    const errors: unknown[] = [];
    const storage = { get: () => undefined, update: () => Promise.reject(new Error('disk full')) };
    const store = new AnswerStore({ storage, historySize: () => 5, onSaveError: (e) => errors.push(e), schedule: manualSchedule().schedule });
    store.start({ id: 'a', question: 'q', ...base });
    store.finish('a', 'complete');
    await store.save();
    assert.equal(errors.length, 1);
  });
});

describe('storedSnapshot', () => {
  const record = (id: string, length: number, status: AnswerRecord['status'] = 'complete'): AnswerRecord => ({
    id, question: id, ...base, text: 'x'.repeat(length), status,
  });

  it('cuts each answer to the per-answer cap', () => {
    const [only] = storedSnapshot([record('a', STORED_TEXT_CAP + 10)], false);
    assert.equal(only?.text.length, STORED_TEXT_CAP);
  });

  it('keeps the newest answers within the total budget and leaves the rest out', () => {
    const records = Array.from({ length: 10 }, (_, i) => record(`r${i}`, STORED_TEXT_CAP));
    const snapshot = storedSnapshot(records, false);
    const total = snapshot.reduce((n, r) => n + r.text.length, 0);
    assert.ok(total <= STORED_TOTAL_BUDGET, `${total} characters`);
    assert.deepEqual(snapshot.map((r) => r.id), records.slice(0, snapshot.length).map((r) => r.id), 'newest first, no gaps');
    assert.ok(snapshot.length < records.length);
  });

  it('does not change the live records', () => {
    const live = record('a', STORED_TEXT_CAP + 10, 'streaming');
    storedSnapshot([live], true);
    assert.equal(live.status, 'streaming');
    assert.equal(live.text.length, STORED_TEXT_CAP + 10);
  });
});
