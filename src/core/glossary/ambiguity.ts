/**
 * Which built-in terms are ambiguous: their words have other common senses outside AI safety, so
 * they are annotated only where the document is about AI safety (see src/core/annotate/context.ts).
 *
 * Decided from measurements, never by guess: each entry records the corpora in which the term was
 * annotated in a foreign sense with the ambiguity rule off, with the number of hits. The figures come
 * from `npm run bench:precision` (its "candidates for ambiguous" list) over the corpora that
 * `scripts/get-corpora.sh` assembles: measured first on 2026-11-30 (53 terms, released matcher), again
 * on 2026-12-01 (158 terms, rewritten matcher). Rerun it after glossary changes and extend this list.
 *
 * Not listed, on purpose: `inverse-reinforcement-learning` and `in-context-learning` (their one hit
 * each in meta-learning text is the same ML sense), `prompt-injection` (its hits in security tooling
 * are about prompt injection into AI systems, the same sense) and `reward-model` (4 hits of
 * "preference model" in Chromium's copyright file with the released glossary; none now).
 */
import type { Term } from './types';

/** One corpus measurement: how often a term was annotated in its foreign sense. */
export interface WrongSenseCount {
  /** Corpus name, as in `~/.cache/ai-safety-annotations/corpora/<name>/` (see scripts/get-corpora.sh). */
  readonly corpus: string;
  /** Annotations the released matcher made there: all wrong-sense (the corpus is foreign text). */
  readonly hits: number;
}

/** Why a term is ambiguous: its other senses and the measured evidence. */
export interface AmbiguityEvidence {
  /** Id of the built-in term. */
  readonly id: string;
  /** The other common senses, in a few words. */
  readonly otherSenses: string;
  /** Wrong-sense hits per neighbouring-field corpus (released matcher, before this rule). */
  readonly measured: readonly WrongSenseCount[];
  /**
   * When only some written forms of the term have other senses: those forms (any case and word
   * joiner, plural allowed). The term's other forms are distinctive and annotated everywhere, and
   * count as evidence of AI-safety context. Omitted: every form is ambiguous.
   */
  readonly forms?: readonly string[];
}

/** The ambiguous built-in terms with their evidence, ordered by id. */
export const AMBIGUOUS_TERMS: readonly AmbiguityEvidence[] = [
  {
    id: 'backdoors',
    otherSenses: 'a backdoor into a computer system (malware, remote-access services)',
    measured: [{ corpus: 'red-team', hits: 27 }],
  },
  {
    id: 'base-optimizer',
    otherSenses: 'the wrapped optimizer of SAM, Lookahead and other optimizer wrappers (`base_optimizer`)',
    measured: [{ corpus: 'sam-lookahead', hits: 17 }, { corpus: 'learned-optimizers', hits: 4 }],
  },
  {
    id: 'circuits',
    otherSenses: 'quantum and electronic circuits; a judge\'s circuit in fiction',
    measured: [{ corpus: 'quantum', hits: 835 }, { corpus: 'novels', hits: 2 }],
  },
  {
    id: 'collusion',
    otherSenses: 'secret agreement between people, in law, economics and fiction',
    measured: [{ corpus: 'novels', hits: 3 }],
  },
  {
    id: 'eliciting-latent-knowledge',
    otherSenses: 'ELK, the Elasticsearch-Logstash-Kibana stack',
    measured: [{ corpus: 'elastic-stack', hits: 3 }],
    // Only the abbreviation is foreign; "eliciting latent knowledge" is distinctive.
    forms: ['ELK'],
  },
  {
    id: 'iterated-amplification',
    otherSenses: 'IDA, the Interactive Disassembler (IDA Pro, IDAPython); the Linux kernel ID allocator',
    measured: [{ corpus: 'ida-pro', hits: 58 }],
    // Only the abbreviation is foreign; "iterated amplification" and "iterated distillation and amplification" are distinctive.
    forms: ['IDA'],
  },
  {
    id: 'local-learning-coefficient',
    otherSenses: 'LLC, a limited liability company (copyright lines: "Google LLC")',
    measured: [{ corpus: 'learned-optimizers', hits: 270 }, { corpus: 'debian-doc', hits: 26 }, { corpus: 'ida-pro', hits: 11 }],
    // Only the abbreviation is foreign; "local learning coefficient" is distinctive.
    forms: ['LLC'],
  },
  {
    id: 'red-teaming',
    otherSenses: 'security red teams and adversary emulation (Atomic Red Team, penetration tests)',
    measured: [{ corpus: 'red-team', hits: 5247 }, { corpus: 'wpa3-sae', hits: 1 }],
  },
  {
    id: 'responsible-scaling-policy',
    otherSenses: 'RSP, the x86-64 stack pointer register',
    measured: [{ corpus: 'red-team', hits: 6 }],
    // Only the abbreviation is foreign; "responsible scaling policy" is distinctive.
    forms: ['RSP'],
  },
  {
    id: 'scheming',
    otherSenses: 'plotting characters in fiction (a schemer, scheming relatives)',
    measured: [{ corpus: 'novels', hits: 13 }],
  },
  {
    id: 'singleton',
    otherSenses: 'the singleton design pattern in code; a one-element set',
    measured: [{ corpus: 'debian-doc', hits: 14 }, { corpus: 'node-modules', hits: 4 }, { corpus: 'source-maps', hits: 2 }],
  },
  {
    id: 'situational-awareness',
    otherSenses: 'an operator\'s or attacker\'s awareness of a network or battlefield',
    measured: [{ corpus: 'red-team', hits: 2 }],
  },
  {
    id: 'sparse-autoencoders',
    otherSenses: 'SAE, the Simultaneous Authentication of Equals handshake of WPA3',
    measured: [{ corpus: 'wpa3-sae', hits: 2668 }],
    // Only the abbreviation is foreign; "sparse autoencoder(s)" is distinctive.
    forms: ['SAE'],
  },
  {
    id: 'superposition',
    otherSenses: 'quantum superposition of states; the superposition principle of linear systems',
    measured: [{ corpus: 'quantum', hits: 47 }],
  },
  {
    id: 'sycophancy',
    otherSenses: 'flattery between people, as in novels (sycophantic arts)',
    measured: [{ corpus: 'novels', hits: 6 }],
  },
];

/**
 * Per ambiguous term id, its ambiguous written forms when only some forms are (see
 * {@link AmbiguityEvidence.forms}); the annotator's default `ambiguousForms`.
 */
export const AMBIGUOUS_FORMS: ReadonlyMap<string, readonly string[]> = new Map(
  AMBIGUOUS_TERMS.flatMap((entry) => (entry.forms ? [[entry.id, entry.forms] as const] : [])),
);

/** Ids of {@link AMBIGUOUS_TERMS}. */
export const AMBIGUOUS_TERM_IDS: ReadonlySet<string> = new Set(AMBIGUOUS_TERMS.map((entry) => entry.id));

/** The terms with `ambiguous: true` set on those listed in {@link AMBIGUOUS_TERMS} (others unchanged). */
export function markAmbiguous(terms: readonly Term[]): Term[] {
  return terms.map((term) => (AMBIGUOUS_TERM_IDS.has(term.id) ? { ...term, ambiguous: true } : term));
}
