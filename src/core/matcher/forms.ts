/**
 * The written forms of a glossary term that the matcher accepts: the display term and aliases as
 * written, their plural (or singular) and British/American spelling variants, the forms derived by
 * rule ({@link ./derive}), and, for abbreviations, the capitals-only forms. Also the reduction of a
 * form to automaton symbols and the generic-word rule.
 */
import type { Term } from '../glossary/types';
import { ASCII_SYMBOL, SYM_APOS, SYM_SEP, isNonAsciiWordChar, nonAsciiSymbol } from './charClass';
import { WORD_SPLIT, derivedForms } from './derive';

/**
 * Single words that are never a term on their own, whatever a glossary says or a rule derives: they
 * are far too common in code and prose (and `mesa` is also a graphics library). Compared after
 * normalisation (lower case, no separators).
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set([
  'optimizer', 'optimizers', 'optimiser', 'optimisers', 'optimization', 'optimisation', 'optimize', 'optimise',
  'alignment', 'aligned', 'misalignment', 'mesa', 'base', 'objective', 'objectives', 'control', 'debate',
  'model', 'models', 'reward', 'rewards', 'agent', 'agents', 'policy', 'training', 'learning', 'safety',
  'oversight', 'exploration', 'amplification', 'interpretability', 'measures', 'goal', 'goals',
  // Words the derivation rules could make out of a one-word term: ordinary English on their own.
  'misaligned', 'optimized', 'optimised', 'aware', 'unaware', 'hack', 'hacks', 'hacked', 'hacker', 'hackers',
  'scheme', 'schemes', 'schemed', 'team', 'teams', 'teamed', 'game', 'games', 'gamed', 'gamer', 'gamers',
  'fake', 'fakes', 'faked', 'seek', 'seeks', 'seeker', 'seekers', 'emergent', 'convergent', 'interpretable',
  'generalized', 'generalised', 'safe', 'safely', 'relevant', 'important', 'sought',
]);

/** How an accepted form must be written, beyond matching its symbols. */
export const enum CaseRule {
  /** Any case. */
  Any = 0,
  /** An abbreviation: its stem in capitals, any letters after the stem (plural `s`, `ed`, `'d`) in lower case. */
  Capitals = 1,
}

/** Which kind of form it is; lower wins when two terms claim the same symbols. */
export const enum Tier {
  /** The display term or an alias as written, or its plural, singular or other-spelling variant. */
  Written = 0,
  /** A form derived by rule; dropped where another term claims the same symbols. */
  Derived = 1,
}

/** One accepted form of a term. */
export interface FormSpec {
  /** The form's text (words separated by spaces, hyphens, apostrophes as written). */
  readonly text: string;
  /** See {@link CaseRule}. */
  readonly caseRule: CaseRule;
  /** For {@link CaseRule.Capitals}: how many letters and digits form the capitalised stem. */
  readonly stemLetters: number;
  /** See {@link Tier}. */
  readonly tier: Tier;
}

/**
 * The stem of an abbreviation: a form that is one word written in capitals and digits (at least one
 * capital), optionally followed by a lower-case plural `s` (`SAEs` has the stem `SAE`).
 */
export function abbreviationStem(form: string): string | undefined {
  const m = /^([A-Z0-9]*[A-Z][A-Z0-9]*?)s?$/.exec(form.trim());
  return m && m[1] !== undefined && m[1].length >= 2 ? m[1] : undefined;
}

/**
 * The form itself plus its plural (or, for a form already plural, its singular): `-s`, `-es` after
 * s/x/z/ch/sh, `-ies` after a consonant + y. Works on the last word; leaves digits alone.
 */
export function pluralVariants(form: string): string[] {
  let i = form.length;
  while (i > 0 && isAlnum(form.charCodeAt(i - 1))) {
    i--;
  }
  const word = form.slice(i).toLowerCase();
  if (word.length < 2 || /\d$/.test(word)) {
    return [form];
  }
  if (/(ss|x|z|ch|sh)$/.test(word)) {
    return [form, `${form}es`];
  }
  if (word.endsWith('s')) {
    return /(us|is)$/.test(word) ? [form] : [form, form.slice(0, -1)];
  }
  if (/[^aeiou]y$/.test(word)) {
    return [form, `${form.slice(0, -1)}ies`];
  }
  return [form, `${form}s`];
}

/** Whether a character code is an ASCII letter or digit. */
function isAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}

