import { describe, expect, it } from 'vitest';
import { makeSentences } from '../test/make-sentences.js';
import { extractKeywords } from './extract-keywords.js';
import { fitTopics } from './fit-topics.js';
import { prepareTopicCorpus } from './prepare-topic-corpus.js';
import { summarizeTopics } from './summarize-topics.js';
import type { KeywordGroup } from './types.js';

const sport = 'Der Trainer lobt die Mannschaft nach dem Spiel im Stadion. Die Mannschaft gewinnt das Spiel gegen den Meister.';
const money = 'Die Bank senkt den Zins für Kredite. Die Inflation drückt auf Zins und Kredit der Bank.';

/** Two authors, one writing about football and one about banking, one document of each in between. */
const groups: KeywordGroup[] = [
  { name: 'Anna', documents: [0, 1, 2].map((d) => ({ name: `anna-${d}`, sentences: makeSentences(`${sport}\n`.repeat(4 + d)) })) },
  { name: 'Ben', documents: [0, 1, 2].map((d) => ({ name: `ben-${d}`, sentences: makeSentences(`${money}\n`.repeat(4 + d)) })) },
  { name: 'Cem', documents: [{ name: 'cem-0', sentences: makeSentences(`${sport}\n${money}\n`.repeat(3)) }] },
];

/** What a caller fitting elsewhere (say, on a worker thread) does. */
function fitBeforehand(): ReturnType<typeof fitTopics> {
  const prepared = prepareTopicCorpus(groups)!;
  const labels = new Map(prepared.corpus.terms.map((term, id) => [term, prepared.labels[id]!]));
  return fitTopics(prepared.corpus, { topics: 2, iterations: 60, seed: 3, display: (term) => labels.get(term) ?? term });
}

describe('summarizeTopics', () => {
  it('gives each group the topic shares of its documents and every document its θ', () => {
    const summary = summarizeTopics(groups, fitBeforehand());
    expect(summary.groups.map((group) => group.name)).toEqual(['Anna', 'Ben', 'Cem']);
    expect(summary.topics).toHaveLength(2);
    const [anna, ben, cem] = summary.groups;
    // Each single-theme author is dominated by one topic, and not the same one; Cem sits between.
    expect(anna!.topics[0]!.weight).toBeGreaterThan(0.8);
    expect(ben!.topics[0]!.weight).toBeGreaterThan(0.8);
    expect(anna!.topics[0]!.topic).not.toBe(ben!.topics[0]!.topic);
    expect(cem!.topics[0]!.weight).toBeLessThan(0.8);
    for (const group of summary.groups) {
      expect(group.topics[0]!.weight).toBeGreaterThanOrEqual(group.topics[1]!.weight);
      expect(group.topics.reduce((sum, row) => sum + row.weight, 0)).toBeCloseTo(1, 3);
    }
    expect(summary.documentTopics.map((row) => row.document)).toEqual(['anna-0', 'anna-1', 'anna-2', 'ben-0', 'ben-1', 'ben-2', 'cem-0']);
  });

  it('reports no topics without a model', () => {
    const summary = summarizeTopics(groups, undefined);
    expect(summary.topics).toEqual([]);
    expect(summary.groups.every((group) => group.topics.length === 0)).toBe(true);
    expect(summary.documentTopics[0]).toEqual({ document: 'anna-0', weights: [] });
  });
});

describe('prepareTopicCorpus', () => {
  it('gives the corpus with a display label for every term, and nothing when there is nothing to model', () => {
    const prepared = prepareTopicCorpus(groups)!;
    expect(prepared.labels).toHaveLength(prepared.corpus.terms.length);
    // Labels keep the casing the words are written with.
    expect(prepared.labels[prepared.corpus.terms.indexOf('mannschaft')]).toBe('Mannschaft');
    expect(prepared.corpus.documents).toHaveLength(7);
    expect(prepareTopicCorpus([{ name: 'A', documents: [{ name: 'a', sentences: makeSentences('Die Mannschaft.') }] }])).toBeUndefined();
  });
});

describe('extractKeywords with a topic model fitted beforehand', () => {
  it('reports exactly what fitting it inside gives', () => {
    const inside = extractKeywords(groups, { topics: 2, iterations: 60, seed: 3 });
    const beforehand = extractKeywords(groups, { topicModel: fitBeforehand() });
    expect(JSON.stringify(beforehand)).toBe(JSON.stringify(inside));
  });

  it('skips topics with null and summarizeTopics adds them later, the same as inside', () => {
    const inside = extractKeywords(groups, { topics: 2, iterations: 60, seed: 3 });
    const skipped = extractKeywords(groups, { topicModel: null });
    expect(skipped.topics).toEqual([]);
    expect(skipped.groups.every((group) => group.topics.length === 0)).toBe(true);
    const later = summarizeTopics(groups, fitBeforehand());
    expect(later.topics).toEqual(inside.topics);
    expect(later.groups.map((group) => group.topics)).toEqual(inside.groups.map((group) => group.topics));
    expect(later.documentTopics).toEqual(inside.documentTopics);
  });
});
