import { type Analyzer, createAnalyzer } from '@diskurs/tokenizer';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Lexicons, loadLexicons, scoreSentiment } from '../src/index.js';
import { LABELLED_SENTENCES } from './fixtures/labelled-sentences.js';
import { computeMetrics } from './metrics.js';
import { createNaturalBaseline } from './natural-baseline.js';

let analyzer: Analyzer;
let lexicons: Lexicons;

beforeAll(async () => {
  [analyzer, lexicons] = await Promise.all([createAnalyzer(), loadLexicons()]);
});

function predict(text: string, lang: 'de' | 'en') {
  const document = analyzer.analyze({ text, lang });
  const sentiment = scoreSentiment(document, lexicons, { segments: 'all' });
  return { document, sentiment };
}

describe('labelled sentences', () => {
  it('has at least 80 sentences covering every rule', () => {
    expect(LABELLED_SENTENCES.length).toBeGreaterThanOrEqual(80);
    const rules = new Set(LABELLED_SENTENCES.flatMap((sentence) => sentence.rules));
    for (const rule of ['negation', 'negation-scope', 'contrast', 'intensifier', 'diminisher', 'exclamation', 'quote', 'compound', 'noun', 'mixed', 'supplement']) {
      expect(rules).toContain(rule);
    }
  });

  it('reaches the accuracy threshold and beats natural on the same sentences', () => {
    const naturalLabel = createNaturalBaseline();
    const ours: Array<{ expected: string; predicted: string }> = [];
    const theirs: Array<{ expected: string; predicted: string }> = [];
    const oursGerman: Array<{ expected: string; predicted: string }> = [];
    const theirsGerman: Array<{ expected: string; predicted: string }> = [];
    const oursEnglish: Array<{ expected: string; predicted: string }> = [];
    const theirsEnglish: Array<{ expected: string; predicted: string }> = [];
    const misses: string[] = [];
    const byRule = new Map<string, { n: number; ours: number; natural: number }>();
    for (const item of LABELLED_SENTENCES) {
      const { document, sentiment } = predict(item.text, item.lang);
      const words = document.sentences.flatMap((sentence) => sentence.tokens.filter((token) => token.kind === 'word').map((token) => token.text));
      const predicted = sentiment.label;
      const baseline = naturalLabel(words, item.lang);
      ours.push({ expected: item.label, predicted });
      theirs.push({ expected: item.label, predicted: baseline });
      (item.lang === 'de' ? oursGerman : oursEnglish).push({ expected: item.label, predicted });
      (item.lang === 'de' ? theirsGerman : theirsEnglish).push({ expected: item.label, predicted: baseline });
      for (const rule of item.rules) {
        const cell = byRule.get(rule) ?? { n: 0, ours: 0, natural: 0 };
        cell.n++;
        if (predicted === item.label) cell.ours++;
        if (baseline === item.label) cell.natural++;
        byRule.set(rule, cell);
      }
      if (predicted !== item.label) {
        misses.push(`${item.label} → ${predicted} (${sentiment.score}): ${item.text}`);
      }
    }
    const figures = {
      ours: computeMetrics(ours),
      natural: computeMetrics(theirs),
      oursGerman: computeMetrics(oursGerman),
      naturalGerman: computeMetrics(theirsGerman),
      oursEnglish: computeMetrics(oursEnglish),
      naturalEnglish: computeMetrics(theirsEnglish),
    };
    if (process.env.SENTIMENT_FIGURES) {
      console.log(JSON.stringify(figures, null, 2));
      console.log(misses.join('\n'));
      console.log([...byRule].map(([rule, cell]) => `| ${rule} | ${cell.n} | ${cell.ours} | ${cell.natural} |`).join('\n'));
    }
    expect(figures.ours.accuracy).toBeGreaterThanOrEqual(0.85);
    expect(figures.ours.macroF1).toBeGreaterThanOrEqual(0.8);
    expect(figures.ours.accuracy).toBeGreaterThan(figures.natural.accuracy);
    expect(figures.oursGerman.accuracy).toBeGreaterThan(figures.naturalGerman.accuracy);
  });

  it('marks the quoted sentences as quoted, and only those', () => {
    for (const item of LABELLED_SENTENCES.filter((sentence) => sentence.quoted !== undefined)) {
      const { sentiment } = predict(item.text, item.lang);
      expect(sentiment.sentences.map((sentence) => sentence.quoted), item.text).toEqual(
        sentiment.sentences.map(() => item.quoted),
      );
    }
  });
});
