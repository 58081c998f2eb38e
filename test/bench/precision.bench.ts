/**
 * Precision benchmark (`npm run bench:precision`; never part of `npm test`). Annotates the corpora
 * assembled by `scripts/get-corpora.sh` under `~/.cache/ai-safety-annotations/corpora/<name>/` with
 * OUR annotator (`dist/core.js`, default settings) and with the RELEASED matcher as baseline
 * (`~/.cache/ai-safety-annotations/baseline/core.js`, built by `scripts/build-baseline.sh`), in the
 * same process, and prints:
 *
 * 1. per corpus: annotations by the baseline and by us, and the reduction. In neighbouring-field and
 *    ordinary text every annotation counts as wrong-sense; in AI-safety writing the baseline's
 *    annotations are the recall reference (see `compare`: kept, retargeted to the term a form moved
 *    to, retired with an alias the glossary dropped as not a true synonym, or lost), and our
 *    annotations outside any baseline one are counted apart as "new" (derived forms and new terms);
 * 2. per term: hits in foreign text (baseline / ours) and in AI-safety writing, and the
 *    **candidates for ambiguous**: terms that still get hits in neighbouring-field text when the
 *    ambiguity rule is off (blob rule on), with the corpora and counts to copy into ambiguity.ts;
 * 3. a sweep of the context rule's thresholds (N occurrences / K distinct unambiguous terms);
 * 4. hover cost: `termAt` with a cached context on a 5 MB line against a short line.
 *
 * Targets (printed, never asserted): in neighbouring-field text at least 99% fewer annotations than
 * the baseline; in AI-safety writing at least 97% of the baseline's annotations kept.
 * Env: AI_SAFETY_CACHE overrides the cache folder; CORPORA=a,b limits the corpora read.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type * as Core from '../../src/core/index';

type Match = Core.Match;
type Kind = 'neighbouring' | 'ordinary' | 'ai-safety';

const ROOT = path.resolve(__dirname, '../../..');
const CACHE = process.env.AI_SAFETY_CACHE ?? path.join(os.homedir(), '.cache', 'ai-safety-annotations');
const TARGET_REDUCTION = 0.99;
const TARGET_KEPT = 0.97;

interface Doc {
  readonly corpus: string;
  readonly kind: Kind;
  readonly file: string;
  readonly text: string;
}

function load<T>(file: string, hint: string): T {
  if (!fs.existsSync(file)) {
    console.error(`Missing ${file}: ${hint}`);
    process.exit(1);
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(file) as T;
}

function walk(dir: string, out: string[]): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      walk(full, out);
    } else if (entry.isFile() && entry.name !== 'CORPUS.json') {
      out.push(full);
    }
  }
}

function loadCorpora(): Doc[] {
  const base = path.join(CACHE, 'corpora');
  if (!fs.existsSync(base)) {
    console.error(`No corpora under ${base}: run scripts/get-corpora.sh (its header says how to get each repository).`);
    process.exit(1);
  }
  const only = process.env.CORPORA?.split(',').filter(Boolean);
  const docs: Doc[] = [];
  for (const name of fs.readdirSync(base).sort()) {
    if (only && !only.includes(name)) {
      continue;
    }
    const manifest = path.join(base, name, 'CORPUS.json');
    if (!fs.existsSync(manifest)) {
      continue;
    }
    const kind = (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { kind: Kind }).kind;
    const files: string[] = [];
    walk(path.join(base, name), files);
    for (const file of files) {
      docs.push({ corpus: name, kind, file: path.relative(path.join(base, name), file), text: fs.readFileSync(file, 'utf8') });
    }
  }
  return docs;
}

function pct(x: number): string {
  return Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : 'n/a';
}

function pad(s: string | number, n: number): string {
  return String(s).padStart(n);
}

/** A written form as the glossaries compare them: lower case, word joiners folded, no possessive. */
function formKey(text: string): string {
  return text.toLowerCase().replace(/['\u2019]s$/, '').replace(/[-_\s\u00a0]+/g, ' ').trim();
}

/**
 * How each baseline annotation in AI-safety writing fares with us:
 * - kept: we mark an overlapping span with the same id;
 * - retargeted: we mark an overlapping span with another id (a form that moved to its own term, such
 *   as "reward modeling", "wireheading" or "RLAIF", or a longer term that now covers it);
 * - retired: we mark nothing there and the span is a form the glossary dropped on purpose, an alias
 *   that was not a true synonym ("learned optimization", "outer objective"): by the glossary's own
 *   standard those baseline annotations were wrong;
 * - lost: everything else (mostly ambiguous words in documents without enough AI-safety context).
 * `fresh` counts our annotations that overlap no baseline one: derived forms and new terms.
 */
function compare(
  text: string,
  baseline: readonly Match[],
  ours: readonly Match[],
  retired: ReadonlySet<string>,
): { kept: number; retargeted: number; retired: number; lost: number; fresh: number; lostForms: Map<string, number> } {
  const out = { kept: 0, retargeted: 0, retired: 0, lost: 0, fresh: 0, lostForms: new Map<string, number>() };
  let j = 0;
  for (const b of baseline) {
    while (j < ours.length && (ours[j] as Match).end <= b.start) {
      j++;
    }
    let same = false;
    let other = false;
    for (let k = j; k < ours.length && (ours[k] as Match).start < b.end; k++) {
      if ((ours[k] as Match).id === b.id) {
        same = true;
      } else {
        other = true;
      }
    }
    const key = formKey(text.slice(b.start, b.end));
    if (same) {
      out.kept++;
    } else if (other) {
      out.retargeted++;
    } else if (retired.has(key) || retired.has(key.replace(/s$/, '')) || retired.has(key.replace(/es$/, ''))) {
      out.retired++;
    } else {
      out.lost++;
      const label = `${b.id}:${key}`;
      out.lostForms.set(label, (out.lostForms.get(label) ?? 0) + 1);
    }
  }
  let i = 0;
  for (const o of ours) {
    while (i < baseline.length && (baseline[i] as Match).end <= o.start) {
      i++;
    }
    const b = baseline[i];
    if (!(b && b.start < o.end)) {
      out.fresh++;
    }
  }
  return out;
}

/** Forms the released glossary had that the current one has for no term at all (removed aliases). */
function retiredForms(released: Core.Glossary, current: Core.Glossary): Set<string> {
  const now = new Set<string>();
  for (const t of current.terms) {
    for (const f of [t.term, ...t.aliases]) {
      now.add(formKey(f));
    }
  }
  const retired = new Set<string>();
  for (const t of released.terms) {
    for (const f of [t.term, ...t.aliases]) {
      if (!now.has(formKey(f))) {
        retired.add(formKey(f));
      }
    }
  }
  return retired;
}

function time(fn: () => void, minMs = 200): number {
  let runs = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  do {
    fn();
    runs++;
    elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  } while (elapsed < minMs);
  return elapsed / runs;
}

function main(): void {
  const ours = load<typeof Core>(path.join(ROOT, 'dist', 'core.js'), 'run `node esbuild.js` first.');
  const base = load<typeof Core>(path.join(CACHE, 'baseline', 'core.js'), 'run `bash scripts/build-baseline.sh` first.');
  const baselineCommit = fs.existsSync(path.join(CACHE, 'baseline', 'COMMIT'))
    ? fs.readFileSync(path.join(CACHE, 'baseline', 'COMMIT'), 'utf8').trim().slice(0, 7)
    : '?';
  const glossary = ours.loadBuiltinGlossary();
  const annotator = ours.createAnnotator(glossary);
  const always = annotator.withOptions({ ambiguousTerms: 'always' });
  const baseMatcher = base.createTermMatcher(base.loadBuiltinGlossary());
  const retired = retiredForms(base.loadBuiltinGlossary(), glossary);
  const ambiguousIds = glossary.terms.filter((t) => t.ambiguous === true).map((t) => t.id);

  const docs = loadCorpora();
  console.log(`Precision benchmark: ${docs.length} files; baseline = released matcher ${baselineCommit}; ours = dist/core.js annotator (${glossary.terms.length} terms, ${ambiguousIds.length} ambiguous: ${ambiguousIds.join(', ') || 'none'}).`);
  console.log(`Context rule: N = ${ours.DEFAULT_CONTEXT_RULE.minOccurrences} occurrences or K = ${ours.DEFAULT_CONTEXT_RULE.minDistinct} distinct unambiguous terms.\n`);

  interface Row { kind: Kind; files: number; bytes: number; baseline: number; ours: number; noAmbiguity: number; kept: number; retargeted: number; retired: number; fresh: number }
  const corpora = new Map<string, Row>();
  interface TermRow { foreignBase: number; foreignOurs: number; foreignAlways: number; safetyBase: number; safetyOurs: number; byCorpus: Map<string, number> }
  const terms = new Map<string, TermRow>();
  const termRow = (id: string): TermRow => {
    let row = terms.get(id);
    if (!row) {
      row = { foreignBase: 0, foreignOurs: 0, foreignAlways: 0, safetyBase: 0, safetyOurs: 0, byCorpus: new Map() };
      terms.set(id, row);
    }
    return row;
  };
  const examples = new Map<string, string>();
  const results: { doc: Doc; baseline: Match[] }[] = [];
  const lostForms = new Map<string, number>();

  for (const doc of docs) {
    const baseline = baseMatcher.findAll(doc.text);
    const mine = annotator.annotate(doc.text);
    const noAmbiguity = always.annotate(doc.text);
    results.push({ doc, baseline });
    let row = corpora.get(doc.corpus);
    if (!row) {
      row = { kind: doc.kind, files: 0, bytes: 0, baseline: 0, ours: 0, noAmbiguity: 0, kept: 0, retargeted: 0, retired: 0, fresh: 0 };
      corpora.set(doc.corpus, row);
    }
    row.files++;
    row.bytes += doc.text.length;
    row.baseline += baseline.length;
    row.ours += mine.length;
    row.noAmbiguity += noAmbiguity.length;
    const fate = compare(doc.text, baseline, mine, retired);
    row.kept += fate.kept;
    row.retargeted += fate.retargeted;
    row.retired += fate.retired;
    row.fresh += fate.fresh;
    if (doc.kind === 'ai-safety') {
      for (const [form, count] of fate.lostForms) {
        lostForms.set(form, (lostForms.get(form) ?? 0) + count);
      }
    }
    const foreign = doc.kind !== 'ai-safety';
    for (const m of baseline) {
      const t = termRow(m.id);
      if (foreign) {
        t.foreignBase++;
      } else {
        t.safetyBase++;
      }
    }
    for (const m of mine) {
      const t = termRow(m.id);
      if (foreign) {
        t.foreignOurs++;
        const key = `${m.id}@${doc.corpus}`;
        if (!examples.has(key)) {
          examples.set(key, `${doc.file}: …${doc.text.slice(Math.max(0, m.start - 30), m.end + 30).replace(/\s+/g, ' ')}…`);
        }
      } else {
        t.safetyOurs++;
      }
    }
    if (doc.kind === 'neighbouring') {
      for (const m of noAmbiguity) {
        const t = termRow(m.id);
        t.foreignAlways++;
        t.byCorpus.set(doc.corpus, (t.byCorpus.get(doc.corpus) ?? 0) + 1);
      }
    }
  }

  // 1. Per corpus.
  console.log('1. Per corpus (annotations; reduction against the baseline; AI-safety: kept share and new)');
  console.log(`${'corpus'.padEnd(20)} ${'kind'.padEnd(13)} ${pad('files', 6)} ${pad('KB', 7)} ${pad('baseline', 9)} ${pad('ours', 7)} ${pad('reduction', 10)} ${pad('kept', 7)} ${pad('new', 5)}`);
  const zero = (): { baseline: number; ours: number; kept: number; retargeted: number; retired: number; fresh: number } =>
    ({ baseline: 0, ours: 0, kept: 0, retargeted: 0, retired: 0, fresh: 0 });
  const totals = { neighbouring: zero(), ordinary: zero(), 'ai-safety': zero() };
  for (const [name, r] of corpora) {
    const safety = r.kind === 'ai-safety';
    console.log(
      `${name.padEnd(20)} ${r.kind.padEnd(13)} ${pad(r.files, 6)} ${pad(Math.round(r.bytes / 1024), 7)} ${pad(r.baseline, 9)} ${pad(r.ours, 7)} ` +
        `${pad(safety ? '' : pct(1 - r.ours / r.baseline), 10)} ${pad(safety ? pct((r.kept + r.retargeted) / (r.baseline - r.retired)) : '', 7)} ${pad(safety ? r.fresh : '', 5)}`,
    );
    const t = totals[r.kind];
    t.baseline += r.baseline;
    t.ours += r.ours;
    t.kept += r.kept;
    t.retargeted += r.retargeted;
    t.retired += r.retired;
    t.fresh += r.fresh;
  }
  const n = totals.neighbouring;
  const o = totals.ordinary;
  const s = totals['ai-safety'];
  const reduction = 1 - n.ours / n.baseline;
  const keptShare = (s.kept + s.retargeted) / (s.baseline - s.retired);
  console.log('');
  console.log(`Neighbouring fields: ${n.baseline} -> ${n.ours} annotations, ${pct(reduction)} fewer (target >= ${pct(TARGET_REDUCTION)}): ${reduction >= TARGET_REDUCTION ? 'MET' : 'MISS'}`);
  console.log(`Ordinary code/docs:  ${o.baseline} -> ${o.ours} annotations, ${pct(1 - o.ours / o.baseline)} fewer`);
  console.log(
    `AI-safety writing:   of ${s.baseline} baseline annotations, ${s.kept} kept with the same term and ${s.retargeted} now marked as another ` +
      `term (a form that became its own entry); ${s.retired} were forms the glossary dropped as not true synonyms.`,
  );
  console.log(
    `                     kept share = ${s.kept + s.retargeted} of ${s.baseline - s.retired} = ${pct(keptShare)} (target >= ${pct(TARGET_KEPT)}): ` +
      `${keptShare >= TARGET_KEPT ? 'MET' : 'MISS'}; counting the dropped forms as lost: ${pct((s.kept + s.retargeted) / s.baseline)}; ` +
      `${s.fresh} new (derived forms / new terms)`,
  );
  const topLost = [...lostForms].sort((a, b) => b[1] - a[1]).slice(0, 12);
  console.log(`                     most often lost: ${topLost.map(([f, c]) => `${f} ${c}`).join(', ') || 'none'}`);
  const pooledBase = s.baseline / (s.baseline + n.baseline + o.baseline);
  const pooledOurs = s.ours / (s.ours + n.ours + o.ours);
  console.log(`Pooled precision over all corpora (AI-safety annotations right, foreign ones wrong): baseline ${pct(pooledBase)}, ours ${pct(pooledOurs)}\n`);

  // 2. Per term.
  console.log('2. Per term: foreign text (baseline / ours), AI-safety writing (baseline / ours); * = ambiguous');
  const ids = [...terms.keys()].sort((a, b) => (terms.get(b)?.foreignBase ?? 0) - (terms.get(a)?.foreignBase ?? 0) || (a < b ? -1 : 1));
  for (const id of ids) {
    const t = terms.get(id) as TermRow;
    const flag = ambiguousIds.includes(id) ? '*' : ' ';
    console.log(`${flag} ${id.padEnd(34)} foreign ${pad(t.foreignBase, 5)} / ${pad(t.foreignOurs, 4)}   ai-safety ${pad(t.safetyBase, 5)} / ${pad(t.safetyOurs, 5)}`);
  }
  console.log('\nCandidates for ambiguous (hits in neighbouring-field text with the ambiguity rule off, blob rule on):');
  const candidates = ids.filter((id) => (terms.get(id)?.foreignAlways ?? 0) > 0);
  for (const id of candidates) {
    const t = terms.get(id) as TermRow;
    const where = [...t.byCorpus].sort((a, b) => b[1] - a[1]).map(([c, k]) => `{ corpus: '${c}', hits: ${k} }`).join(', ');
    console.log(`  ${ambiguousIds.includes(id) ? '[ambiguous]' : '[NOT YET]  '} ${id}: ${t.foreignAlways} — ${where}`);
  }
  if (candidates.length === 0) {
    console.log('  none');
  }
  console.log('\nRemaining foreign annotations (one example per term and corpus):');
  for (const [key, example] of [...examples].slice(0, 60)) {
    console.log(`  ${key}  ${example.slice(0, 160)}`);
  }

  // 3. Context-rule sweep.
  console.log('\n3. Context rule sweep: remaining neighbouring-field annotations and AI-safety kept share per N/K');
  for (const minOccurrences of [1, 2, 3, 4, 6, 8, 1e9]) {
    const cells: string[] = [];
    for (const minDistinct of [1, 2, 3, 4, 1e9]) {
      const a = annotator.withOptions({ contextRule: { minOccurrences, minDistinct } });
      let neighbouring = 0;
      let kept = 0;
      let baseTotal = 0;
      for (const { doc, baseline } of results) {
        if (doc.kind === 'ordinary') {
          continue;
        }
        const mine = a.annotate(doc.text);
        if (doc.kind === 'neighbouring') {
          neighbouring += mine.length;
        } else {
          const fate = compare(doc.text, baseline, mine, retired);
          kept += fate.kept + fate.retargeted;
          baseTotal += baseline.length - fate.retired;
        }
      }
      cells.push(`K=${minDistinct === 1e9 ? '∞' : minDistinct}: ${pad(neighbouring, 4)} / ${pct(kept / baseTotal)}`);
    }
    console.log(`  N=${minOccurrences === 1e9 ? '∞' : minOccurrences}  ${cells.join('   ')}`);
  }

  // 4. Hover cost.
  console.log('\n4. Hover cost: termAt with a cached context, 5 MB single line vs a 120-character line');
  const filler = 'lorem ipsum dolor sit amet, consectetur adipiscing elit; ';
  const term = 'the mesa-optimizer is deceptively aligned and red team finds scheming ';
  let long = '';
  while (long.length < 5 * 1024 * 1024) {
    long += filler.repeat(20) + term;
  }
  const short = (filler + term).slice(0, 120);
  const longContext = annotator.contextOf(long);
  const shortContext = annotator.contextOf(short);
  const mid = long.indexOf('red team', long.length / 2) + 2;
  const shortAt = short.indexOf('red team') + 2;
  const check = annotator.termAt(long, mid, longContext);
  if (check?.id !== 'red-teaming') {
    console.error(`termAt on the long line found ${JSON.stringify(check)}; expected red-teaming`);
    process.exitCode = 1;
  }
  const firstContext = time(() => annotator.contextOf(long).aboutAiSafety(mid), 50);
  const tLong = time(() => annotator.termAt(long, mid, longContext));
  const tShort = time(() => annotator.termAt(short, shortAt, shortContext));
  console.log(`  context decision (once per document version): ${firstContext.toFixed(3)} ms (reads at most 3 blocks of ${ours.DEFAULT_CONTEXT_RULE ? 64 : 64} KB)`);
  console.log(`  termAt: 5 MB line ${(tLong * 1000).toFixed(1)} µs, short line ${(tShort * 1000).toFixed(1)} µs, ratio ${(tLong / tShort).toFixed(2)} (target <= 3)`);
}

main();
