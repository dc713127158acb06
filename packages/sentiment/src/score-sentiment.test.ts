import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeText, getAnalyzer, getLexicons } from '../test/helpers.js';
import { scoreSentiment } from './score-sentiment.js';
import type { Lexicons } from './types.js';

let lexicons: Lexicons;

beforeAll(async () => {
  [lexicons] = await Promise.all([getLexicons(), getAnalyzer()]);
});

describe('scoreSentiment', () => {
  it('averages sentence scores and reports label shares', async () => {
    const document = await analyzeText('Der Plan ist gut. Die Umsetzung ist schlecht. Das Treffen ist am Montag.', 'de');
    const result = scoreSentiment(document, lexicons);
    expect(result.sentences.map((sentence) => sentence.label)).toEqual(['positive', 'negative', 'neutral']);
    const mean = result.sentences.reduce((total, sentence) => total + sentence.score, 0) / 3;
    expect(result.score).toBeCloseTo(mean, 4);
    expect(result).toMatchObject({ positive: 0.3333, negative: 0.3333, neutral: 0.3333, n: 3 });
  });

  it('gives a seeded bootstrap interval for the document, own voice and quotes', async () => {
    const document = await analyzeText('Der Plan ist gut. Die Umsetzung ist schlecht. Das Ergebnis ist sehr gut.', 'de');
    const result = scoreSentiment(document, lexicons, { seed: 5 });
    expect(result.ci[0]).toBeLessThanOrEqual(result.score);
    expect(result.ci[1]).toBeGreaterThanOrEqual(result.score);
    expect(result.ci[0]).toBeLessThan(result.ci[1]);
    expect(result.own.ci).toEqual(result.ci);
    expect(result.quoted.ci).toEqual([0, 0]);
    expect(scoreSentiment(document, lexicons, { seed: 5 })).toEqual(result);
    expect(scoreSentiment(document, lexicons, { resamples: 0 }).ci).toEqual([result.score, result.score]);
  });

  it('reports own voice and quoted material separately as well as together', async () => {
    const text = 'Die Reform ist ein Erfolg. „Das ist eine Katastrophe“, sagte der Sprecher.';
    const result = scoreSentiment(await analyzeText(text, 'de'), lexicons);
    expect(result.sentences.map((sentence) => sentence.quoted)).toEqual([false, true]);
    expect(result.own).toMatchObject({ label: 'positive', n: 1 });
    expect(result.quoted).toMatchObject({ label: 'negative', n: 1 });
    expect(result.n).toBe(2);
  });

  it('follows a quotation across sentences', async () => {
    const text = 'Er sagte: „Das ist gut. Das ist sehr gut. Das bleibt so.“ Danach ging er.';
    const result = scoreSentiment(await analyzeText(text, 'de'), lexicons);
    expect(result.sentences.map((sentence) => [sentence.text, sentence.quoted])).toEqual([
      ['Er sagte: „Das ist gut.', true],
      ['Das ist sehr gut.', true],
      ['Das bleibt so.“', true],
      ['Danach ging er.', false],
    ]);
  });

  it('scores title, body, heading, list, footnote and quote segments by default', async () => {
    const body = 'Ein guter Tag.';
    const boilerplate = 'Spenden Sie jetzt, es ist eine Schande.';
    const text = `${body}\n${boilerplate}\nEin schlechter Tag.`;
    const quoteStart = body.length + boilerplate.length + 2;
    const document = (await getAnalyzer()).analyze({
      text,
      segments: [
        { kind: 'body', start: 0, end: body.length },
        { kind: 'boilerplate', start: body.length + 1, end: quoteStart - 1 },
        { kind: 'quote', start: quoteStart, end: text.length },
      ],
    });
    const result = scoreSentiment(document, lexicons);
    expect(result.sentences.map((sentence) => sentence.segment)).toEqual(['body', 'quote']);
    expect(result.sentences[1]!.quoted).toBe(true);
    expect(scoreSentiment(document, lexicons, { segments: 'all' }).n).toBe(3);
  });

  it('gives zeros for a document without sentences', () => {
    expect(scoreSentiment({ sentences: [] }, lexicons)).toMatchObject({
      score: 0,
      ci: [0, 0],
      label: 'neutral',
      positive: 0,
      negative: 0,
      neutral: 0,
      n: 0,
      sentences: [],
    });
  });
});
