import { type KeyFilter, mayContainKey, signKey, type Token } from '@diskurs/tokenizer';
import { getLexiconFilters, type LexiconFilters } from './get-lexicon-filters.js';
import type { ContributionRule, LexiconHit, LexiconLanguage, Lexicons } from './types.js';

/** A lexicon match for one token. */
export interface TokenMatch extends LexiconHit {
  /** The key that matched. */
  match: string;
  /** How it matched: directly (`lexicon`), by compound head (`compound`), or in the other language (`fallback`). */
  rule: Extract<ContributionRule, 'lexicon' | 'compound' | 'fallback'>;
}

/** Context of {@link lookupToken}. */
export interface LookupContext {
  /** Language whose lexicon is tried first. */
  lang: LexiconLanguage;
  /** Try the other language's lexicon when the first has nothing. */
  fallback: boolean;
  /** Compound splitter for German words, or undefined. */
  splitCompound: ((word: string) => string[]) | undefined;
  /** True for the first word of the sentence (its capital says nothing about nouns). */
  sentenceInitial: boolean;
  /** Is `norm` a stopword in `lang`? Guards the fallback against function words. */
  isStopword: (norm: string, lang: LexiconLanguage) => boolean;
}

/**
 * Words that exist in both languages with different meanings. They never fall back to the other
 * language's lexicon (`die`, `war`, `Gift`, `Kind`, `hell`, `arm`, …).
 */
export const FALSE_FRIENDS: ReadonlySet<string> = new Set([
  'also', 'arm', 'art', 'bad', 'bald', 'bin', 'boot', 'brief', 'die', 'fast', 'gift', 'hell', 'hut', 'kind',
  'man', 'mist', 'not', 'rat', 'rock', 'rot', 'see', 'tag', 'taste', 'toll', 'war', 'will', 'wink', 'handy',
  'chef', 'fix', 'pest', 'rente', 'rage', 'bitte', 'lust', 'so', 'super', 'gross', 'dick', 'stark', 'bang',
  'eventual', 'sensible', 'gymnasium', 'provision',
]);

/** True when `norm` contains ä, ö, ü or ß (a character loop: this runs for most words). */
function hasGermanLetter(norm: string): boolean {
  for (let i = 0; i < norm.length; i++) {
    const code = norm.charCodeAt(i);
    if (code === 0xe4 || code === 0xf6 || code === 0xfc || code === 0xdf) return true;
  }
  return false;
}

/** True when the token starts with a capital letter (`norm` is the lowercased text). */
function isCapitalised(token: Token): boolean {
  return token.text.charCodeAt(0) !== token.norm.charCodeAt(0);
}

function find(
  index: Map<string, LexiconHit>,
  filter: KeyFilter,
  prefixes: Map<string, LexiconHit>,
  token: Token,
  signature: number,
): { hit: LexiconHit; key: string } | undefined {
  let found: { hit: LexiconHit; key: string } | undefined;
  const direct = mayContainKey(filter, signature) ? index.get(token.norm) : undefined;
  if (direct !== undefined) found = { hit: direct, key: token.norm };
  else if (token.lemma !== undefined && token.lemma !== token.norm) {
    const byLemma = mayContainKey(filter, signKey(token.lemma)) ? index.get(token.lemma) : undefined;
    if (byLemma !== undefined) found = { hit: byLemma, key: token.lemma };
  }
  if (prefixes.size > 0) {
    // A wildcard of a higher-priority lexicon (a user dictionary) beats an exact entry of a lower one.
    for (let length = token.norm.length; length > 0; length--) {
      const prefix = token.norm.slice(0, length);
      const hit = prefixes.get(prefix);
      if (hit === undefined) continue;
      if (found === undefined || hit.rank < found.hit.rank) found = { hit, key: `${prefix}*` };
      break;
    }
  }
  return found;
}

