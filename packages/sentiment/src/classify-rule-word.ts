import { createKeyFilter, type KeyFilter, mayContainKey, signKey } from '@diskurs/tokenizer';
import type { RuleWords } from './rule-words.js';

/** `und`, `and`: ends a negation scope. */
export const COORDINATOR = 1;
/** A negator (exact word, prefix or suffix form). */
export const NEGATOR = 2;
/** First part of a paired negation (`weder`, `neither`). */
export const PAIRED_NEGATOR = 4;
/** Intensifier, diminisher or minimiser. */
export const MODIFIER = 8;
/** Contrast word valid anywhere in a clause. */
export const CONTRAST = 16;
/** Contrast word valid only at the start of a clause. */
export const CONTRAST_AT_CLAUSE_START = 32;
/** Verb of opinion that passes its negation on. */
export const RAISING_VERB = 64;
/** Subordinating word that opens a clause. */
export const SUBORDINATOR = 128;
/** Complementiser a negation may be raised into. */
export const COMPLEMENTIZER = 256;

/** The rule words of one language prepared for lookup (see {@link getRuleWordTable}). */
export interface RuleWordTable {
  /** Exact word → flags. */
  flags: Map<string, number>;
  /** Prefilter over the exact words. */
  filter: KeyFilter;
  /** Negator prefixes and suffixes (`kein`, `n't`). */
  negatorPrefixes: readonly string[];
  negatorSuffixes: readonly string[];
}

const tables = new WeakMap<RuleWords, RuleWordTable>();

/**
 * The flag table of a rule-word set, built once per set.
 *
 * @param words - Rule words of one language.
 * @returns The table.
 */
export function getRuleWordTable(words: RuleWords): RuleWordTable {
  let table = tables.get(words);
  if (table !== undefined) return table;
  const flags = new Map<string, number>();
  const mark = (terms: Iterable<string>, flag: number) => {
    for (const term of terms) flags.set(term, (flags.get(term) ?? 0) | flag);
  };
  mark(words.coordinators, COORDINATOR);
  mark(words.negators, NEGATOR);
  mark(words.pairedNegators.keys(), PAIRED_NEGATOR);
  mark(words.modifiers.keys(), MODIFIER);
  mark(words.contrast, CONTRAST);
  mark(words.contrastAtClauseStart, CONTRAST_AT_CLAUSE_START);
  mark(words.raisingVerbs, RAISING_VERB);
  mark(words.subordinators, SUBORDINATOR);
  mark(words.complementizers, COMPLEMENTIZER);
  table = {
    flags,
    filter: createKeyFilter(flags.keys(), flags.size),
    negatorPrefixes: words.negatorPrefixes,
    negatorSuffixes: words.negatorSuffixes,
  };
  tables.set(words, table);
  return table;
}

/**
 * {@link classifyRuleWord} with the table and the word's `signKey` at hand (the scorer's per-token path).
 *
 * @param table - From {@link getRuleWordTable}.
 * @param norm - A word token's `norm`.
 * @param signature - `signKey(norm)`.
 * @returns The flags.
 */
export function classifyWithTable(table: RuleWordTable, norm: string, signature: number): number {
  const flags = mayContainKey(table.filter, signature) ? (table.flags.get(norm) ?? 0) : 0;
  if (flags & NEGATOR) return flags;
  // First and last characters before the string comparisons: they rule out most words.
  const first = norm.charCodeAt(0);
  for (const prefix of table.negatorPrefixes) {
    if ((prefix === '' || prefix.charCodeAt(0) === first) && norm.startsWith(prefix)) return flags | NEGATOR;
  }
  const last = norm.charCodeAt(norm.length - 1);
  for (const suffix of table.negatorSuffixes) {
    if ((suffix === '' || suffix.charCodeAt(suffix.length - 1) === last) && norm.endsWith(suffix)) return flags | NEGATOR;
  }
  return flags;
}

/**
 * The roles a word plays for the sentence rules, as bit flags ({@link NEGATOR}, {@link MODIFIER}, …):
 * one table lookup instead of one per word list. Negators by prefix or suffix (`keinesfalls`,
 * `don't`) are flagged as {@link NEGATOR} like `isNegator` finds them.
 *
 * @param norm - A word token's `norm`.
 * @param words - The rule words of the sentence language.
 * @returns The flags; 0 for a word the rules ignore.
 */
export function classifyRuleWord(norm: string, words: RuleWords): number {
  return classifyWithTable(getRuleWordTable(words), norm, signKey(norm));
}
