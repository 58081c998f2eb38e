/**
 * Compiles the forms of a glossary into the matcher's data: a trie of the forms' letters and digits
 * in typed arrays, where word breaks and apostrophes are not nodes but flags (a break may come
 * before this letter; this node has a break after it), plus the start filters ({@link ./filters})
 * the scan uses to decide cheaply where a walk of the trie is worth starting:
 * - a deterministic automaton over characters (one table read per character) whose rows are the
 *   class of the last character, whether a term may start there, and, after two characters that
 *   begin some form, those two; it flags a position when the third character continues some form;
 * - bit sets on the first four and (hashed) five characters of every form, checked on a flagged
 *   position before the walk.
 *
 * Why not one deterministic automaton over all forms, as before: subset construction over tens of
 * thousands of forms with optional breaks multiplies states and takes hundreds of megabytes. The
 * trie is linear in the total length of the forms, the filters have a fixed size (the automaton's
 * rows grow with the number of distinct first-two-letter pairs only), and since breaks are flags,
 * the walk stays deterministic: one active node, whatever breaks the text leaves out.
 */
import type { Glossary, Term } from '../glossary/types';
import { ASCII_SYMBOL, MAX_SPACE_RUN, SYM_ALNUM, SYM_APOS, SYM_SEP } from './charClass';
import { buildFilter, buildQuad, buildTriple } from './filters';
import { Tier, termForms, toSymbols, type FormSpec } from './forms';
import {
  APOS_BEFORE, APOS_CHILD, COMMA_BEFORE, COMMA_CHILD, SEP_BEFORE, SEP_CHILD, shallowChild, type Automaton,
} from './tables';

/** Term index that marks a derived form claimed by two terms: dropped. */
const CONFLICT = -2;

/** Typed arrays that grow together, one slot per node or per accept entry. */
type Columns = readonly (Int32Array | Uint8Array)[];

/** Doubles the length of each of `arrays`, keeping their contents (new slots are 0). */
function grown<T extends Columns>(arrays: T): { -readonly [K in keyof T]: T[K] } {
  return arrays.map((a) => {
    const b = new (a.constructor as new (length: number) => Int32Array | Uint8Array)(a.length * 2);
    b.set(a);
    return b;
  }) as unknown as { -readonly [K in keyof T]: T[K] };
}

/**
 * The canonical symbol string of a form outside ASCII: letters and digits, `' '` for a break and
 * `'` for an apostrophe; undefined when it has letters that are not ASCII after removing diacritics.
 */
function asciiForm(text: string): string | undefined {
  const symbols = toSymbols(text);
  if (!symbols) {
    return undefined;
  }
  return symbols
    .map((s) => (s < 26 ? String.fromCharCode(0x61 + s) : s < SYM_SEP ? String.fromCharCode(0x30 + s - 26) : s === SYM_SEP ? ' ' : "'"))
    .join('');
}

