import * as assert from 'assert';
import { eventStreamWithin, readTextWithin, ResponseTooLargeError } from '../../src/llm/responseBody';

const bytes = (text: string) => new TextEncoder().encode(text);

/** A body that yields `chunks` on demand and records how many were pulled and whether it was cancelled. */
function source(chunks: readonly Uint8Array[]) {
  const seen = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const next = chunks[seen.pulled++];
        if (next) {
          controller.enqueue(next);
        } else {
          controller.close();
        }
      },
      cancel() {
        seen.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, seen };
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) {
    out.push(chunk);
  }
  return out;
}

const text = (chunks: readonly Uint8Array[]) => chunks.map((c) => Buffer.from(c).toString('utf8'));

describe('responseBody', () => {
  describe('readTextWithin', () => {
    it('reads a body within the budget as UTF-8, even with a character split across chunks', async () => {
      const euro = bytes('€');
      const { stream } = source([bytes('price: '), euro.subarray(0, 1), euro.subarray(1), bytes('5')]);
      assert.deepStrictEqual(await readTextWithin(stream, 100), { ok: true, text: 'price: €5' });
      assert.deepStrictEqual(await readTextWithin(null, 100), { ok: true, text: '' });
    });

    it('stops at the first chunk past the budget, cancels the body and reads nothing more', async () => {
      const chunk = new Uint8Array(1000);
      const { stream, seen } = source(Array.from({ length: 1000 }, () => chunk));
      assert.deepStrictEqual(await readTextWithin(stream, 2500), { ok: false, tooLarge: true });
      assert.strictEqual(seen.pulled, 3);
      assert.ok(seen.cancelled);
    });
  });

  describe('eventStreamWithin', () => {
    it('re-cuts the stream into one chunk per event, for LF, CR and CRLF blank lines split anywhere', async () => {
      const events = ['data: {"a":1}\n\n', 'data: {"b":2}\r\r', 'data: {"c":3}\r\n\r\n', 'data: [DONE]\n\n'];
      const all = events.join('');
      for (let cut = 1; cut < all.length; cut++) {
        const { stream } = source([bytes(all.slice(0, cut)), bytes(all.slice(cut))]);
        assert.deepStrictEqual(text(await readAll(eventStreamWithin(stream, 1000, () => assert.fail('not too large')))), events, `cut at ${cut}`);
      }
    });

    it('joins one event that arrives in many small chunks, and passes a tail without a blank line at the end', async () => {
      const event = `data: ${'x'.repeat(50)}\n\n`;
      const { stream } = source([...event].map(bytes).concat([bytes('data: tail')]));
      assert.deepStrictEqual(text(await readAll(eventStreamWithin(stream, 1000, () => undefined))), [event, 'data: tail']);
    });

    it('fails past the budget with ResponseTooLargeError, calling onTooLarge once and cancelling the body', async () => {
      const chunk = bytes('data: {}\n\n'.repeat(100));
      const { stream, seen } = source(Array.from({ length: 100 }, () => chunk));
      let calls = 0;
      const limited = eventStreamWithin(stream, 2500, () => calls++);
      await assert.rejects(readAll(limited), (err: unknown) => err instanceof ResponseTooLargeError && err.maxBytes === 2500);
      assert.strictEqual(calls, 1);
      assert.ok(seen.cancelled);
      assert.ok(seen.pulled <= 4, `pulled ${seen.pulled} chunks`);
    });
  });
});
