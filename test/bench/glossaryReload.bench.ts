/**
 * Glossary-file benchmark (`npm run bench`): what a user glossary of 10,000 terms costs. Prints
 * figures, as times, sizes and ratios measured in the same run; never asserts a time (a miss prints
 * MISS and the run still exits 0). It exits 1 only when results are wrong (a file term not found).
 *
 * 1. reload after saving a 10,000-term file: parse (jsonc-parser) + merge with the built-in glossary
 *    + compile the matcher + the located checks, as the extension does on every save (target: at most 300 ms);
 * 2. the compile alone of the merged glossary (target: at most 250 ms) and the memory it retains
 *    (target: at most 32 MB);
 * 3. the hover, through the calls the hover provider makes (the extension's LazyCore loaded from
 *    dist/core.js, its annotator for the settings and the folder's scope, termAt with the document's
 *    cached context, the folder's glossary and the hover's card cache), with the folder's merged
 *    glossary against the built-in glossary alone, on the same text at the same positions (target:
 *    at most 1.2 times the cost, 1.5 at worst). Rounds alternate between the two; the ratio is the
 *    median of the per-round ratios.
 *
 * Restarts itself with `--expose-gc` for the memory figure.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { createAnnotator } from '../../src/core/annotate';
import { loadBuiltinGlossary } from '../../src/core/glossary/builtin';
import { mergeGlossaries } from '../../src/core/glossary/merge';
import { parseGlossaryFile } from '../../src/core/glossary/userFile';
import { createTermMatcher } from '../../src/core/matcher';
import { syntheticGlossary } from '../fixtures/syntheticGlossary';
import { createLazyCore, type LazyCore } from '../../src/lazyCore';
import { HoverCards } from '../../src/hover/hoverCards';
import type { AnnotatorOptions } from '../../src/core/annotate';
import type * as Core from '../../src/core/index';
import type { BundleLoader } from '../../src/platform/types';
import { median, medianMs, verdict } from './stats';

declare const gc: (() => void) | undefined;

if (typeof gc !== 'function' && !process.execArgv.includes('--expose-gc')) {
  const run = spawnSync(process.execPath, ['--expose-gc', ...process.execArgv, __filename], { stdio: 'inherit' });
  process.exit(run.status ?? 1);
}

function heapUsed(): number {
  if (typeof gc === 'function') {
    gc();
    gc();
  }
  return process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
}


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
const reloadMs = medianMs(5, reload);
const parseMs = medianMs(5, () => parseGlossaryFile(fileText));
console.log(`1. Reload after save (parse + merge + compile + checks): ${reloadMs.toFixed(0)} ms (parse ${parseMs.toFixed(0)} ms); target <= 300 ms: ${verdict(reloadMs <= 300)}. Checks found ${problems.length} problems in the synthetic file.`);

const compileMs = medianMs(5, () => createTermMatcher(first.glossary));
const before = heapUsed();
const kept = createTermMatcher(first.glossary);
const retainedMb = (heapUsed() - before) / 1024 / 1024;
console.log(`2. Compile of the merged glossary (${first.glossary.terms.length} terms): ${compileMs.toFixed(0)} ms, target <= 250 ms: ${verdict(compileMs <= 250)}; retains ${retainedMb.toFixed(1)} MB, target <= 32 MB: ${verdict(retainedMb <= 32)}.`);

const sample = synthetic.terms[1234];
const line = `Notes on deceptive alignment and the ${sample?.term ?? ''} we saw in training, next to a mesa-optimizer and its base optimizer.`;
const mergedAnnotator = createAnnotator(first.glossary, {}, kept);

// The hover path as the extension runs it: the extension's own LazyCore (dist/core.js, built by
// `node esbuild.js`), one with the folder's merged glossary swapped in as a glossary-file reload does,
// and one with the built-in glossary alone. Both load the same module, so they share its compiled code.
const ROOT = path.resolve(__dirname, '../../..');
if (!fs.existsSync(path.join(ROOT, 'dist', 'core.js'))) {
  console.error('dist/core.js is missing: run `node esbuild.js --tests` first.');
  process.exit(1);
}
const FOLDER = 'file:///bench/folder';
/** `dist/core.js` as the Node host loads it (a plain require; the platform loader needs `vscode`). */
const coreBundle = (): BundleLoader<typeof Core> => ({
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  load: () => require(path.join(ROOT, 'dist', 'core.js')) as typeof Core,
  prepare: () => Promise.resolve(),
  ready: true,
  loaded: true,
});
const builtinCore = createLazyCore(coreBundle());
const mergedCore = createLazyCore(coreBundle());
{
  const core = mergedCore.module();
  const parsed = core.parseGlossaryFile(fileText);
  const result = core.mergeGlossaries(core.loadBuiltinGlossary(), [{ key: 'file:///bench/folder/.vscode/ai-safety-glossary.json', label: 'bench.json', parsed }]);
  mergedCore.update(new Map([[FOLDER, { glossary: result.glossary, matcher: result.matcher }]]));
}

