/**
 * The statistics the benchmarks share (a helper module, not a benchmark: `npm run bench` runs only
 * the `*.bench.js` files). Figures are printed, never asserted.
 */

/** The median of `values` (the upper one of an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Median milliseconds of `runs` calls of `fn`. */
export function medianMs(runs: number, fn: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(times);
}

/** How a figure compares with its target, in the printed report. */
export function verdict(ok: boolean): string {
  return ok ? 'PASS' : 'MISS';
}
