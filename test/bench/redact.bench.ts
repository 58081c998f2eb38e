/**
 * Redaction benchmark (part of `npm run bench`). Redaction runs on every error message and every
 * piece of a streamed answer, and a hostile server chooses that text, so its cost must grow linearly
 * with the text. Prints, for adversarial inputs of growing size, the time per character at the largest
 * size as a ratio to that at the smallest, measured in the same run (target: at most 3; a quadratic
 * pattern would give about 16),
 * and the cost of streaming an answer through the hold-back check against plain concatenation.
 *
 * Timings are reported, never asserted: a miss prints MISS and the run still exits 0. The run exits 1
 * only when a result is wrong (the key survives, or text other than the key is changed).
 */
import { REDACTED, redactForms, redactSecrets, secretForms, secretPrefixAtEnd } from '../../src/core/redact';

const KEY = 'sk-proj-Ab12Cd34Ef56Gh78Ij90Kl12Mn34Op56Qr78St90Uv12Wx34Yz56';
const SIZES = [25_000, 100_000, 400_000];
let wrong = false;

/** Adversarial inputs: runs of near-misses for every pattern and every per-character form of the key. */
const INPUTS: Record<string, (n: number) => string> = {
  'sk- runs': (n) => 'sk-'.repeat(Math.ceil(n / 3)).slice(0, n),
  'bearer runs': (n) => 'bearer '.repeat(Math.ceil(n / 7)).slice(0, n),
  'authorization runs': (n) => 'authorization:'.repeat(Math.ceil(n / 14)).slice(0, n),
  'key prefix near-misses': (n) => `${KEY.slice(0, 30)}!`.repeat(Math.ceil(n / 31)).slice(0, n),
  'entity near-misses': (n) => '&#115;&#107;&#45;&#112;x'.repeat(Math.ceil(n / 24)).slice(0, n),
  'zero-width near-misses': (n) => `${[...KEY.slice(0, 20)].join('\u200b')}!`.repeat(Math.ceil(n / 40)).slice(0, n),
};

function time(fn: () => void): number {
  // Best of three, to damp noise from other processes.
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return best;
}

console.log('redactSecrets on adversarial text (best of 3; ratio = ns per character at the largest size / at the smallest)');
for (const [name, make] of Object.entries(INPUTS)) {
  const perChar: number[] = [];
  const cells: string[] = [];
  for (const n of SIZES) {
    const text = make(n);
    const ms = time(() => redactSecrets(text, [KEY]));
    perChar.push((ms * 1e6) / n);
    cells.push(`${n.toLocaleString('en-US')}: ${ms.toFixed(1)} ms`);
  }
  const ratio = (perChar[perChar.length - 1] ?? 0) / (perChar[0] ?? 1);
  console.log(`  ${name.padEnd(24)} ${cells.join(', ')}; ratio ${ratio.toFixed(2)} ${ratio <= 3 ? 'ok' : 'MISS'}`);
}

// Correctness on the same shapes: an embedded key goes, the rest stays.
for (const [name, make] of Object.entries(INPUTS)) {
  const filler = make(10_000);
  const out = redactSecrets(`${filler} ${KEY} ${filler}`, [KEY]);
  if (out.includes(KEY) || !out.includes(REDACTED)) {
    console.log(`WRONG: the key survived in "${name}"`);
    wrong = true;
  }
}

// Streaming: an answer of 2 MB in 40-character pieces through redaction and hold-back, against concatenation.
const forms = secretForms(KEY);
const answer = 'The mesa-optimizer pursues its own objective, s'.repeat(45_000);
const pieces: string[] = [];
for (let i = 0; i < answer.length; i += 40) {
  pieces.push(answer.slice(i, i + 40));
}
let delivered = '';
const guarded = time(() => {
  let pending = '';
  delivered = '';
  for (const piece of pieces) {
    pending = redactForms(pending + piece, forms);
    const hold = secretPrefixAtEnd(pending, forms);
    delivered += pending.slice(0, pending.length - hold);
    pending = pending.slice(pending.length - hold);
  }
  delivered += pending;
});
const plain = time(() => {
  let out = '';
  for (const piece of pieces) {
    out += piece;
  }
  if (out.length !== answer.length) {
    throw new Error('unreachable');
  }
});
if (delivered !== answer) {
  console.log('WRONG: streaming changed an answer without the key');
  wrong = true;
}
console.log(
  `streaming ${(answer.length / 1e6).toFixed(1)} MB in ${pieces.length.toLocaleString('en-US')} pieces: ${guarded.toFixed(0)} ms guarded, ` +
    `${plain.toFixed(1)} ms plain concatenation (${(answer.length / 1e6 / (guarded / 1000)).toFixed(0)} MB/s guarded)`,
);
process.exitCode = wrong ? 1 : 0;
