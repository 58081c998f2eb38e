/**
 * Cost of the annotation surfaces beyond the hover on a 5 MB file (`npm run bench`): the markdown
 * preview plugin, one highlight update (visible window plus margin), and the "Terms in This File"
 * model (bounded prefix). Prints figures and ratios against a baseline measured in the same run;
 * timings are reported, never asserted. Exits 1 only when an output is wrong.
 */
import MarkdownIt from 'markdown-it';
import { createAnnotator } from '../../src/core/annotate/annotator';
import { loadBuiltinGlossary } from '../../src/core/glossary/builtin';
import { HIGHLIGHT_MAX_WINDOW_CHARS, highlightWindows } from '../../src/core/highlightWindows';
import { previewTermsPlugin, type MarkFirstOnly } from '../../src/core/previewTerms';
import { TERMS_SCAN_LIMIT, termsInFile } from '../../src/core/termsInFile';
import { medianMs } from './stats';

const SIZE = 5_000_000;
const NOTES = [
  '## Section on learned optimization',
  '',
  'A mesa-optimizer is a learned model that is itself an optimizer; deceptive alignment and reward hacking',
  'are failure modes we discuss, with `code spans` and a [link](https://example.org) in between.',
  '',
  '- goal misgeneralization, inner alignment and outer alignment',
  '- plain words about the weather, lunch and the train timetable',
  '',
].join('\n');
const PLAIN = '## Minutes\n\nPlain words about the weather, lunch, the train timetable and the budget for next year.\n\n';

const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

const glossary = loadBuiltinGlossary();
const annotator = createAnnotator(glossary);
const byId = new Map(glossary.terms.map((t) => [t.id, t] as const));

function previewRenderer(mode: MarkFirstOnly | undefined): MarkdownIt {
  const md = new MarkdownIt({ html: true, linkify: true });
  if (mode) {
    md.use(previewTermsPlugin, { settings: () => ({ enabled: true, markFirstOnly: mode }), annotator: () => annotator, termById: (id: string) => byId.get(id) });
  }
  return md;
}

// 1. Markdown preview: markdown-it alone against markdown-it with the plugin, on 5 MB.
const notes = fill(NOTES);
const plain = fill(PLAIN);
const base = previewRenderer(undefined);
console.log('markdown preview, 5 MB (medians of 5, alternating with markdown-it alone as the baseline):');
for (const [name, text] of [['AI-safety notes', notes], ['text without terms', plain]] as const) {
  for (const mode of ['section', 'document', 'all'] as const) {
    const md = previewRenderer(mode);
    md.render(text); // warm-up
    base.render(text);
    const baseTimes: number[] = [];
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      baseTimes.push(medianMs(1, () => base.render(text)));
      times.push(medianMs(1, () => md.render(text)));
    }
    const mid = (list: number[]) => list.sort((a, b) => a - b)[2] ?? 0;
    const [ms, baseMs] = [mid(times), mid(baseTimes)];
    const marks = (md.render(text).match(/class="ai-safety-term"/g) ?? []).length;
    console.log(`  ${name}, ${mode}: ${ms.toFixed(0)} ms vs ${baseMs.toFixed(0)} ms (${(ms / baseMs).toFixed(2)}x; ${(ms - baseMs).toFixed(0)} ms from the plugin), ${marks.toLocaleString('en-US')} marks`);
    if (name === 'text without terms' && marks !== 0) {
      console.error('wrong: marks in text without terms');
      process.exitCode = 1;
    }
    if (name === 'AI-safety notes' && marks === 0) {
      console.error('wrong: no marks in AI-safety notes');
      process.exitCode = 1;
    }
  }
}

// 2. One highlight update on a 5 MB file: the visible 60 lines in the middle plus the margin.
const lines = notes.split('\n');
const lineStarts: number[] = [];
for (let i = 0, offset = 0; i < lines.length; offset += (lines[i]?.length ?? 0) + 1, i++) {
  lineStarts.push(offset);
}
const context = annotator.contextOf(notes); // once per document version, as the adapter keeps it
const middle = Math.floor(lines.length / 2);
let highlighted = 0;
const updateMs = medianMs(21, () => {
  highlighted = 0;
  for (const w of highlightWindows([{ start: middle, end: middle + 60 }], lines.length)) {
    const start = lineStarts[w.start] ?? 0;
    const end = Math.min((lineStarts[w.end + 1] ?? notes.length) - 1, start + HIGHLIGHT_MAX_WINDOW_CHARS);
    highlighted += annotator.findIn(notes.slice(start, end), context, start).length;
  }
});
const wholeMs = medianMs(3, () => annotator.annotate(notes));
console.log(`highlight update, 5 MB file: ${updateMs.toFixed(2)} ms for ${highlighted} marks (median of 21); annotating the whole file: ${wholeMs.toFixed(0)} ms (${(wholeMs / updateMs).toFixed(0)}x)`);
if (highlighted === 0) {
  console.error('wrong: no highlights');
  process.exitCode = 1;
}

// 3. "Terms in This File" on the same file: the first TERMS_SCAN_LIMIT characters.
const prefix = notes.slice(0, TERMS_SCAN_LIMIT);
let model = termsInFile('', [], () => undefined);
const viewMs = medianMs(5, () => {
  model = termsInFile(prefix, annotator.findIn(prefix, context, 0), (id) => byId.get(id), notes.length);
});
console.log(`terms view, 5 MB file (1 MB prefix): ${viewMs.toFixed(0)} ms, ${model.terms.length} terms, truncated: ${model.truncated}`);
if (!model.truncated || model.terms.length === 0) {
  console.error('wrong: the terms view model');
  process.exitCode = 1;
}