/** A document to hover, the positions to hover (line, character), and what it stands for. */
interface HoverCase {
  readonly name: string;
  readonly text: string;
  readonly at: readonly (readonly [number, number])[];
}

/** Every position of the document that starts a word (where people hover). */
function wordStarts(text: string): [number, number][] {
  const out: [number, number][] = [];
  text.split('\n').forEach((l, i) => {
    for (const m of l.matchAll(/\b[A-Za-z]/g)) {
      out.push([i, (m.index ?? 0) + 1]);
    }
  });
  return out;
}

const notes = fs.readFileSync(path.join(ROOT, 'test/fixtures/workspace/notes.md'), 'utf8');
const trainer = fs.readFileSync(path.join(ROOT, 'test/fixtures/workspace/trainer.ts'), 'utf8');
const longLine = Array.from({ length: 2000 }, (_, i) => `step ${i}: the base optimizer selected a mesa-optimizer; reward hacking was ruled out.`).join(' ');
const cases: HoverCase[] = [
  { name: 'a line of notes with a file term, on "mesa-optimizer"', text: line, at: [[0, line.indexOf('mesa-optimizer') + 3]] },
  { name: 'every word of notes.md', text: notes, at: wordStarts(notes) },
  { name: 'every word of trainer.ts', text: trainer, at: wordStarts(trainer) },
  { name: 'deep in a 170 KB line', text: longLine, at: [[0, longLine.lastIndexOf('mesa-optimizer') + 3], [0, longLine.lastIndexOf('reward hacking') + 2]] },
];

/**
 * One hover, as TermHoverProvider.provideHover makes it through DocumentAnnotations.termAt: the
 * annotator for the settings (read afresh on every hover) in the document's scope, termAt on the
 * hovered line with the document's cached context, then the card of the scope's glossary.
 */
function hoverOnce(core: LazyCore, cards: HoverCards, scope: string, lineText: string, character: number, lineStart: number, context: ReturnType<ReturnType<LazyCore['annotator']>['contextOf']>): string | undefined {
  const options: AnnotatorOptions = { ambiguousTerms: 'inContext', disabledTerms: [] };
  const match = core.annotator(options, scope).termAt(lineText, character, context, lineStart);
  if (!match || character >= match.end) {
    return undefined;
  }
  return cards.markdownFor(match.id, core.glossaryFor(scope));
}

/** A function hovering every position of a case `reps` times, and the cards it found (for the check). */
function hoverRun(core: LazyCore, scope: string, c: HoverCase, reps: number): { run: () => void; found: string[] } {
  const cards = new HoverCards();
  const lines = c.text.split('\n');
  const starts: number[] = [];
  lines.reduce((offset, l) => (starts.push(offset), offset + l.length + 1), 0);
  // The provider keeps the document's context per version; computed once here, as on the first hover.
  const context = core.annotator({}, scope).contextOf(c.text);
  const found = c.at.map(([l, ch]) => hoverOnce(core, cards, scope, lines[l] ?? '', ch, starts[l] ?? 0, context)?.slice(0, 40) ?? '');
  return {
    run: () => {
      for (let r = 0; r < reps; r++) {
        for (const [l, ch] of c.at) {
          hoverOnce(core, cards, scope, lines[l] as string, ch, starts[l] as number, context);
        }
      }
    },
    found,
  };
}

