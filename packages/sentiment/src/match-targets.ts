import { normalizeToken, type Sentence, type Token, tokenize } from '@diskurs/tokenizer';
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
  /** Token key → targets it may start (filled as keys are met; see `candidatesOf`). */
  candidates: Map<string, readonly number[]>;
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
  const result = { targets: compiled, exact, prefixes, candidates: new Map<string, readonly number[]>() };
  compiledCache.set(targets, result);
  return result;
}

const NO_CANDIDATES: readonly number[] = [];

/** Cached candidate lists per compiled target set are dropped when they grow past this many keys. */
const MAX_CACHED_KEYS = 100_000;

/** Targets whose first alias word may match `key` (a norm or hyphen part): exact forms and `*` prefixes. */
function candidatesOf(key: string, compiled: CompiledTargets): readonly number[] {
  let list = compiled.candidates.get(key);
  if (list !== undefined) return list;
  const found = new Set<number>();
  const exact = compiled.exact.get(key);
  if (exact !== undefined) for (const order of exact) found.add(order);
  for (const bucket of [key.slice(0, 2), key.slice(0, 1)]) {
    for (const [word, order] of compiled.prefixes.get(bucket) ?? []) if (key.startsWith(word)) found.add(order);
  }
  list = found.size === 0 ? NO_CANDIDATES : [...found];
  if (compiled.candidates.size >= MAX_CACHED_KEYS) compiled.candidates.clear();
  compiled.candidates.set(key, list);
  return list;
}

/** Targets that may start a mention at a token (a cheap prefilter; `matchesToken` decides). */
function candidateTargets(token: Token, compiled: CompiledTargets, into: Set<number>): void {
  const strip = token.kind === 'hashtag' || token.kind === 'mention';
  const parts = token.parts !== undefined && token.parts.length > 1 ? token.parts : undefined;
  for (const order of candidatesOf(strip ? token.norm.replace(/^[#@]/, '') : token.norm, compiled)) into.add(order);
  if (parts === undefined) return;
  for (const part of parts) {
    for (const order of candidatesOf(strip ? part.replace(/^[#@]/, '') : part, compiled)) into.add(order);
  }
}

function matchesWord(norm: string, text: string, word: AliasWord, final: boolean): boolean {
  if (word.acronym && text === text.toLowerCase()) return false; // `US` never matches the pronoun `us`
  if (word.prefix) return norm.startsWith(word.word);
  if (norm === word.word) return true;
  // German genitive (`Chinas`, `Russlands`) and English possessive (`America's`, `Brussels'`).
  if (norm === `${word.word}'s` || norm === `${word.word}'`) return true;
  if (norm === `${word.word}s` && !/[sxzß]$/.test(word.word)) return true;
  // Adjective declension inside a multiword alias: `den Vereinigten Staaten`.
  return !final && (norm === `${word.word}n` || norm === `${word.word}r` || norm === `${word.word}m`);
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
  const tokens = sentence.tokens;
  const compiled = compile(targets);
  let starts: Map<number, number[]> | undefined; // target index → token indices where it may start
  const found = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    candidateTargets(tokens[i]!, compiled, found);
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
