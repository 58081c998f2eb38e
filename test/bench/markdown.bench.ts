/**
 * Answer-rendering benchmark (`npm run bench`). The renderer caps what it renders, so a 5 MB answer
 * should cost about what an answer of the cap's size costs. Prints both figures and their ratio
 * (target: at most 3 times); timings are reported, never asserted. Exits 1 only when the output is
 * wrong (a 5 MB answer not marked truncated).
 */
import { DEFAULT_RENDER_CAP, createAnswerRenderer } from '../../src/core/markdown';
import { medianMs } from './stats';

const LINE = 'Mesa-optimizers pursue **their own** objectives, see [the paper](https://arxiv.org/abs/1906.01820). ';

function answerOf(chars: number): string {
  return LINE.repeat(Math.ceil(chars / LINE.length)).slice(0, chars);
}

const md = createAnswerRenderer();
const atCap = answerOf(DEFAULT_RENDER_CAP);
const huge = answerOf(5_000_000);
md.render(atCap); // warm-up

const capMs = medianMs(7, () => md.render(atCap));
const hugeMs = medianMs(7, () => md.render(huge));
const out = md.render(huge);
const ratio = hugeMs / capMs;
console.log(`render ${DEFAULT_RENDER_CAP.toLocaleString('en-US')} chars: ${capMs.toFixed(1)} ms (median of 7)`);
console.log(`render 5,000,000 chars: ${hugeMs.toFixed(1)} ms (median of 7)`);
console.log(`ratio 5 MB / cap: ${ratio.toFixed(2)} (target <= 3) ${ratio <= 3 ? 'OK' : 'MISS'}`);
if (!out.truncated) {
  console.error('wrong: a 5 MB answer was not marked truncated');
  process.exitCode = 1;
}
