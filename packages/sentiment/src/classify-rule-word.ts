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

const tables = new WeakMap<RuleWords, Map<string, number>>();

function buildTable(words: RuleWords): Map<string, number> {
  const table = new Map<string, number>();
  const mark = (terms: Iterable<string>, flag: number) => {
    for (const term of terms) table.set(term, (table.get(term) ?? 0) | flag);
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
  return table;
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
  let table = tables.get(words);
  if (table === undefined) {
    table = buildTable(words);
    tables.set(words, table);
  }
  const flags = table.get(norm) ?? 0;
  if (flags & NEGATOR) return flags;
  for (const prefix of words.negatorPrefixes) if (norm.startsWith(prefix)) return flags | NEGATOR;
  for (const suffix of words.negatorSuffixes) if (norm.endsWith(suffix)) return flags | NEGATOR;
  return flags;
}
