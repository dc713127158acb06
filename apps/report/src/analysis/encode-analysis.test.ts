import { readFileSync } from 'node:fs';
import { parseCorpus } from '@diskurs/parser';
import { createAnalyzer } from '@diskurs/tokenizer';
import { describe, expect, it } from 'vitest';
import { decodeAnalysis } from './decode-analysis.js';
import { encodeAnalysis, listTransferables } from './encode-analysis.js';

const seeds = parseCorpus(readFileSync(new URL('../../../../seeds/corpus.txt', import.meta.url), 'utf8'), { path: 'seeds/corpus.txt' }).documents;

describe('encodeAnalysis and decodeAnalysis', () => {
  it('give back every sentence and token of the seeds, optional fields exactly where they were', async () => {
    // Compounds on, so that every optional token field (lemma, stem, parts, compound) occurs.
    const analyzer = await createAnalyzer({ lemmas: 'lemma', compounds: true });
    const fields = new Set<string>();
    for (const document of seeds) {
      const analysis = analyzer.analyze(document);
      for (const sentence of analysis.sentences) for (const token of sentence.tokens) for (const key of Object.keys(token)) fields.add(key);
      const decoded = decodeAnalysis(encodeAnalysis(analysis), document.text);
      expect(decoded).toEqual(analysis);
      expect(JSON.stringify(decoded.sentences.map((s) => s.tokens.map((t) => Object.keys(t).sort())))).toBe(
        JSON.stringify(analysis.sentences.map((s) => s.tokens.map((t) => Object.keys(t).sort()))),
      );
    }
    expect([...fields].sort()).toEqual(['compound', 'end', 'kind', 'lemma', 'norm', 'parts', 'start', 'stem', 'stopword', 'text']);
  });

  it('keeps each distinct string once and lists every buffer to transfer', async () => {
    const analyzer = await createAnalyzer({ lemmas: 'none' });
    const encoded = encodeAnalysis(analyzer.analyze('Die Zölle, die Zölle und noch einmal die Zölle.'));
    expect(encoded.strings.filter((value) => value === 'zölle')).toHaveLength(1);
    expect(listTransferables(encoded)).toHaveLength(4 + encoded.lists.length);
    expect(decodeAnalysis(encoded, 'Die Zölle, die Zölle und noch einmal die Zölle.').sentences[0]!.tokens.map((t) => t.text)).toEqual([
      'Die', 'Zölle', ',', 'die', 'Zölle', 'und', 'noch', 'einmal', 'die', 'Zölle', '.',
    ]);
  });
});
