import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeSentence, getAnalyzer } from '../test/helpers.js';
import { matchTargets } from './match-targets.js';
import { parseTargets } from './parse-targets.js';

const targets = parseTargets({
  targets: [
    { name: 'USA', aliases: ['USA', 'US', 'Vereinigte Staaten', 'Amerika', 'amerikanisch*', 'Washington', 'United States', 'America'] },
    { name: 'China', aliases: ['China', 'chinesisch*', 'Peking', 'Beijing', 'Chinese'] },
    { name: 'Russland', aliases: ['Russland', 'russisch*', 'Moskau', 'Russia'] },
    { name: 'Trump', aliases: ['Donald J. Trump', 'Trump'] },
    { name: 'Big Tech', aliases: ['Tech-Konzern*', 'OpenAI'] },
  ],
});

async function mentions(text: string, lang: 'de' | 'en' = 'de') {
  return matchTargets(await analyzeSentence(text, lang), targets).map((mention) => [mention.target, mention.text]);
}

beforeAll(async () => {
  await getAnalyzer();
});

describe('matchTargets', () => {
  it('matches aliases as whole tokens, case-insensitively', async () => {
    expect(await mentions('Peking und WASHINGTON verhandeln, Chinatown feiert.')).toEqual([
      ['China', 'Peking'],
      ['USA', 'WASHINGTON'],
    ]);
  });

  it('matches * endings and German genitives', async () => {
    expect(await mentions('Die amerikanischen Zölle treffen Chinas Exporte und Russlands Banken.')).toEqual([
      ['USA', 'amerikanischen'],
      ['China', 'Chinas'],
      ['Russland', 'Russlands'],
    ]);
    expect(await mentions("America's allies fear Russia's plans.", 'en')).toEqual([
      ['USA', "America's"],
      ['Russland', "Russia's"],
    ]);
  });

  it('matches multiword aliases, also declined, and the longest alias', async () => {
    expect(await mentions('Die Vereinigte Staaten von Amerika sind groß.')).toEqual([
      ['USA', 'Vereinigte Staaten'],
      ['USA', 'Amerika'],
    ]);
    expect(await mentions('Er traf sich mit den Vereinigten Staaten.')).toEqual([['USA', 'Vereinigten Staaten']]);
    expect(await mentions('Donald J. Trump spoke.', 'en')).toEqual([['Trump', 'Donald J. Trump']]);
  });

  it('matches parts of hyphenated compounds and hyphenated aliases with *', async () => {
    expect(await mentions('Die US-Regierung und die China-Politik der Tech-Konzerne.')).toEqual([
      ['USA', 'US-Regierung'],
      ['China', 'China-Politik'],
      ['Big Tech', 'Tech-Konzerne'],
    ]);
  });

  it('does not match the acronym US in the pronoun us', async () => {
    expect(await mentions('Let us talk about the US economy.', 'en')).toEqual([['USA', 'US']]);
  });

  it('finds nothing in a sentence without aliases', async () => {
    expect(await mentions('Das Wetter ist schön.')).toEqual([]);
  });
});