console.log('3. Hover through the extension\'s hover path (LazyCore, annotator, termAt, card cache), merged (10,000 user terms) against built-in alone:');
const ratios: number[] = [];
for (const c of cases) {
  const reps = Math.max(1, Math.round(20_000 / c.at.length));
  const calls = reps * c.at.length;
  const merged = hoverRun(mergedCore, FOLDER, c, reps);
  const alone = hoverRun(builtinCore, FOLDER, c, reps);
  const mergedTimes: number[] = [];
  const builtinTimes: number[] = [];
  const perRound: number[] = [];
  for (let round = 0; round < 15; round++) {
    // Alternate which goes first, so neither always runs on a warmer cache.
    const [a, b] = round % 2 === 0 ? [merged, alone] : [alone, merged];
    const ta = medianMs(1, a.run);
    const tb = medianMs(1, b.run);
    const [tm, tbi] = round % 2 === 0 ? [ta, tb] : [tb, ta];
    mergedTimes.push(tm);
    builtinTimes.push(tbi);
    perRound.push(tm / tbi);
  }
  const ratio = median(perRound);
  ratios.push(ratio);
  const same = merged.found.filter((f, i) => f === alone.found[i]).length;
  console.log(`   ${c.name} (${c.at.length} positions): ${((median(mergedTimes) * 1000) / calls).toFixed(2)} µs against ${((median(builtinTimes) * 1000) / calls).toFixed(2)} µs per hover; ratio ${ratio.toFixed(2)}, target <= 1.2: ${verdict(ratio <= 1.2)} (at worst 1.5: ${verdict(ratio <= 1.5)}); ${same} of ${c.at.length} hovers show the same card in both.`);
}
console.log(`   Median ratio over the cases: ${median(ratios).toFixed(2)}.`);
{
  // For reference (no target): the matcher's termAt alone on the first case's line, where the merged
  // glossary has more to find before the cursor (the file's term, and "the", a form of a synthetic term).
  const at = line.indexOf('mesa-optimizer') + 3;
  const builtinMatcher = builtinCore.module().createTermMatcher(builtin);
  const rounds: number[] = [];
  const each = (m: typeof kept) => () => {
    for (let i = 0; i < 20_000; i++) {
      m.termAt(line, at);
    }
  };
  for (let round = 0; round < 15; round++) {
    const a = medianMs(1, each(kept));
    const b = medianMs(1, each(builtinMatcher));
    rounds.push(a / b);
  }
  const before = (m: typeof kept) => m.findAll(line.slice(0, at)).length;
  console.log(`   (For reference, no target: the matcher's termAt alone on that line, ratio ${median(rounds).toFixed(2)}; before the cursor the merged glossary finds ${before(kept)} terms, the built-in one ${before(builtinMatcher)}.)`);
}

const found = mergedAnnotator.annotate(line).map((m) => m.id);
const wanted = `user-${sample?.id ?? ''}`;
if (!found.includes(wanted)) {
  console.error(`WRONG: the file term ${wanted} was not found in "${line}" (found ${found.join(', ')}).`);
  process.exit(1);
}

// The hover path finds the file's term too (on its first word), and the built-in glossary alone does not.
{
  const character = line.indexOf(sample?.term ?? '') + 2;
  const context = mergedCore.annotator({}, FOLDER).contextOf(line);
  const card = hoverOnce(mergedCore, new HoverCards(), FOLDER, line, character, 0, context);
  const none = hoverOnce(builtinCore, new HoverCards(), FOLDER, line, character, 0, builtinCore.annotator({}, FOLDER).contextOf(line));
  if (!card?.includes(sample?.term ?? '') || none !== undefined) {
    console.error(`WRONG: the hover at "${sample?.term ?? ''}" showed ${card === undefined ? 'nothing' : 'another card'} with the merged glossary, ${none === undefined ? 'nothing' : 'a card'} with the built-in one.`);
    process.exit(1);
  }
}
