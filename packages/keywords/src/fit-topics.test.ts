import { describe, expect, it } from 'vitest';
import { createRandom } from './create-random.js';
import type { TopicCorpus } from './create-topic-corpus.js';
import { fitTopics } from './fit-topics.js';

const themes = [
  ['zoll', 'handel', 'export', 'import', 'dollar', 'markt', 'preis', 'ware', 'bilanz', 'defizit'],
  ['krieg', 'armee', 'front', 'waffe', 'soldat', 'panzer', 'rakete', 'angriff', 'nato', 'offensive'],
  ['chip', 'modell', 'software', 'daten', 'rechner', 'code', 'netz', 'plattform', 'algorithmus', 'server'],
  ['klima', 'energie', 'wind', 'solar', 'kohle', 'emission', 'strom', 'netzausbau', 'wasserstoff', 'hitze'],
];

/** Documents drawn from known topics: each mixes mostly one theme with a little of another. */
function generate(seed: number): TopicCorpus {
  const random = createRandom(seed);
  const terms = themes.flat();
  const documents = Array.from({ length: 120 }, (_, index) => {
    const main = index % themes.length;
    const other = (main + 1 + Math.floor(random() * (themes.length - 1))) % themes.length;
    const tokens = Array.from({ length: 60 }, () => {
      const theme = random() < 0.85 ? main : other;
      // Zipf-like: earlier words of a theme are more frequent.
      const word = Math.min(9, Math.floor(-Math.log(1 - random()) * 3.5));
      return theme * 10 + word;
    });
    return { name: `d${index}`, source: `d${index}`, line: 1, tokens: Int32Array.from(tokens) };
  });
  const counts = new Int32Array(terms.length);
  for (const document of documents) for (const id of document.tokens) counts[id]!++;
  return { terms, counts, documents };
}

describe('fitTopics', () => {
  const corpus = generate(3);

  it('recovers the topics a corpus was generated from', () => {
    const model = fitTopics(corpus, { topics: 4, iterations: 200, seed: 1 });
    expect(model.topics).toHaveLength(4);
    for (const theme of themes) {
      const overlaps = model.topics.map((topic) => topic.terms.filter((t) => theme.includes(t.term)).length);
      expect(Math.max(...overlaps)).toBeGreaterThanOrEqual(8);
    }
    for (const topic of model.topics) {
      expect(topic.coherence).toBeGreaterThan(0);
      expect(topic.label.split(' · ')).toHaveLength(3);
    }
    for (const row of model.documentTopics) expect(row.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
  });

  it('recovers twelve planted topics with the sparse sampler (K above the dense range)', () => {
    // 12 themes of 10 terms; each document draws 90% of its tokens from one theme
    const random = createRandom(7);
    const terms = Array.from({ length: 120 }, (_, id) => `t${Math.floor(id / 10)}w${id % 10}`);
    const documents = Array.from({ length: 240 }, (_, index) => {
      const main = index % 12;
      const tokens = Array.from({ length: 60 }, () => {
        const theme = random() < 0.9 ? main : Math.floor(random() * 12);
        return theme * 10 + Math.min(9, Math.floor(-Math.log(1 - random()) * 3.5));
      });
      return { name: `d${index}`, source: `d${index}`, line: 1, tokens: Int32Array.from(tokens) };
    });
    const counts = new Int32Array(terms.length);
    for (const document of documents) for (const id of document.tokens) counts[id]!++;
    const model = fitTopics({ terms, counts, documents }, { topics: 12, iterations: 200, seed: 2 });
    for (let theme = 0; theme < 12; theme++) {
      const overlaps = model.topics.map((topic) => topic.terms.filter((t) => t.term.startsWith(`t${theme}w`)).length);
      expect(Math.max(...overlaps)).toBeGreaterThanOrEqual(8);
    }
  });

  it('chooses K by coherence from a range', () => {
    const model = fitTopics(corpus, { topics: [2, 6], iterations: 150 });
    expect(model.candidates.map((c) => c.topics)).toEqual([2, 3, 4, 5, 6]);
    expect(model.k).toBe(4);
  });

  it('is deterministic for a seed and depends on it', () => {
    const a = JSON.stringify(fitTopics(corpus, { topics: 4, iterations: 50, seed: 7 }));
    const b = JSON.stringify(fitTopics(corpus, { topics: 4, iterations: 50, seed: 7 }));
    const c = JSON.stringify(fitTopics(corpus, { topics: 4, iterations: 50, seed: 8 }));
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it('rejects an invalid number of topics', () => {
    expect(() => fitTopics(corpus, { topics: 0 })).toThrow(/topics must be/);
  });
});
