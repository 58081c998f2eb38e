/**
 * Reading response bodies within a byte budget. fetch decompresses gzip, deflate and brotli on the
 * fly, so a body of a few kilobytes can expand to gigabytes; every count here is of decompressed
 * bytes, and reading stops (and the connection is dropped) as soon as the budget is passed, before
 * the expansion is ever held in memory.
 *
 * Free of `vscode` and of the SDK: plain web streams, so unit tests drive it directly.
 */

/** The error a budgeted stream fails with. */
export class ResponseTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The response passed its budget of ${maxBytes} bytes.`);
    this.name = 'ResponseTooLargeError';
  }
}

/** Result of {@link readTextWithin}. */
export type BudgetedText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly tooLarge: true };

/**
 * Reads a whole body as UTF-8 text if it has at most `maxBytes` (decompressed) bytes; otherwise
 * cancels it at the first chunk past the budget and reports it too large.
 *
 * @param body A response body (null reads as empty text).
 * @param maxBytes The budget in bytes.
 */
export async function readTextWithin(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<BudgetedText> {
  if (!body) {
    return { ok: true, text: '' };
  }
  const reader = body.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) {
        break;
      }
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, tooLarge: true };
      }
      parts.push(value);
    }
  } finally {
    reader.releaseLock();
  }
  const decoder = new TextDecoder();
  return { ok: true, text: parts.map((p) => decoder.decode(p, { stream: true })).join('') + decoder.decode() };
}

/**
 * Discards a body without reading it (closing the connection it came on).
 *
 * @param body A response body or null.
 */
export function discardBody(body: ReadableStream<Uint8Array> | null): void {
  void body?.cancel().catch(() => undefined);
}

const LF = 0x0a;
const CR = 0x0d;

/**
 * Passes a server-sent-event body through within a budget of `maxBytes` decompressed bytes,
 * re-cut so that every chunk is exactly one event (ending at its blank line). Past the budget it
 * calls `onTooLarge` and fails with {@link ResponseTooLargeError}, which cancels the source.
 *
 * Why re-cut: the SDK's event splitter copies and rescans everything it holds on each chunk, which
 * is quadratic when one network chunk carries thousands of tiny events (a decompressed bomb of
 * `data: {}` lines) or one event arrives in thousands of chunks. One event per chunk keeps it linear.
 * Only blank lines (`\n\n`, `\r\r`, `\r\n\r\n`, as the SDK splits) are looked for; the SDK still
 * parses everything, so a mistake here could only cost time, never change what is parsed.
 *
 * @param body The response body.
 * @param maxBytes The budget in bytes.
 * @param onTooLarge Called once, just before the stream fails for being too large.
 */
export function eventStreamWithin(
  body: ReadableStream<Uint8Array>,
  maxBytes: number,
  onTooLarge: () => void,
): ReadableStream<Uint8Array> {
  let total = 0;
  let held: Uint8Array[] = [];
  // The last three bytes seen since the previous boundary (-1 for none).
  let p1 = -1;
  let p2 = -1;
  let p3 = -1;
  const take = (piece: Uint8Array): Uint8Array => {
    if (held.length === 0) {
      return piece;
    }
    const out = concat([...held, piece]);
    held = [];
    return out;
  };
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, out) {
        total += chunk.byteLength;
        if (total > maxBytes) {
          held = [];
          onTooLarge();
          out.error(new ResponseTooLargeError(maxBytes));
          return;
        }
        let start = 0;
        for (let i = 0; i < chunk.length; i++) {
          const b = chunk[i];
          const boundary = (b === LF && (p1 === LF || (p1 === CR && p2 === LF && p3 === CR))) || (b === CR && p1 === CR);
          if (boundary) {
            out.enqueue(take(chunk.subarray(start, i + 1)));
            start = i + 1;
            p1 = p2 = p3 = -1;
          } else {
            p3 = p2;
            p2 = p1;
            p1 = b ?? -1;
          }
        }
        if (start < chunk.length) {
          held.push(chunk.subarray(start));
        }
      },
      flush(out) {
        if (held.length) {
          out.enqueue(take(new Uint8Array(0)));
        }
      },
    }),
  );
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}
