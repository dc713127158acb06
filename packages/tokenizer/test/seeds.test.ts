import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { splitSentences } from '../src/split-sentences.js';
import expected from './fixtures/seed-sentences.json' with { type: 'json' };

/** The seed corpus split on its marker lines (no parser needed): document texts in order. */
function readSeedDocuments(): string[] {
  const corpus = readFileSync(new URL('../../../seeds/corpus.txt', import.meta.url), 'utf8');
  const documents: string[] = [];
  let current: string[] | null = null;
  for (const line of corpus.split('\n')) {
    if (line.startsWith('<<<FILE') && line.trimEnd().endsWith('>>>')) {
      if (current !== null) documents.push(current.join('\n'));
      current = [];
    } else if (current !== null) current.push(line);
  }
  if (current !== null) documents.push(current.join('\n'));
  return documents;
}

const documents = readSeedDocuments();
const cases = Object.entries(expected as Record<string, string[]>).flatMap(([index, sentences]) =>
  sentences.map((sentence) => ({ index: Number(index), sentence })),
);

describe('seed corpus sentence boundaries', () => {
  it('has five documents and at least 60 checked sentences covering all of them', () => {
    expect(documents).toHaveLength(5);
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(new Set(cases.map((c) => c.index))).toEqual(new Set([0, 1, 2, 3, 4]));
  });

  const spansByDocument = documents.map((text) => new Set(splitSentences(text).map((s) => text.slice(s.start, s.end))));

  it.each(cases)('document $index: $sentence', ({ index, sentence }) => {
    expect(spansByDocument[index]!.has(sentence)).toBe(true);
  });

  it('analyzes every seed document with German as the majority language', async () => {
    for (const text of documents) {
      const result = await analyze(text, { lemmas: 'none' });
      expect(result.lang).toBe('de');
      expect(result.sentences.length).toBeGreaterThan(20);
    }
  });

  it('detects the English passages inside German documents', async () => {
    const result = await analyze(documents[3]!, { lemmas: 'none' });
    const lang = (start: string) => result.sentences.find((s) => s.text.startsWith(start))?.lang;
    expect(lang('The plutocrats who support Trump')).toBe('en');
    expect(lang('Of course, he was wrong.')).toBe('en');
    expect(lang('Not at all.')).toBe('en');
    expect(lang('Radical?')).toBe('en');
    expect(lang('Die Riesenpauken von Jericho')).toBe('de');
    expect(lang('Ihr Trommeln dient')).toBe('de');
  });
});