function findHead(index: Map<string, LexiconHit>, token: Token, context: LookupContext): { hit: LexiconHit; key: string } | undefined {
  const parts = token.parts;
  if (parts !== undefined && parts.length > 1) {
    const head = parts[parts.length - 1]!;
    const hit = index.get(head);
    if (hit !== undefined) return { hit, key: head };
  }
  if (context.lang !== 'de' || context.splitCompound === undefined || token.norm.length < 6) return undefined;
  // Only nouns (capitalised in German): `untersucht` is no compound of `Sucht`.
  if (!isCapitalised(token)) return undefined;
  let split: string[];
  try {
    split = context.splitCompound(token.text);
  } catch {
    return undefined;
  }
  if (split.length < 2) return undefined;
  const head = split[split.length - 1]!.toLowerCase();
  if (head.length < 3) return undefined;
  const hit = index.get(head);
  return hit === undefined ? undefined : { hit, key: head };
}

function toMatch(found: { hit: LexiconHit; key: string }, rule: TokenMatch['rule']): TokenMatch {
  return { score: found.hit.score, source: found.hit.source, rank: found.hit.rank, match: found.key, rule };
}

/** May `token` of a `lang` sentence be looked up in the other language's lexicon? */
function mayFallBack(token: Token, context: LookupContext): boolean {
  const capitalised = isCapitalised(token);
  const looksForeign =
    context.lang === 'de'
      ? // English words inside German text are written in lower case; capitalised words are German nouns.
        !capitalised && !hasGermanLetter(token.norm)
      : // German words inside English text: nouns (capitalised, not sentence-initial) or umlauts.
        hasGermanLetter(token.norm) || (capitalised && !context.sentenceInitial);
  return looksForeign && !FALSE_FRIENDS.has(token.norm) && !context.isStopword(token.norm, context.lang);
}

/**
 * Look a word token up: its `norm`, then its `lemma`, then (German) the head of a compound, then
 * the other language's lexicon for words that look foreign in the sentence.
 *
 * @param token - A word token.
 * @param lexicons - Combined lexicons.
 * @param context - Language and switches.
 * @returns The match, or undefined.
 */
export function lookupToken(token: Token, lexicons: Lexicons, context: LookupContext): TokenMatch | undefined {
  return lookupTokenWith(token, lexicons, context, getLexiconFilters(lexicons), signKey(token.norm));
}

/**
 * {@link lookupToken} with the lexicon prefilters and the token's `signKey(norm)` at hand (the
 * scorer's per-token path; same result).
 *
 * @param token - A word token.
 * @param lexicons - Combined lexicons.
 * @param context - Language and switches.
 * @param filters - `getLexiconFilters(lexicons)`.
 * @param signature - `signKey(token.norm)`.
 * @returns The match, or undefined.
 */
export function lookupTokenWith(
  token: Token,
  lexicons: Lexicons,
  context: LookupContext,
  filters: LexiconFilters,
  signature: number,
): TokenMatch | undefined {
  const index = lexicons[context.lang];
  const found = find(index, filters[context.lang], lexicons.prefixes[context.lang], token, signature);
  if (found !== undefined) return toMatch(found, 'lexicon');
  const head = findHead(index, token, context);
  if (head !== undefined) return toMatch(head, 'compound');
  if (!context.fallback) return undefined;
  const other: LexiconLanguage = context.lang === 'de' ? 'en' : 'de';
  const otherFilter = filters[other];
  // Nothing to find in the other lexicon (most words): skip the checks, which read the token's text.
  if (
    lexicons.prefixes[other].size === 0 &&
    !mayContainKey(otherFilter, signature) &&
    (token.lemma === undefined || token.lemma === token.norm || !mayContainKey(otherFilter, signKey(token.lemma)))
  ) {
    return undefined;
  }
  if (!mayFallBack(token, context)) return undefined;
  const foreign = find(lexicons[other], otherFilter, lexicons.prefixes[other], token, signature);
  if (foreign !== undefined) return toMatch(foreign, 'fallback');
  return undefined;
}
