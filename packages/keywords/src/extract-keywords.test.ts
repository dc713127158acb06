import { describe, expect, it } from 'vitest';
import { makeSentences } from '../test/make-sentences.js';
import { createRandom } from './create-random.js';
import { extractKeywords } from './extract-keywords.js';
import type { KeywordGroup } from './types.js';

const filler = 'Regierung Politik Debatte Woche Bericht Zeitung Meinung Leser Frage Antwort Thema Land Stadt Geld Arbeit'.split(' ');
const planted = ['Zoll', 'Handel', 'Export'];

/** Three authors writing from the same filler vocabulary; the first overuses the planted words. */
function plantedCorpus(seed: number): KeywordGroup[] {
  const random = createRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  return ['Anna', 'Ben', 'Cem'].map((author, a) => ({
    name: author,
    documents: Array.from({ length: 3 }, (_, d) => {
      const lines = Array.from({ length: 40 }, () => {
        const words = Array.from({ length: 8 }, () => (a === 0 && random() < 0.2 ? pick(planted) : pick(filler)));
        return `Die ${words.join(' und ')}.`;
      });
      return { name: `${author}-${d}`, sentences: makeSentences(lines.join('\n')) };
    }),
  }));
}

/** The groups with `sentences` appended to every document of group `index`. */
function appendToGroup(groups: readonly KeywordGroup[], index: number, sentences: KeywordGroup['documents'][number]['sentences']): KeywordGroup[] {
  return groups.map((group, at) => ({
    ...group,
    documents: group.documents.map((document) => ({
      ...document,
      sentences: at === index ? [...document.sentences, ...sentences] : document.sentences,
    })),
  }));
}

describe('extractKeywords', () => {
  const groups = plantedCorpus(5);

  it('finds the words one author overuses first, for every statistic', () => {
    for (const statistic of ['g2', 'chi2', 'logratio', 'logodds'] as const) {
      const report = extractKeywords(groups, { statistic, topics: 2, iterations: 50 });
      const anna = report.groups[0]!;
      expect(new Set(anna.distinctiveTerms.slice(0, 3).map((row) => row.term))).toEqual(new Set(planted));
      for (const row of anna.distinctiveTerms) {
        expect(row.statistic).toBe(statistic);
        expect(row.count).toBeGreaterThanOrEqual(3);
        expect(row.count).toBeGreaterThan(row.expected);
      }
      // The other authors never use the planted words.
      for (const other of report.groups.slice(1)) {
        expect(other.distinctiveTerms.map((row) => row.term)).not.toContain('Zoll');
      }
    }
  });

  it('returns exactly the documented shape', () => {
    const report = extractKeywords(groups, { topics: 2, iterations: 50, top: 5 });
    expect(Object.keys(report)).toEqual(['groups', 'topics', 'documentTopics']);
    const group = report.groups[0]!;
    expect(Object.keys(group)).toEqual([
      'name',
      'documents',
      'tokens',
      'distinctiveTerms',
      'keyphrases',
      'collocations',
      'entities',
      'topics',
    ]);
    expect(group).toMatchObject({ name: 'Anna', documents: 3 });
    expect(Object.keys(group.distinctiveTerms[0]!)).toEqual(['term', 'score', 'statistic', 'count', 'expected']);
    expect(Object.keys(group.keyphrases[0]!)).toEqual(['phrase', 'score']);
    expect(group.topics.map((t) => Object.keys(t))).toEqual([
      ['topic', 'weight'],
      ['topic', 'weight'],
    ]);
    expect(Object.keys(report.topics[0]!)).toEqual(['id', 'label', 'terms', 'coherence']);
    expect(Object.keys(report.topics[0]!.terms[0]!)).toEqual(['term', 'weight']);
    expect(report.documentTopics).toHaveLength(9);
    expect(report.documentTopics[0]).toMatchObject({ document: 'Anna-0' });
    expect(report.documentTopics[0]!.weights).toHaveLength(2);
    expect(group.distinctiveTerms.length).toBeLessThanOrEqual(5);
  });

  it('is byte-identical for the same input and seed', () => {
    const a = JSON.stringify(extractKeywords(plantedCorpus(5), { seed: 3, topics: [2, 3], iterations: 60 }));
    const b = JSON.stringify(extractKeywords(plantedCorpus(5), { seed: 3, topics: [2, 3], iterations: 60 }));
    expect(a).toBe(b);
  });

  it('skips collocations on request and leaves everything else as it was', () => {
    const phrased = appendToGroup(
      groups,
      0,
      makeSentences('Die Europäische Union verhandelt. Die Europäische Union zögert. Die Europäische Union handelt.'),
    );
    const full = extractKeywords(phrased, { topics: 2, iterations: 20 });
    const lean = extractKeywords(phrased, { topics: 2, iterations: 20, collocations: false });
    expect(full.groups[0]!.collocations.map((row) => row.phrase.toLowerCase())).toContain('europäische union');
    for (const group of lean.groups) expect(group.collocations).toEqual([]);
    const withoutCollocations = (report: ReturnType<typeof extractKeywords>) =>
      JSON.stringify({ ...report, groups: report.groups.map((group) => ({ ...group, collocations: [] })) });
    expect(withoutCollocations(lean)).toBe(withoutCollocations(full));
  });

  it('compares with a reference group on request', () => {
    const report = extractKeywords(groups, { reference: 'Ben', topics: 2, iterations: 20 });
    expect(report.groups[0]!.distinctiveTerms[0]!.term).toMatch(/^(Zoll|Handel|Export)$/);
    expect(() => extractKeywords(groups, { reference: 'Dora' })).toThrow(/reference group "Dora" not found/);
  });

  it('ignores words outside the own-text segments by default', () => {
    const withDonation = appendToGroup(
      groups,
      1,
      makeSentences('Spenden Sie per PayPal an IBAN Konto. PayPal Spenden IBAN Konto.', { segment: 'boilerplate' }),
    );
    const terms = (report: ReturnType<typeof extractKeywords>) =>
      report.groups.flatMap((group) => [
        ...group.distinctiveTerms.map((row) => row.term.toLowerCase()),
        ...group.keyphrases.map((row) => row.phrase.toLowerCase()),
      ]);
    expect(terms(extractKeywords(withDonation, { topics: 2, iterations: 20 }))).not.toContain('paypal');
    const everything = extractKeywords(withDonation, {
      topics: 2,
      iterations: 20,
      segments: ['body', 'boilerplate'],
    });
    expect(terms(everything)).toContain('paypal');
  });

  it('handles groups without any text', () => {
    const report = extractKeywords([{ name: 'empty', documents: [{ name: 'e', sentences: [] }] }]);
    expect(report).toEqual({
      groups: [
        {
          name: 'empty',
          documents: 1,
          tokens: 0,
          distinctiveTerms: [],
          keyphrases: [],
          collocations: [],
          entities: [],
          topics: [],
        },
      ],
      topics: [],
      documentTopics: [{ document: 'e', weights: [] }],
    });
  });
});
