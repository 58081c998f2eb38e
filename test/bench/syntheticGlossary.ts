/**
 * Synthetic glossaries for the scale benchmark: realistic in shape (multi-word terms of mixed
 * lengths built from English-like words, shared first words, -ing/-ness/-ment/-ization heads that
 * the derivation rules work on, some abbreviations, British spelling aliases), deterministic by seed.
 */
import type { Glossary, Term } from '../../src/core/glossary/types';
import { seededRandom } from '../fixtures/random';

const ONSETS = ['b', 'c', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'w', 'br', 'cl', 'cr', 'dr', 'fl', 'gr', 'pl', 'pr', 'sc', 'sp', 'st', 'tr', 'str', 'th', 'sh', 'ch'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ea', 'ai', 'io', 'ou', 'ee'];
const CODAS = ['', '', 'n', 'r', 'l', 's', 't', 'nt', 'st', 'rm', 'ct', 'x', 'nd', 'ck', 'mp'];
const SUFFIXES = ['', '', '', '', 'ing', 'ness', 'ment', 'ization', 'ity', 'ance', 'ive', 'al', 'er', 'ic', 'ency', 'ous'];

/** A pseudo-English word of 1-4 syllables with a common suffix. */
function word(next: () => number): string {
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  let w = '';
  const syllables = 1 + Math.floor(next() * next() * 4);
  for (let i = 0; i < syllables; i++) {
    w += pick(ONSETS) + pick(VOWELS) + (i === syllables - 1 ? pick(CODAS) : '');
  }
  return w + pick(SUFFIXES);
}

const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/**
 * A glossary of `count` terms: 1-4 words (mostly 2), first words drawn from a shared pool so that
 * terms share prefixes, about 6% with a 2-5 letter abbreviation alias, British spelling aliases for
 * -ization heads, and a synonym alias for a fifth of them.
 */
export function syntheticGlossary(count: number, seed = 1): Glossary {
  const next = seededRandom(seed);
  const pool = Array.from({ length: Math.max(50, Math.floor(count / 20)) }, () => word(next));
  const seen = new Set<string>();
  const terms: Term[] = [];
  while (terms.length < count) {
    const n = 1 + Math.floor(next() * 3.2) + (next() < 0.1 ? 1 : 0);
    const words: string[] = [];
    for (let i = 0; i < n; i++) {
      words.push(i === 0 && n > 1 && next() < 0.7 ? (pool[Math.floor(next() * pool.length)] as string) : word(next));
    }
    const text = words.join(next() < 0.2 ? '-' : ' ');
    const key = text.replace(/[-\s]/g, '');
    if (key.length < 6 || seen.has(key)) {
      continue;
    }
    seen.add(key);
    const aliases: string[] = [];
    if (/ization$/.test(text)) {
      aliases.push(text.replace(/ization$/, 'isation'));
    }
    if (n > 1 && next() < 0.06) {
      const abbr = words.map((w) => w.charAt(0).toUpperCase()).join('') + (next() < 0.3 ? 'X' : '');
      if (!seen.has(abbr)) {
        seen.add(abbr);
        aliases.push(abbr);
      }
    }
    if (next() < 0.2) {
      const synonym = `${word(next)} ${words[words.length - 1] as string}`;
      if (!seen.has(synonym.replace(/\s/g, ''))) {
        seen.add(synonym.replace(/\s/g, ''));
        aliases.push(synonym);
      }
    }
    terms.push({
      id: `t${terms.length}-${key.slice(0, 20)}`,
      term: cap(text),
      aliases,
      definition: 'Synthetic.',
      explanation: 'Synthetic.',
      related: [],
      source: { authors: 'Synthetic', work: 'Synthetic', year: 2020, url: 'https://example.org/', role: 'canonical' },
    });
  }
  return { terms };
}
