import { isStopword } from '@diskurs/tokenizer';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractKeywords, type KeywordsReport } from '../src/extract-keywords.js';
import { type GermanLexicon, loadGermanLexicon } from '../src/load-german-lexicon.js';
import type { KeywordGroup } from '../src/types.js';
import { loadSeedGroups } from './load-seeds.js';

// Words of the donation blocks, transcript disclaimers and reader comments of the seeds.
const boilerplate = /\b(iban|bic|paypal|patreon|pingback|spende\w*|abschrift|gemeinnützig\w*|verein)\b/iu;

describe('keywords on the seed corpus', () => {
  let groups: KeywordGroup[];
  let report: KeywordsReport;
  let lexicon: GermanLexicon;

  beforeAll(async () => {
    groups = await loadSeedGroups();
    lexicon = await loadGermanLexicon();
    report = extractKeywords(groups, { seed: 1, lexicon });
  }, 120_000);

  it('has the boilerplate words in the corpus, outside the own-text segments', () => {
    const words = (own: boolean) =>
      groups
        .flatMap((group) => group.documents.flatMap((document) => document.sentences))
        .filter((sentence) => ['title', 'body', 'heading', 'list', 'footnote'].includes(sentence.segment) === own)
        .flatMap((sentence) => sentence.tokens.map((token) => token.norm));
    expect(words(false).filter((word) => boilerplate.test(word)).length).toBeGreaterThan(3);
  });

  it('gives every author distinctive terms and keyphrases a reader would accept', () => {
    expect(report.groups.map((group) => group.name)).toEqual([
      'Pepe Escobar',
      'Yanis Varoufakis',
      'Michael Seemann',
      'unknown',
    ]);
    for (const group of report.groups) {
      expect(group.distinctiveTerms.length).toBeGreaterThanOrEqual(5);
      expect(group.keyphrases.length).toBeGreaterThanOrEqual(5);
      for (const { term } of group.distinctiveTerms) {
        expect(term.length, term).toBeGreaterThan(1);
        expect(isStopword(term.toLowerCase(), 'any'), term).toBe(false);
        expect(/^\P{L}+$/u.test(term), term).toBe(false);
        expect(boilerplate.test(term), term).toBe(false);
      }
      for (const { phrase } of group.keyphrases) {
        const words = phrase.toLowerCase().split(' ');
        expect(isStopword(words[0]!, 'any'), phrase).toBe(false);
        expect(isStopword(words[words.length - 1]!, 'any'), phrase).toBe(false);
        expect(boilerplate.test(phrase), phrase).toBe(false);
      }
      for (const { text } of group.entities) expect(boilerplate.test(text), text).toBe(false);
    }
  });

  it('finds what each author is known to write about', () => {
    const top = (name: string, n: number) =>
      report.groups
        .find((group) => group.name === name)!
        .distinctiveTerms.slice(0, n)
        .map((row) => row.term);
    expect(top('Yanis Varoufakis', 5)).toEqual(expect.arrayContaining(['DeepSeek', 'Cloud-Kapital']));
    expect(top('Pepe Escobar', 5)).toContain('China');
    expect(top('unknown', 5)).toContain('Ukraine');
    const entities = (name: string) => report.groups.find((group) => group.name === name)!.entities.map((e) => e.text);
    expect(entities('Yanis Varoufakis')).toEqual(expect.arrayContaining(['DeepSeek', 'Amazon', 'OpenAI']));
    expect(entities('Pepe Escobar')).toEqual(expect.arrayContaining(['China', 'USA', 'Trump']));
  });

  it('fits topics with labels and per-group shares', () => {
    expect(report.topics.length).toBeGreaterThanOrEqual(3);
    expect(report.topics.length).toBeLessThanOrEqual(8);
    for (const group of report.groups) {
      expect(group.topics).toHaveLength(report.topics.length);
      expect(group.topics.reduce((sum, t) => sum + t.weight, 0)).toBeCloseTo(1, 2);
    }
    expect(report.documentTopics.map((row) => row.document)).toHaveLength(5);
  });

  it('is byte-identical when run again with the same seed', () => {
    expect(JSON.stringify(extractKeywords(groups, { seed: 1, lexicon }))).toBe(JSON.stringify(report));
  });
});