/** Builds the trie and the start filter for every form of every term of `glossary`. */
export function compile(glossary: Glossary): Automaton {
  const cap = 1 << 12;
  let firstChild: Int32Array = new Int32Array(cap);
  let sibling: Int32Array = new Int32Array(cap);
  let nodeSymbol: Uint8Array = new Uint8Array(cap);
  let nodeFlags: Uint8Array = new Uint8Array(cap);
  let nodeAccept: Int32Array = new Int32Array(cap).fill(-1);
  const accCap = 1 << 10;
  let accTerm: Int32Array = new Int32Array(accCap);
  let accTier: Uint8Array = new Uint8Array(accCap);
  let accCase: Uint8Array = new Uint8Array(accCap);
  let accStem: Uint8Array = new Uint8Array(accCap);
  let accBreaks: Uint8Array = new Uint8Array(accCap);
  let accCount = 0;
  const rootKids = new Int32Array(SYM_ALNUM);
  const pairNode = new Int32Array(SYM_ALNUM * SYM_ALNUM);
  let nodeCount = 1;
  let maxSpan = 0;

  const terms = glossary.terms;
  for (let termIndex = 0; termIndex < terms.length; termIndex++) {
    const forms = termForms(terms[termIndex] as Term);
    for (let f = 0; f < forms.length; f++) {
      const form = forms[f] as FormSpec;
      let text = form.text;
      if (!/^[\x20-\x7e]*$/.test(text)) {
        const ascii = asciiForm(text);
        if (ascii === undefined) {
          continue;
        }
        text = ascii;
      }
      // Letters and digits are nodes; a run of other characters is one break (an apostrophe on its
      // own is an apostrophe break), recorded as flags on the nodes around it.
      let node = 0;
      let depth = 0;
      let pending = 0;
      let breaks = 0;
      let span = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        const sym = ASCII_SYMBOL[c] as number;
        if (sym < 0 || sym >= SYM_SEP) {
          if (depth > 0) {
            // A comma in a form is a break that the text may also write as a comma.
            pending =
              c === 0x2c || (pending & COMMA_BEFORE) !== 0
                ? SEP_BEFORE | COMMA_BEFORE
                : sym === SYM_APOS && pending !== SEP_BEFORE
                  ? APOS_BEFORE
                  : SEP_BEFORE;
          }
          continue;
        }
        if (pending !== 0) {
          breaks |= pending;
          nodeFlags[node] =
            (nodeFlags[node] as number) |
            (pending & SEP_BEFORE ? SEP_CHILD : 0) |
            (pending & APOS_BEFORE ? APOS_CHILD : 0) |
            (pending & COMMA_BEFORE ? COMMA_CHILD : 0);
          span += pending & COMMA_BEFORE ? MAX_SPACE_RUN + 1 : pending === SEP_BEFORE ? MAX_SPACE_RUN : 1;
        }
        let child = 0;
        if (depth < 2) {
          child = shallowChild(rootKids, pairNode, nodeSymbol, node, depth, sym);
        } else {
          for (let k = firstChild[node] as number; k !== 0; k = sibling[k] as number) {
            if (nodeSymbol[k] === sym) {
              child = k;
              break;
            }
          }
        }
        if (child === 0) {
          if (nodeCount === firstChild.length) {
            [firstChild, sibling, nodeSymbol, nodeFlags, nodeAccept] = grown([firstChild, sibling, nodeSymbol, nodeFlags, nodeAccept] as const);
            nodeAccept.fill(-1, nodeCount);
          }
          child = nodeCount++;
          nodeSymbol[child] = sym;
          if (depth === 0) {
            rootKids[sym] = child;
          } else {
            if (depth === 1) {
              pairNode[(nodeSymbol[node] as number) * SYM_ALNUM + sym] = child;
            }
            sibling[child] = firstChild[node] as number;
            firstChild[node] = child;
          }
        }
        nodeFlags[child] = (nodeFlags[child] as number) | pending;
        pending = 0;
        node = child;
        depth++;
        span++;
      }
      if (depth < 2) {
        continue; // single characters are never terms (and the start filter relies on two)
      }
      maxSpan = Math.max(maxSpan, span);
      let a = nodeAccept[node] as number;
      if (a < 0) {
        if (accCount === accTerm.length) {
          [accTerm, accTier, accCase, accStem, accBreaks] = grown([accTerm, accTier, accCase, accStem, accBreaks] as const);
        }
        a = accCount++;
        nodeAccept[node] = a;
        accTerm[a] = termIndex;
        accTier[a] = form.tier;
        accCase[a] = form.caseRule;
        accStem[a] = form.stemLetters;
        accBreaks[a] = breaks;
        continue;
      }
      // Two forms with the same letters. The same term: the more permissive wins and both kinds
      // of break are allowed. Two terms: a written form beats a derived one; between written forms,
      // any case beats capitals-only, then the earlier term; two derived forms cancel out.
      const t = accTerm[a] as number;
      const replace =
        form.tier < (accTier[a] as number) ||
        (form.tier === accTier[a] && form.caseRule < (accCase[a] as number));
      if (t === termIndex) {
        accBreaks[a] = (accBreaks[a] as number) | breaks;
      } else if (!replace && form.tier === accTier[a] && form.tier === Tier.Derived) {
        accTerm[a] = CONFLICT;
      }
      if (replace) {
        accTerm[a] = termIndex;
        accTier[a] = form.tier;
        accCase[a] = form.caseRule;
        accStem[a] = form.stemLetters;
        accBreaks[a] = t === termIndex ? (accBreaks[a] as number) | breaks : breaks;
      }
    }
  }

  for (let n = 0; n < nodeCount; n++) {
    const a = nodeAccept[n] as number;
    if (a >= 0 && (accTerm[a] as number) < 0) {
      nodeAccept[n] = -1; // a derived form two terms claim: neither gets it
    }
  }
  // Renumber breadth-first, children sorted by symbol (the root's children are in rootKids, the
  // others in sibling lists), into the compact layout of Automaton.firstChild.
  const order = new Int32Array(nodeCount);
  const newId = new Int32Array(nodeCount);
  const first = new Int32Array(nodeCount + 1);
  const kids = new Int32Array(SYM_ALNUM);
  let tail = 1;
  for (let head = 0; head < nodeCount; head++) {
    const old = order[head] as number;
    first[head] = tail;
    let count = 0;
    if (head === 0) {
      for (let sym = 0; sym < SYM_ALNUM; sym++) {
        if (rootKids[sym] !== 0) {
          kids[count++] = rootKids[sym] as number;
        }
      }
    } else {
      for (let k = firstChild[old] as number; k !== 0; k = sibling[k] as number) {
        // Insertion sort by symbol: at most 36 children.
        let j = count++;
        while (j > 0 && (nodeSymbol[kids[j - 1] as number] as number) > (nodeSymbol[k] as number)) {
          kids[j] = kids[j - 1] as number;
          j--;
        }
        kids[j] = k;
      }
    }
    for (let j = 0; j < count; j++) {
      const k = kids[j] as number;
      order[tail] = k;
      newId[k] = tail++;
    }
  }
  first[nodeCount] = nodeCount;
  const symbols = new Uint8Array(nodeCount);
  const flags = new Uint8Array(nodeCount);
  const accepts = new Int32Array(nodeCount);
  for (let n = 0; n < nodeCount; n++) {
    const old = order[n] as number;
    symbols[n] = nodeSymbol[old] as number;
    flags[n] = nodeFlags[old] as number;
    accepts[n] = nodeAccept[old] as number;
  }
  for (let k = 0; k < rootKids.length; k++) {
    rootKids[k] = newId[rootKids[k] as number] as number;
  }
  for (let k = 0; k < pairNode.length; k++) {
    pairNode[k] = newId[pairNode[k] as number] as number;
  }
  const base = {
    firstChild: first,
    nodeSymbol: symbols,
    nodeFlags: flags,
    nodeAccept: accepts,
    pairNode,
    rootKids,
    acceptTerm: accTerm.slice(0, accCount),
    acceptCase: accCase.slice(0, accCount),
    acceptStem: accStem.slice(0, accCount),
    acceptBreaks: accBreaks.slice(0, accCount),
    maxSpan: maxSpan + 1,
    nodeCount,
  };
  const triple = buildTriple(base);
  const quads = buildQuad(base);
  return { ...base, triple, ...quads, ...buildFilter(rootKids, triple, quads) };
}

