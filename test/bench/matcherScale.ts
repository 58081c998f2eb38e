/**
 * The scale part of the matcher benchmark: synthetic glossaries of 10,000 and 50,000 terms
 * ({@link syntheticGlossary}). For each: compile time (the first compile of that size, and the
 * median of warm ones), retained memory (`heapUsed` + `arrayBuffers` deltas around a compile, after
 * forced garbage collection, so run node with `--expose-gc`), the bytes of the matcher's typed
 * arrays, and `findAll` throughput against a bare `charCodeAt` pass over the same text, timed
 * alternately in the same process. Figures are printed, never asserted.
 */
import type { Glossary } from '../../src/core/glossary/types';
import { createTermMatcher, type TermMatcher } from '../../src/core/matcher';
import { compile } from '../../src/core/matcher/automaton';
import { syntheticGlossary } from '../fixtures/syntheticGlossary';
import { median, verdict } from './stats';

/** What the scale section needs from the main benchmark. */
export interface ScaleHelpers {
  /** Inserts written forms of the glossary's terms about every `every` characters. */
  sprinkle(glossary: Glossary, every: number): { text: string; placed: number };
  /** Times `a` and `b` alternately; medians in ms and the median ratio `b / a`. */
  timePair(a: () => unknown, b: () => unknown, reps: number, warmups?: number): { a: number; b: number; ratio: number };
  /** The baseline pass. */
  bare(text: string): number;
}

/** Targets per size: compile ms, retained MB, findAll/bare ratio (undefined: none). */
const TARGETS: Record<number, { compileMs: number; memoryMb: number; ratio?: number }> = {
  10_000: { compileMs: 250, memoryMb: 32, ratio: 0.3 },
  50_000: { compileMs: 1500, memoryMb: 160 },
};

declare const gc: (() => void) | undefined;

function collect(): NodeJS.MemoryUsage {
  if (typeof gc === 'function') {
    gc();
    gc();
  }
  return process.memoryUsage();
}

/** Sum of the byte lengths of an object's typed arrays. */
function typedBytes(o: object): number {
  let bytes = 0;
  for (const v of Object.values(o)) {
    if (ArrayBuffer.isView(v)) {
      bytes += v.byteLength;
    }
  }
  return bytes;
}

/** Runs the scale section; returns problems (wrong results), printing figures as it goes. */
export function runScale(h: ScaleHelpers): string[] {
  const problems: string[] = [];
  const mb = (bytes: number): string => (bytes / (1024 * 1024)).toFixed(1);
  if (typeof gc !== 'function') {
    console.log('  (memory figures need node --expose-gc)');
  }
  for (const size of [10_000, 50_000]) {
    const target = TARGETS[size] as { compileMs: number; memoryMb: number; ratio?: number };
    const glossary = syntheticGlossary(size, size);
    const before = collect();
    let t0 = process.hrtime.bigint();
    let matcher: TermMatcher | undefined = createTermMatcher(glossary);
    const coldMs = Number(process.hrtime.bigint() - t0) / 1e6;
    const after = collect();
    const heap = after.heapUsed - before.heapUsed;
    const buffers = after.arrayBuffers - before.arrayBuffers;
    const warm: number[] = [];
    let bytes = 0;
    for (let r = 0; r < (size > 10_000 ? 2 : 3); r++) {
      t0 = process.hrtime.bigint();
      const a = compile(glossary);
      warm.push(Number(process.hrtime.bigint() - t0) / 1e6);
      bytes = typedBytes(a);
    }
    const warmMs = median(warm);
    const retained = heap + buffers;
    console.log('');
    console.log(`${size.toLocaleString('en')} synthetic terms`);
    console.log(`  compile: first ${coldMs.toFixed(0)} ms, warm median ${warmMs.toFixed(0)} ms  target <= ${target.compileMs} ms  ${verdict(warmMs <= target.compileMs)}`);
    console.log(
      `  retained memory: ${mb(retained)} MB (heap ${mb(heap)} + array buffers ${mb(buffers)}; typed arrays ${mb(bytes)} MB)` +
        `  target <= ${target.memoryMb} MB  ${verdict(retained <= target.memoryMb * 1024 * 1024)}`,
    );
    const { text, placed } = h.sprinkle(glossary, 1500);
    const m = matcher;
    let sink = 0;
    const found = m.findAll(text).length;
    if (found < placed) {
      problems.push(`${size} terms: findAll found ${found} terms in a text with ${placed} sprinkled in`);
    }
    const pass = h.timePair(() => (sink ^= h.bare(text)), () => (sink ^= m.findAll(text).length), size > 10_000 ? 7 : 11, 2);
    const ratio = 1 / pass.ratio;
    const mbps = (ms: number): string => ((text.length / (1024 * 1024)) / (ms / 1000)).toFixed(0);
    console.log(
      `  findAll ${mbps(pass.b)} MB/s vs bare pass ${mbps(pass.a)} MB/s: ratio ${ratio.toFixed(2)}` +
        (target.ratio === undefined ? '  (no target)' : `  target >= ${target.ratio}  ${verdict(ratio >= target.ratio)}`) +
        `  (${found} matches, ${placed} sprinkled; checksum ${sink & 1})`,
    );
    matcher = undefined;
  }
  return problems;
}
