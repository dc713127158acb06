import { describe, expect, it } from 'vitest';
import {
  CONTRAST,
  CONTRAST_AT_CLAUSE_START,
  COORDINATOR,
  classifyRuleWord,
  MODIFIER,
  NEGATOR,
  PAIRED_NEGATOR,
  RAISING_VERB,
  SUBORDINATOR,
} from './classify-rule-word.js';
import { ENGLISH_RULE_WORDS, GERMAN_RULE_WORDS, isNegator } from './rule-words.js';

describe('classifyRuleWord', () => {
  it('flags every word of every list, in both languages', () => {
    for (const words of [GERMAN_RULE_WORDS, ENGLISH_RULE_WORDS]) {
      const lists: Array<[Iterable<string>, number]> = [
        [words.coordinators, COORDINATOR],
        [words.pairedNegators.keys(), PAIRED_NEGATOR],
        [words.modifiers.keys(), MODIFIER],
        [words.contrast, CONTRAST],
        [words.contrastAtClauseStart, CONTRAST_AT_CLAUSE_START],
        [words.raisingVerbs, RAISING_VERB],
        [words.subordinators, SUBORDINATOR],
      ];
      for (const [list, flag] of lists) for (const word of list) expect(classifyRuleWord(word, words) & flag).toBe(flag);
      for (const word of words.negators) expect(classifyRuleWord(word, words) & NEGATOR).toBe(NEGATOR);
    }
  });

  it('finds negators by prefix and suffix exactly where isNegator does', () => {
    const samples = ['keine', 'keinesfalls', 'niemandem', 'nicht', 'klein', "don't", "isn't", 'not', 'nothing', 'note', 'gut', 'good'];
    for (const words of [GERMAN_RULE_WORDS, ENGLISH_RULE_WORDS]) {
      for (const word of samples) expect((classifyRuleWord(word, words) & NEGATOR) !== 0).toBe(isNegator(word, words));
    }
  });

  it('gives 0 for words the rules ignore and keeps the languages apart', () => {
    expect(classifyRuleWord('haus', GERMAN_RULE_WORDS)).toBe(0);
    expect(classifyRuleWord('house', ENGLISH_RULE_WORDS)).toBe(0);
    expect(classifyRuleWord('sehr', ENGLISH_RULE_WORDS)).toBe(0);
    expect(classifyRuleWord('very', ENGLISH_RULE_WORDS)).toBe(MODIFIER);
    expect(classifyRuleWord('aber', GERMAN_RULE_WORDS)).toBe(CONTRAST);
  });
});
