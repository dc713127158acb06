import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeText, getAnalyzer, getLexicons } from '../test/helpers.js';
import { parseTargets } from './parse-targets.js';
import { scoreDocument } from './score-document.js';
import { scoreSentiment } from './score-sentiment.js';
import { scoreStance } from './score-stance.js';
import type { Lexicons } from './types.js';

const targets = parseTargets({
  targets: [
    { name: 'USA', aliases: ['USA', 'US', 'Amerika', 'amerikanisch*', 'America', 'American*'] },
    { name: 'China', aliases: ['China', 'chinesisch*', 'Peking', 'Beijing'] },
    { name: 'Russland', aliases: ['Russland', 'russisch*', 'Moskau', 'Russia'] },
  ],
});

let lexicons: Lexicons;

beforeAll(async () => {
  [lexicons] = await Promise.all([getLexicons(), getAnalyzer()]);
});

const GERMAN =
  'Der Minister sprach lange. „Russland ist ein gefährlicher Aggressor“, sagte er. China ist kein guter Partner, aber Peking hilft! ' +
  'Die amerikanischen Medien lügen nicht. Das Wetter war schön.';
const ENGLISH = 'America is not a bad country. "Russia is a brutal aggressor," he said. We love our people, but China worries us.';

describe('scoreDocument', () => {
  it('gives exactly what scoreSentiment and scoreStance give, German and English', async () => {
    for (const [text, lang] of [
      [GERMAN, 'de'],
      [ENGLISH, 'en'],
    ] as const) {
      const document = { ...(await analyzeText(text, lang)), name: 'doc' };
      const both = scoreDocument(document, targets, lexicons);
      expect(both.stance.length).toBeGreaterThan(1);
      expect(both).toEqual({
        sentiment: scoreSentiment(document, lexicons),
        stance: scoreStance(document, targets, lexicons),
      });
    }
  });

  it('applies the shared options to both parts', async () => {
    const document = await analyzeText(GERMAN, 'de');
    const options = { seed: 7, resamples: 50, threshold: 0.2, quotes: 'exclude', proximity: 2 } as const;
    const both = scoreDocument(document, targets, lexicons, options);
    expect(both.stance.map((item) => item.target)).not.toContain('Russland');
    expect(both).toEqual({
      sentiment: scoreSentiment(document, lexicons, options),
      stance: scoreStance(document, targets, lexicons, options),
    });
  });

  it('skips every interval with resamples: 0', async () => {
    const { sentiment, stance } = scoreDocument(await analyzeText(GERMAN, 'de'), targets, lexicons, { resamples: 0 });
    expect(sentiment.ci).toEqual([sentiment.score, sentiment.score]);
    expect(sentiment.own.ci).toEqual([sentiment.own.score, sentiment.own.score]);
    for (const item of stance) expect(item.ci).toEqual([item.score, item.score]);
  });
});
