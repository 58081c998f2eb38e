/**
 * Glossary-file benchmark (`npm run bench`): what a user glossary of 10,000 terms costs. Prints
 * figures, as times, sizes and ratios measured in the same run; never asserts a time (a miss prints
 * MISS and the run still exits 0). It exits 1 only when results are wrong (a file term not found).
 *
 * 1. reload after saving a 10,000-term file: parse (jsonc-parser) + merge with the built-in glossary
 *    + compile the matcher + the located checks, as the extension does on every save (target: at most 300 ms);
 * 2. the compile alone of the merged glossary (target: at most 250 ms) and the memory it retains
 *    (target: at most 32 MB);
 * 3. the hover: termAt on a line of prose with the merged glossary against the built-in glossary
 *    alone (target: at most 1.5 times the cost).
 *
 * Restarts itself with `--expose-gc` for the memory figure.
 */
import { spawnSync } from 'child_process';
import { createAnnotator } from '../../src/core/annotate';
import { loadBuiltinGlossary } from '../../src/core/glossary/builtin';
import { mergeGlossaries } from '../../src/core/glossary/merge';
import { parseGlossaryFile } from '../../src/core/glossary/userFile';
import { createTermMatcher } from '../../src/core/matcher';
import { syntheticGlossary } from '../fixtures/syntheticGlossary';

declare const gc: (() => void) | undefined;

if (typeof gc !== 'function' && !process.execArgv.includes('--expose-gc')) {
  const run = spawnSync(process.execPath, ['--expose-gc', ...process.execArgv, __filename], { stdio: 'inherit' });
  process.exit(run.status ?? 1);
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function time(fn: () => unknown, reps: number): number {
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(times);
}

function heapUsed(): number {
  if (typeof gc === 'function') {
    gc();
    gc();
  }
  return process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
}

const verdict = (ok: boolean): string => (ok ? 'PASS' : 'MISS');

const builtin = loadBuiltinGlossary();
const synthetic = syntheticGlossary(10_000, 7);
const fileText = JSON.stringify(
  {
    $schema: 'https://example.org/schema.json',
    terms: synthetic.terms.map((t) => ({ id: `user-${t.id}`, term: t.term, aliases: t.aliases, definition: t.definition })),
  },
  null,
  2,
);
console.log(`Glossary file: ${synthetic.terms.length} terms, ${(fileText.length / 1024 / 1024).toFixed(2)} MB of JSON.`);

const reload = () => {
  const parsed = parseGlossaryFile(fileText);
  return mergeGlossaries(builtin, [{ key: 'file:///bench.json', label: 'bench.json', parsed }]);
};
const first = reload();
const problems = first.problems.get('file:///bench.json') ?? [];
const reloadMs = time(reload, 5);
const parseMs = time(() => parseGlossaryFile(fileText), 5);
console.log(`1. Reload after save (parse + merge + compile + checks): ${reloadMs.toFixed(0)} ms (parse ${parseMs.toFixed(0)} ms); target <= 300 ms: ${verdict(reloadMs <= 300)}. Checks found ${problems.length} problems in the synthetic file.`);

const compileMs = time(() => createTermMatcher(first.glossary), 5);
const before = heapUsed();
const kept = createTermMatcher(first.glossary);
const retainedMb = (heapUsed() - before) / 1024 / 1024;
console.log(`2. Compile of the merged glossary (${first.glossary.terms.length} terms): ${compileMs.toFixed(0)} ms, target <= 250 ms: ${verdict(compileMs <= 250)}; retains ${retainedMb.toFixed(1)} MB, target <= 32 MB: ${verdict(retainedMb <= 32)}.`);

const sample = synthetic.terms[1234];
const line = `Notes on deceptive alignment and the ${sample?.term ?? ''} we saw in training, next to a mesa-optimizer and its base optimizer.`;
const mergedAnnotator = createAnnotator(first.glossary, {}, kept);
const builtinAnnotator = createAnnotator(builtin);
const context = mergedAnnotator.contextOf(line);
const builtinContext = builtinAnnotator.contextOf(line);
const offset = line.indexOf('mesa-optimizer') + 3;
const reps = 20_000;
const hover = (annotator: typeof mergedAnnotator, ctx: typeof context) => () => {
  for (let i = 0; i < reps; i++) {
    annotator.termAt(line, offset, ctx);
  }
};
const builtinHover = time(hover(builtinAnnotator, builtinContext), 7);
const mergedHover = time(hover(mergedAnnotator, context), 7);
const ratio = mergedHover / builtinHover;
console.log(`3. Hover (termAt) with the merged glossary: ${((mergedHover * 1000) / reps).toFixed(2)} µs against ${((builtinHover * 1000) / reps).toFixed(2)} µs with the built-in glossary alone; ratio ${ratio.toFixed(2)}, target <= 1.5: ${verdict(ratio <= 1.5)}.`);

const found = mergedAnnotator.annotate(line).map((m) => m.id);
const wanted = `user-${sample?.id ?? ''}`;
if (!found.includes(wanted)) {
  console.error(`WRONG: the file term ${wanted} was not found in "${line}" (found ${found.join(', ')}).`);
  process.exit(1);
}
