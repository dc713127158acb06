import {
  createKeyFilter,
  type KeyFilter,
  mayContainKey,
  normalizeToken,
  type Sentence,
  signKey,
  type Token,
  tokenize,
} from '@diskurs/tokenizer';
import type { Target } from './parse-targets.js';

/** One mention of a target in a sentence. */
export interface TargetMention {
  /** Target name. */
  target: string;
  /** Index of the first token of the mention in `sentence.tokens`. */
  start: number;
  /** Index after the last token (exclusive). */
  end: number;
  /** The mention as written. */
  text: string;
  /** The alias that matched. */
  alias: string;
}

interface AliasWord {
  /** Normalised token text without `*`. */
  word: string;
  /** True for a word token (matched with genitive and case rules); punctuation matches exactly. */
  isWord: boolean;
  prefix: boolean;
  acronym: boolean;
  /** The forms that match besides the word itself, built once (see `matchesWord`). */
  forms?: AliasForms;
}

/** Forms of an alias word: possessive, genitive and declined. */
interface AliasForms {
  /** `word's` and `word'`. */
  possessive: [string, string];
  /** `words` (German genitive), unless the word ends in s, x, z or ß. */
  genitive: string | undefined;
  /** `wordn`, `wordr`, `wordm` (adjective declension inside a multiword alias). */
  declined: [string, string, string];
}

function formsOf(word: string): AliasForms {
  return {
    possessive: [`${word}'s`, `${word}'`],
    genitive: /[sxzß]$/.test(word) ? undefined : `${word}s`,
    declined: [`${word}n`, `${word}r`, `${word}m`],
  };
}