/** American and British endings that are the same word: -ize/-ise (and -ization/-isation, -izer…), -yze/-yse. */
const SPELLING = /(i|y)([zs])(e|es|ed|ing|er|ers|ation|ations)$/i;

/**
 * The form in both spellings of every word ending in -ize/-ise, -ization/-isation, -yze/-yse (and
 * their inflections): `misgeneralized goal` → also `misgeneralised goal`. Includes the form itself.
 */
export function spellingVariants(form: string): string[] {
  if (!/[iy][zs]/i.test(form)) {
    return [form];
  }
  let out = [''];
  const parts = form.split(/([\s\-_\u00a0\u2010\u2011\u202f]+)/);
  for (const part of parts) {
    const m = SPELLING.exec(part);
    if (!m || (m[1] === 'y' && /ation/.test(m[3] as string))) {
      out = out.map((o) => o + part);
      continue;
    }
    const head = part.slice(0, m.index);
    const other = m[2] === 'z' ? 's' : 'z';
    const alt = `${head}${m[1]}${other}${m[3]}`;
    out = out.flatMap((o) => [o + part, o + alt]);
  }
  return out;
}

/**
 * Reduces a form to symbols: letters lower-cased, digits kept, an apostrophe between letters kept as
 * an apostrophe, any other run of characters as one word break. Returns undefined for forms with
 * letters outside ASCII after removing diacritics (the automaton's alphabet is ASCII).
 */
export function toSymbols(form: string): number[] | undefined {
  const plain = /^[\x20-\x7e]*$/.test(form) ? form : form.normalize('NFD').replace(/\p{M}/gu, '');
  const out: number[] = [];
  let pendingBreak: number | undefined;
  for (let i = 0; i < plain.length; i++) {
    const c = plain.charCodeAt(i);
    const sym = c < 128 ? (ASCII_SYMBOL[c] ?? -1) : nonAsciiSymbol(c);
    if (sym >= 0 && sym < SYM_SEP) {
      if (pendingBreak !== undefined && out.length > 0) {
        out.push(pendingBreak);
      }
      pendingBreak = undefined;
      out.push(sym);
    } else if (c >= 128 && sym < 0 && isNonAsciiWordChar(String.fromCodePoint(plain.codePointAt(i) ?? c))) {
      return undefined;
    } else if (sym === SYM_APOS) {
      pendingBreak = pendingBreak === SYM_SEP ? SYM_SEP : SYM_APOS;
    } else {
      pendingBreak = SYM_SEP;
    }
  }
  return out.length > 0 ? out : undefined;
}

/**
 * Every form the matcher accepts for a term, written ones first. Duplicates (same text in lower
 * case) are removed, keeping the lower tier.
 */
export function termForms(term: Pick<Term, 'term' | 'aliases'>): FormSpec[] {
  const out: FormSpec[] = [];
  const seen = new Set<string>();
  const push = (text: string, tier: Tier, caseRule = CaseRule.Any, stemLetters = 0): void => {
    const key = caseRule === CaseRule.Capitals ? text : text.toLowerCase();
    if (!seen.has(key) && !GENERIC_WORDS.has(key)) {
      seen.add(key);
      out.push({ text, tier, caseRule, stemLetters });
    }
  };
  const written = [term.term, ...term.aliases];
  const derivable: string[] = [];
  for (const form of written) {
    const stem = abbreviationStem(form);
    if (stem !== undefined) {
      const n = stem.length;
      push(stem, Tier.Written, CaseRule.Capitals, n);
      push(`${stem}s`, Tier.Written, CaseRule.Capitals, n);
      continue;
    }
    for (const spelled of spellingVariants(form)) {
      for (const v of pluralVariants(spelled)) {
        push(v, Tier.Written);
      }
    }
    derivable.push(form);
  }
  for (const form of written) {
    const stem = abbreviationStem(form);
    if (stem !== undefined) {
      // RLHF -> RLHFed, RLHF'd, RLHF-ed (a model that was RLHF'd).
      for (const suffix of ['ed', "'d", '-ed']) {
        push(`${stem}${suffix}`, Tier.Derived, CaseRule.Capitals, stem.length);
      }
    }
  }
  for (const form of derivable) {
    if (form.trim().split(WORD_SPLIT).length === 1 && GENERIC_WORDS.has(form.trim().toLowerCase())) {
      continue;
    }
    for (const d of derivedForms(form)) {
      for (const spelled of spellingVariants(d.text)) {
        for (const v of d.noun ? pluralVariants(spelled) : [spelled]) {
          push(v, Tier.Derived);
        }
      }
    }
  }
  return out;
}
