/**
 * Finds glossary terms in arbitrary text the way people write them: in prose, in markdown, and inside
 * identifiers of any naming convention.
 *
 * How it works: every form of a term (its display term and aliases as written, their plural or
 * singular and British/American spelling variants, and forms derived by rule) is reduced to its
 * letters and digits and inserted into a trie held in typed arrays ({@link ./automaton}); where a
 * form has a word break or an apostrophe, the trie node records that one may come there. The scan
 * ({@link ./scan}) reads each character once and steps a small start filter with one table read
 * (a long text as two interleaved halves split at a line break); only where a word boundary is and
 * the first three characters begin some form, and bit sets on the first four, five and six
 * characters agree (for a small glossary the filter itself checks the fifth and sixth), does it walk the trie, keeping the longest accepted match whose end is a word boundary.
 * The cost is linear in the text length, and compiling is linear in the total length of the forms.
 *
 * Matching rules:
 * - Any letter case (except abbreviations, below). Words of a term may be joined by one
 *   space/tab/no-break space (U+00A0, U+202F) or a run of up to {@link MAX_SPACE_RUN} of them, one
 *   hyphen (also U+2010/U+2011), one underscore, or nothing at all: `mesa-optimizer`,
 *   `mesa optimizer`, `mesa_optimizer`, `mesaoptimizer`, `MesaOptimizer`, `MESA_OPTIMIZER` are all
 *   the same term. A break is accepted only where a form of the term has one; where the glossary
 *   writes a comma (`Helpful, honest and harmless`), the text may also write a comma and spaces.
 * - A match starts and ends on a word boundary. Boundaries are: the start/end of the text, any
 *   character that is not a letter or digit (so `_`, `-`, `.`, `'`, spaces), a lower-to-upper case
 *   change (`build|MesaOptimizer`), a letter/digit change (`v2|MesaOptimizer`), and the last capital
 *   of a run of capitals followed by a lower-case letter (`RLHF|Trainer`, `XML|MesaOptimizer`).
 *   Anywhere else a term would be inside a longer word and is not matched: `database optimizer` does
 *   not contain `base optimizer`, `metamesa-optimizer` does not contain `mesa-optimizer`.
 *   Non-ASCII letters, digits and combining marks (including astral ones) are word characters too:
 *   `ébase optimizer` is no match; an emoji or other symbol is a boundary.
 * - Plurals: `-s`, `-es` after s/x/z/ch/sh, `-ies` for a consonant + y ending; for a form that is
 *   already plural (`sleeper agents`), the singular. A possessive is not part of the match: the match
 *   for `mesa-optimizer's` (or `’s`) ends before the apostrophe. -ize/-ise, -ization/-isation and
 *   -yze/-yse spellings of every form are the same form.
 * - Derived forms ({@link ./derive}): the verb, participle and agent noun of a final `-ing` word
 *   (`reward hack`, `red-teamed`, `red teamers`, `schemer`), with reorderings when the first word is
 *   the verb's object (`fakes alignment`, `seeking power`); the adjective of a final abstract noun,
 *   its adjective modifier turned adverb (`situationally aware`, `deceptively aligned`,
 *   `inner-aligned`, `corrigible`, `sycophantic`, `goal misgeneralizes`, `misgeneralized goals`); the
 *   verb of an eponymous law (`Goodharted`). A derived form never takes a form of another term: where
 *   a written form of another term has the same letters, that term wins; where two terms derive the
 *   same form, neither gets it.
 * - Longest match wins at a position (`deceptive alignment`, never just a shorter term inside it), and
 *   matches never overlap (scanned left to right, leftmost-longest).
 * - Abbreviations (a form that is one word written in capitals in the glossary, like `ELK`, `IRL`,
 *   `SAE`, `RLHF`, `CIRL`) match only as written, in capitals, with an optional lower-case plural `s`
 *   and the derived `-ed`, `'d`, `-ed` (`ELK`, `SAEs`, `ELK_PROBE`, `trainIRLAgent`, `RLHFTrainer`,
 *   `RLHF'd`), because in lower case they are ordinary words or slang ("elk", "irl", "sae") or
 *   identifiers of something else. `rlhf_trainer`, `Sae`, `cirl` are no match.
 * - A form that is a single generic word ({@link GENERIC_WORDS}: `optimizer`, `alignment`, `mesa`,
 *   `aligned`, `hack`, `scheme`, `aware`…) is never matched on its own, even if a glossary lists it,
 *   so `Mesa` the graphics library is not a term.
 *
 * Matches never cross a line break, so matching one line (as the hover does) gives the same results
 * as matching the whole document.
 */