/** Tokenise an alias the way the tokenizer splits text, so `Donald J. Trump` and `People's` line up. */
function compileAlias(alias: string): AliasWord[] {
  const words: AliasWord[] = [];
  for (const chunk of alias.normalize('NFC').split(/\s+/)) {
    if (chunk === '') continue;
    const prefix = chunk.endsWith('*');
    const body = prefix ? chunk.slice(0, -1) : chunk;
    if (prefix && /[-\u2010\u2011]$/.test(body)) {
      // `US-*`: any hyphenated compound starting with `US-`.
      words.push({ word: normalizeToken(body), isWord: true, prefix: true, acronym: false });
      continue;
    }
    const tokens = tokenize(body);
    tokens.forEach((token, i) => {
      const isWord = token.kind === 'word' || token.kind === 'hashtag' || token.kind === 'mention';
      words.push({
        word: token.kind === 'word' ? token.norm : token.norm.replace(/^[#@]/, ''),
        isWord,
        prefix: prefix && i === tokens.length - 1,
        acronym: token.text.length >= 2 && /^\p{Lu}+$/u.test(token.text),
      });
    });
  }
  return words;
}

interface CompiledAlias {
  alias: string;
  words: AliasWord[];
}

interface CompiledTarget {
  name: string;
  aliases: CompiledAlias[];
}

interface CompiledTargets {
  targets: CompiledTarget[];
  /** Token keys (norm or hyphen part) a first alias word can match exactly → target indices. */
  exact: Map<string, Set<number>>;
  /** First alias words with `*`, bucketed by their first two characters → [word, target index]. */
  prefixes: Map<string, Array<[string, number]>>;
  /** Prefilter over the exact keys. */
  exactFilter: KeyFilter;
  /** `*` words of two or more characters grouped by their first two characters (see `pairOf`); entry 0 is empty. */
  prefixLists: Array<Array<[string, number]>>;
  /** Per `pairOf` value, the index of its list in `prefixLists` (0: none). */
  prefixListOf: Uint16Array;
  /** Per first character (low 8 bits) of a `*` word shorter than two characters: 1. */
  prefixFirsts: Uint8Array;
}

const compiledCache = new WeakMap<readonly Target[], CompiledTargets>();

function addKey(map: Map<string, Set<number>>, key: string, order: number): void {
  let set = map.get(key);
  if (set === undefined) {
    set = new Set();
    map.set(key, set);
  }
  set.add(order);
}

function compile(targets: readonly Target[]): CompiledTargets {
  const cached = compiledCache.get(targets);
  if (cached !== undefined) return cached;
  const compiled = targets.map((target) => ({
    name: target.name,
    aliases: target.aliases
      .map((alias) => ({
        alias,
        words: compileAlias(alias),
      }))
      .filter((alias) => alias.words.length > 0)
      // Longer aliases first, so `Vereinigte Staaten` wins over `Staaten`.
      .sort((a, b) => b.words.length - a.words.length),
  }));
  const exact = new Map<string, Set<number>>();
  const prefixes = new Map<string, Array<[string, number]>>();
  compiled.forEach((target, order) => {
    for (const alias of target.aliases) {
      const first = alias.words[0]!;
      if (first.prefix) {
        const bucket = first.word.slice(0, 2);
        const list = prefixes.get(bucket) ?? [];
        list.push([first.word, order]);
        prefixes.set(bucket, list);
        continue;
      }
      const w = first.word;
      for (const key of [w, `${w}'s`, `${w}'`, `${w}s`, `${w}n`, `${w}r`, `${w}m`]) addKey(exact, key, order);
    }
  });
  const prefixLists: Array<Array<[string, number]>> = [[]];
  const prefixListOf = new Uint16Array(1 << 14);
  const prefixFirsts = new Uint8Array(256);
  for (const list of prefixes.values()) {
    for (const entry of list) {
      const word = entry[0];
      if (word.length < 2) {
        prefixFirsts[word.charCodeAt(0) & 0xff] = 1;
        continue;
      }
      const pair = pairOf(word);
      if (prefixListOf[pair] === 0) {
        prefixListOf[pair] = prefixLists.length;
        prefixLists.push([]);
      }
      prefixLists[prefixListOf[pair]!]!.push(entry);
    }
  }
  const result: CompiledTargets = {
    targets: compiled,
    exact,
    prefixes,
    exactFilter: createKeyFilter(exact.keys(), exact.size),
    prefixLists,
    prefixListOf,
    prefixFirsts,
  };
  compiledCache.set(targets, result);
  return result;
}

/** The first two characters of a key (low 7 bits each, so the table stays small) as one number. */
function pairOf(key: string): number {
  return ((key.charCodeAt(0) & 0x7f) << 7) | (key.charCodeAt(1) & 0x7f);
}

/**
 * Add the targets whose first alias word may match `key` (a norm or hyphen part): exact forms, and
 * `*` words the key starts with. A signature test and the first two characters rule out most
 * words without a map lookup.
 */
function addCandidates(key: string, compiled: CompiledTargets, into: Set<number>, signature = signKey(key)): void {
  if (mayContainKey(compiled.exactFilter, signature)) {
    const exact = compiled.exact.get(key);
    if (exact !== undefined) for (const order of exact) into.add(order);
  }
  const list = compiled.prefixLists[compiled.prefixListOf[pairOf(key)]!]!;
  for (const [word, order] of list) if (key.startsWith(word)) into.add(order);
  if (compiled.prefixFirsts[key.charCodeAt(0) & 0xff] === 1 || key === '') {
    // `*` words of one character (or none) sit in the bucket of the key's first character.
    for (const [word, order] of compiled.prefixes.get(key.slice(0, 1)) ?? []) if (key.startsWith(word)) into.add(order);
  }
}

/** Targets that may start a mention at a token (a cheap prefilter; `matchesToken` decides). */
function candidateTargets(token: Token, compiled: CompiledTargets, into: Set<number>, signature: number | undefined): void {
  const strip = token.kind === 'hashtag' || token.kind === 'mention';
  if (strip) addCandidates(token.norm.replace(/^[#@]/, ''), compiled, into);
  else if (signature !== undefined && token.kind === 'word') addCandidates(token.norm, compiled, into, signature);
  else addCandidates(token.norm, compiled, into);
  if (token.parts === undefined || token.parts.length < 2) return;
  for (const part of token.parts) addCandidates(strip ? part.replace(/^[#@]/, '') : part, compiled, into);
}

function matchesWord(norm: string, text: string, word: AliasWord, final: boolean): boolean {
  // Every form starts with the word: a different first character rules them all out.
  if (word.word !== '' && norm.charCodeAt(0) !== word.word.charCodeAt(0)) return false;
  if (word.acronym && text === text.toLowerCase()) return false; // `US` never matches the pronoun `us`
  if (word.prefix) return norm.startsWith(word.word);
  if (norm === word.word) return true;
  word.forms ??= formsOf(word.word);
  const { possessive, genitive, declined } = word.forms;
  // German genitive (`Chinas`, `Russlands`) and English possessive (`America's`, `Brussels'`).
  if (norm === possessive[0] || norm === possessive[1]) return true;
  if (norm === genitive) return true;
  // Adjective declension inside a multiword alias: `den Vereinigten Staaten`.
  return !final && (norm === declined[0] || norm === declined[1] || norm === declined[2]);
}

function matchesToken(token: Token, word: AliasWord, final: boolean): boolean {
  if (!word.isWord) return token.norm === word.word;
  if (token.kind !== 'word' && token.kind !== 'hashtag' && token.kind !== 'mention') return false;
  const norm = token.kind === 'word' ? token.norm : token.norm.slice(1);
  if (matchesWord(norm, token.text, word, final)) return true;
  // Hyphenated compounds: `US-Regierung`, `China-Politik`, `Trump-Favoriten` mention their parts.
  if (token.parts !== undefined && token.parts.length > 1) {
    const raw = token.text.split('-');
    return token.parts.some((part, i) => matchesWord(part, raw[i] ?? part, word, true));
  }
  return false;
}

/**
 * Find the mentions of targets in a sentence (DESIGN.md §5): aliases match whole tokens
 * case-insensitively, `*` matches any ending (`amerikanisch*`), a German genitive `-s` or an
 * English `'s` matches the base (`Chinas`, `Russlands`, `America's`), multiword aliases match
 * consecutive tokens (`Vereinigte Staaten`, also declined: `Vereinigten Staaten`), and parts of
 * hyphenated compounds match (`US-Regierung`). An alias written in capitals (`US`, `EU`) does
 * not match an all-lowercase token (`us`).
 *
 * @param sentence - A tokenized sentence.
 * @param targets - Targets from `parseTargets`.
 * @returns Mentions ordered by position, then by target order; one target's mentions never overlap.
 */
export function matchTargets(sentence: Pick<Sentence, 'tokens' | 'text' | 'start'>, targets: readonly Target[]): TargetMention[] {
  return matchTargetsWith(sentence, targets, undefined);
}

/**
 * {@link matchTargets} with `signKey(norm)` of the sentence's word tokens at hand (as
 * `scoreSentenceWithQuotations` leaves them); same result.
 *
 * @param sentence - A tokenized sentence.
 * @param targets - Targets from `parseTargets`.
 * @param signatures - Per token index, the signature of a word token's norm; undefined to compute them.
 * @returns Mentions ordered by position, then by target order.
 */
export function matchTargetsWith(
  sentence: Pick<Sentence, 'tokens' | 'text' | 'start'>,
  targets: readonly Target[],
  signatures: Int32Array | undefined,
): TargetMention[] {
  const tokens = sentence.tokens;
  const compiled = compile(targets);
  let starts: Map<number, number[]> | undefined; // target index → token indices where it may start
  const found = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    candidateTargets(tokens[i]!, compiled, found, signatures?.[i]);
    if (found.size === 0) continue;
    starts ??= new Map();
    for (const order of found) {
      const list = starts.get(order) ?? [];
      list.push(i);
      starts.set(order, list);
    }
    found.clear();
  }
  if (starts === undefined) return [];
  const mentions: Array<TargetMention & { order: number }> = [];
  for (const [order, positions] of starts) {
    const target = compiled.targets[order]!;
    let free = 0; // one target's mentions never overlap
    for (const i of positions) {
      if (i < free) continue;
      for (const alias of target.aliases) {
        const n = alias.words.length;
        if (i + n > tokens.length) continue;
        let ok = true;
        for (let k = 0; k < n && ok; k++) ok = matchesToken(tokens[i + k]!, alias.words[k]!, k === n - 1);
        if (!ok) continue;
        const first = tokens[i]!;
        const last = tokens[i + n - 1]!;
        mentions.push({
          target: target.name,
          start: i,
          end: i + n,
          text: sentence.text.slice(first.start - sentence.start, last.end - sentence.start),
          alias: alias.alias,
          order,
        });
        free = i + n;
        break;
      }
    }
  }
  mentions.sort((a, b) => a.start - b.start || a.order - b.order);
  return mentions.map(({ order: _order, ...mention }) => mention);
}
