import { describe, expect, it } from 'vitest';
import { makeSentences } from '../test/make-sentences.js';
import { createTopicCorpus } from './create-topic-corpus.js';

const paragraph = (word: string, n: number) => Array.from({ length: n }, () => `${word} Wort${word}.`).join(' ');

describe('createTopicCorpus', () => {
  // Three paragraphs separated by blank lines; each sentence has two content words.
  const text = [paragraph('Zoll', 20), '', paragraph('Krieg', 20), '', paragraph('Chip', 3)].join('\n');
  const documents = [{ name: 'doc', sentences: makeSentences(text) }];

  it('splits few documents into paragraphs and merges a short tail', () => {
    const corpus = createTopicCorpus(documents, { maxDocumentShare: 1 });
    expect(corpus.documents.map((d) => [d.name, d.source, d.line, d.tokens.length])).toEqual([
      ['doc#1', 'doc', 1, 40],
      ['doc#2', 'doc', 3, 46],
    ]);
  });

  it('keeps whole documents on request and prunes rare terms', () => {
    const corpus = createTopicCorpus(documents, { split: 'documents', minCount: 4 });
    expect(corpus.documents).toHaveLength(1);
    expect(corpus.terms).not.toContain('chip');
    expect(corpus.terms).toContain('zoll');
    expect(corpus.counts[corpus.terms.indexOf('zoll')]).toBe(20);
  });

  it('cuts long paragraphs into sentence windows', () => {
    const long = [{ name: 'long', sentences: makeSentences(paragraph('Handel', 100)) }];
    const corpus = createTopicCorpus(long, { maxTokens: 50, minCount: 1 });
    expect(corpus.documents.length).toBe(4);
    expect(corpus.documents.every((d) => d.tokens.length === 50)).toBe(true);
  });
});