import type { Glossary } from '../glossary/types';
import { compile } from './automaton';
import { ASCII_SYMBOL, nonAsciiSymbol } from './charClass';
import { scan, scanExact, scanTwo } from './scan';

/** Texts at least this long are scanned as two interleaved halves. */
const TWO_STREAMS = 1 << 12;
import type { Match, TermMatcher } from './types';

export type { Match, TermMatcher } from './types';
export { MAX_SPACE_RUN } from './charClass';
export { GENERIC_WORDS, termForms, type FormSpec } from './forms';

/**
 * Compiles a matcher for the terms of `glossary` (their display terms, aliases and derived forms).
 * Compilation is done once, here; the returned matcher keeps no state between calls.
 *
 * @example
 * const m = createTermMatcher(loadBuiltinGlossary());
 * m.findAll('buildMesaOptimizer()'); // [{ id: 'mesa-optimizer', start: 5, end: 18 }]
 */
export function createTermMatcher(glossary: Glossary): TermMatcher {
  const automaton = compile(glossary);
  const ids = glossary.terms.map((t) => t.id);
  // Any match covering an offset starts at most maxSpan before it; scanning from twice that far back
  // lets the greedy scan settle into the same matches a scan of the whole text makes.
  const back = 2 * automaton.maxSpan;

  return {
    findAll(text: string): Match[] {
      const out: Match[] = [];
      const push = (termIndex: number, start: number, end: number): boolean => {
        out.push({ id: ids[termIndex] as string, start, end });
        return true;
      };
      // A long text is scanned as two interleaved halves split after a line break (see scanTwo).
      const split = text.length >= TWO_STREAMS ? text.indexOf('\n', text.length >> 1) + 1 : 0;
      if (split > 0 && split < text.length) {
        const second: Match[] = [];
        scanTwo(automaton, text, split, push, (termIndex, start, end) => {
          second.push({ id: ids[termIndex] as string, start, end });
          return true;
        });
        for (const m of second) {
          out.push(m);
        }
      } else {
        scan(automaton, text, 0, text.length, push);
      }
      return out;
    },

    termAt(text: string, offset: number): Match | undefined {
      if (!(offset >= 0 && offset <= text.length)) {
        return undefined;
      }
      const at = Math.floor(offset);
      let touching: Match | undefined;
      let covering: Match | undefined;
      scan(automaton, text, settledFrom(text, at, back), Math.min(text.length, at + 1), (termIndex, start, end) => {
        if (start > at) {
          return false;
        }
        if (at < end) {
          covering = { id: ids[termIndex] as string, start, end };
          return false;
        }
        if (at === end) {
          touching = { id: ids[termIndex] as string, start, end };
        }
        return true;
      });
      return covering ?? touching;
    },
  };
}

/**
 * Where `termAt` starts its scan: `back` characters before `at`, or just after the last character
 * before `at` that no match can contain, if that is nearer. Such a character (punctuation other than
 * a comma, a line break, a letter outside ASCII) ends every match before it, so the greedy scan from
 * just after it finds the same matches as a scan from any earlier point: the result is the same, and
 * on ordinary text the scan is shorter than `back`, which grows with the glossary's longest form.
 */
function settledFrom(text: string, at: number, back: number): number {
  const from = Math.max(0, at - back);
  for (let i = Math.min(at, text.length) - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c < 128 ? INSIDE_TERM[c] === 0 : nonAsciiSymbol(c) < 0) {
      return i + 1;
    }
  }
  return from;
}

/** Per ASCII code: 1 when the character may be part of a match (a letter, digit, break, apostrophe or comma). */
const INSIDE_TERM: Uint8Array = /* @__PURE__ */ (() => {
  const t = new Uint8Array(128);
  for (let c = 0; c < 128; c++) {
    t[c] = (ASCII_SYMBOL[c] as number) >= 0 || c === 0x2c ? 1 : 0;
  }
  return t;
})();

/**
 * For tests only: `findAll` of {@link createTermMatcher} computed the slow way, trying the exact start
 * check at every position instead of only where the start filter lets a term begin. It returns the
 * same matches; the differential tests compare the two on random text.
 * @internal
 */
export function createReferenceFindAll(glossary: Glossary): (text: string) => Match[] {
  const automaton = compile(glossary);
  const ids = glossary.terms.map((t) => t.id);
  return (text: string): Match[] => {
    const out: Match[] = [];
    scanExact(automaton, text, 0, text.length, (termIndex, start, end) => {
      out.push({ id: ids[termIndex] as string, start, end });
      return true;
    });
    return out;
  };
}
