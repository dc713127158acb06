import { getGermanDictionary, type GermanDictionary } from './load-german-dictionary.js';
import { TokenizerError } from './tokenizer-error.js';

/** Options of {@link splitCompound}. */
export interface SplitCompoundOptions {
  /** Shortest part (modifier or head) in characters. Default: `3` (`4` for the head). */
  minPart?: number;
  /** Also split words the dictionary knows as a whole (`Handelskrieg`). Default: `false`. */
  splitKnown?: boolean;
}

const LINKING = ['es', 's', 'en', 'n', 'e', 'er', 'ens'];

function capitalize(s: string): string {
  return s.length === 0 ? s : s.charAt(0).toUpperCase() + s.slice(1);
}

/** A modifier (first element) as dictionary lemmas, with linking elements removed. */
function modifierParts(m: string, dict: GermanDictionary, minPart: number, depth: number): string[] | null {
  const candidates = [m];
  for (const link of LINKING) if (m.length - link.length >= minPart && m.endsWith(link)) candidates.push(m.slice(0, -link.length));
  for (const c of candidates) {
    if (c.length < minPart) continue;
    const noun = dict.noun(capitalize(c));
    if (noun !== undefined) return [noun];
  }
  for (const c of candidates) {
    if (c.length < Math.max(minPart, 4)) continue;
    const adjective = dict.adjective(c);
    if (adjective !== undefined && adjective === c) return [adjective];
    const verb = dict.verb(c + 'en') ?? dict.verb(c + 'n');
    if (verb !== undefined) return [verb];
  }
  if (depth < 3) {
    for (const c of candidates) {
      const split = splitNoun(c, dict, minPart, depth + 1);
      if (split !== null) return split;
    }
  }
  return null;
}

/** Splits a lowercased noun into dictionary lemmas, longest head first; null when it is no compound. */
function splitNoun(w: string, dict: GermanDictionary, minPart: number, depth: number): string[] | null {
  const minHead = Math.max(minPart, 4);
  for (let i = minPart; i <= w.length - minHead; i++) {
    const head = dict.noun(capitalize(w.slice(i)));
    if (head === undefined) continue;
    const modifier = modifierParts(w.slice(0, i), dict, minPart, depth);
    if (modifier !== null) return [...modifier, head];
  }
  return null;
}

/**
 * Splits a German compound noun into its parts, lexicon-based (Morphy nouns, adjectives and
 * verb stems), with the linking elements -s-, -es-, -n-, -en-, -e-, -er-, -ens- removed
 * (`Durchführungsverordnungen` → `['Durchführung', 'Verordnung']`). Hyphenated words are split
 * at their hyphens first. Parts are dictionary lemmas; a word that is not a compound (or that
 * the dictionary knows as a whole, unless `splitKnown`) comes back as `[word]`.
 * Needs the German dictionary: `await loadGermanDictionary()` (or `createAnalyzer()` with
 * lemmas or compounds on) first, else throws `TokenizerError` `DICTIONARY_NOT_LOADED`.
 *
 * @param word - A German noun.
 * @param options - See {@link SplitCompoundOptions}.
 * @returns The parts (at least one).
 */
export function splitCompound(word: string, options: SplitCompoundOptions = {}): string[] {
  const dict = getGermanDictionary();
  if (dict === null) {
    throw new TokenizerError(
      'DICTIONARY_NOT_LOADED',
      'splitCompound needs the German dictionary: await loadGermanDictionary() (or createAnalyzer()) first',
    );
  }
  if (typeof word !== 'string' || word.length === 0) return [];
  const minPart = Math.max(2, options.minPart ?? 3);
  const pieces = word.split(/[-\u2010\u2011]/).filter((p) => p.length > 0);
  if (pieces.length > 1) return pieces.flatMap((p) => splitCompound(p, options));
  const lower = word.toLowerCase();
  if (lower.length < minPart + Math.max(minPart, 4)) return [word];
  if (options.splitKnown !== true && dict.noun(capitalize(lower)) !== undefined) return [word];
  return splitNoun(lower, dict, minPart, 0) ?? [word];
}
