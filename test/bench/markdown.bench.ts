/**
 * Answer-rendering benchmark (`npm run bench`). The renderer caps what it renders, so a 5 MB answer
 * should cost about what an answer of the cap's size costs. Prints both figures and their ratio
 * (target: at most 3 times); timings are reported, never asserted. Exits 1 only when the output is
 * wrong (a 5 MB answer not marked truncated).
 */
import { DEFAULT_RENDER_CAP, createAnswerRenderer } from '../../src/core/markdown';

const LINE = 'Mesa-optimizers pursue **their own** objectives, see [the paper](https://arxiv.org/abs/1906.01820). ';

function answerOf(chars: number): string {
  return LINE.repeat(Math.ceil(chars / LINE.length)).slice(0, chars);
}

/** Median milliseconds of `runs` calls of `fn`. */
function median(runs: number, fn: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

const md = createAnswerRenderer();
const atCap = answerOf(DEFAULT_RENDER_CAP);
const huge = answerOf(5_000_000);
md.render(atCap); // warm-up

const capMs = median(7, () => md.render(atCap));
const hugeMs = median(7, () => md.render(huge));
const out = md.render(huge);
const ratio = hugeMs / capMs;
console.log(`render ${DEFAULT_RENDER_CAP.toLocaleString('en-US')} chars: ${capMs.toFixed(1)} ms (median of 7)`);
console.log(`render 5,000,000 chars: ${hugeMs.toFixed(1)} ms (median of 7)`);
console.log(`ratio 5 MB / cap: ${ratio.toFixed(2)} (target <= 3) ${ratio <= 3 ? 'OK' : 'MISS'}`);
if (!out.truncated) {
  console.error('wrong: a 5 MB answer was not marked truncated');
  process.exitCode = 1;
}
