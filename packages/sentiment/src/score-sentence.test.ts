import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeSentence, getAnalyzer, getLexicons } from '../test/helpers.js';
import { scoreSentence } from './score-sentence.js';
import type { Lexicons, SentenceSentiment } from './types.js';

let lexicons: Lexicons;

beforeAll(async () => {
  lexicons = await getLexicons();
  await getAnalyzer();
});

async function score(text: string, lang: 'de' | 'en' = 'de', options = {}): Promise<SentenceSentiment> {
  return scoreSentence(await analyzeSentence(text, lang), lexicons, options);
}

function contribution(result: SentenceSentiment, term: string) {
  const found = result.contributions.find((item) => item.term === term);
  if (found === undefined) throw new Error(`no contribution "${term}" in ${JSON.stringify(result.contributions)}`);
  return found;
}

describe('scoreSentence: lexicon lookup', () => {
  it('matches capitalised German nouns and their inflected forms (natural misses them)', async () => {
    const result = await score('Die Kriege brachten Elend und Zerstörung.');
    expect(result.contributions.map((item) => item.term)).toEqual(['Kriege', 'Elend', 'Zerstörung']);
    expect(contribution(result, 'Kriege').source).toBe('sentiws');
    expect(result.label).toBe('negative');
  });

  it('scores AFINN-165 words normalised to [-1, 1]', async () => {
    const result = await score('This is a good day.', 'en');
    expect(contribution(result, 'good')).toMatchObject({ base: 0.6, weight: 0.6, rule: 'lexicon', source: 'afinn-165' });
    expect(result.score).toBe(0.537);
  });

  it('matches multiword lexicon entries before single words', async () => {
    const result = await score('That was just bad luck.', 'en');
    expect(contribution(result, 'bad luck')).toMatchObject({ match: 'bad luck', base: -0.4 });
    expect(result.contributions).toHaveLength(1);
  });

  it('explains every score: score = tanh(sum of contribution weights)', async () => {
    for (const text of ['Das ist ein sehr guter, aber teurer Plan!', 'Die Lage ist nicht gut, und die Armut wächst.']) {
      const result = await score(text);
      const sum = result.contributions.reduce((total, item) => total + item.weight, 0);
      expect(result.score).toBeCloseTo(Math.tanh(sum), 3);
    }
  });

  it('labels with the 0.05 threshold, configurable', async () => {
    const result = await score('Das ist einfach so.');
    expect(result.score).toBeGreaterThan(0);
    expect(result.label).toBe('neutral');
    expect((await score('Das ist einfach so.', 'de', { threshold: 0.001 })).label).toBe('positive');
  });
});

describe('scoreSentence: negation', () => {
  it('flips and damps a negated term (× -0.75)', async () => {
    const result = await score('Das Ergebnis ist nicht gut.');
    expect(contribution(result, 'gut')).toMatchObject({ rule: 'negated', base: 0.3716, weight: -0.2787 });
    expect(result.label).toBe('negative');
  });

  it('ends the scope at the clause boundary', async () => {
    const result = await score('Der Plan ist nicht schlecht, er ist gut.');
    expect(contribution(result, 'schlecht').rule).toBe('negated');
    expect(contribution(result, 'gut').rule).toBe('lexicon');
  });

  it('ends the scope at und/and', async () => {
    const german = await score('Die Preise sind nicht hoch und die Armut wächst.');
    expect(contribution(german, 'Armut').rule).toBe('lexicon');
    const english = await score('The army is not strong and its leaders are corrupt.', 'en');
    expect(contribution(english, 'strong').rule).toBe('negated');
    expect(contribution(english, 'corrupt').rule).toBe('lexicon');
  });

  it('knows kein*, nie, niemand, ohne, nichts and weder … noch', async () => {
    expect(contribution(await score('Es gibt keinerlei Hoffnung.'), 'Hoffnung').rule).toBe('negated');
    expect(contribution(await score('Er hat nie gelogen.'), 'gelogen').rule).toBe('negated');
    expect(contribution(await score('Niemand lobt diese Regierung.'), 'lobt').rule).toBe('negated');
    expect(contribution(await score('Sie kämpften ohne Erfolg.'), 'Erfolg').rule).toBe('negated');
    expect(contribution(await score('Die Politik hat nichts Gutes gebracht.'), 'Gutes').rule).toBe('negated');
    const paired = await score('Das Projekt war weder erfolgreich noch sinnvoll.');
    expect(contribution(paired, 'erfolgreich').rule).toBe('negated');
    expect(contribution(paired, 'sinnvoll').rule).toBe('negated');
  });

  it("knows not, no, never, n't, without, nobody, neither … nor", async () => {
    expect(contribution(await score("I don't like the rules.", 'en'), 'like').rule).toBe('negated');
    expect(contribution(await score('This will never help.', 'en'), 'help').rule).toBe('negated');
    expect(contribution(await score('Nobody trusts them.', 'en'), 'trusts').rule).toBe('negated');
    expect(contribution(await score('They left without hope.', 'en'), 'hope').rule).toBe('negated');
    const paired = await score('It was neither useful nor fair.', 'en');
    expect(contribution(paired, 'useful').rule).toBe('negated');
    expect(contribution(paired, 'fair').rule).toBe('negated');
  });

  it('negates only the first term after the negator, and two negations cancel', async () => {
    const result = await score('We cannot allow terrorism to spread.', 'en');
    expect(contribution(result, 'allow').rule).toBe('negated');
    expect(contribution(result, 'terrorism').rule).toBe('lexicon');
    expect(result.label).toBe('negative');
    const double = await score('Die Reform blieb nicht ohne Erfolg.');
    expect(contribution(double, 'Erfolg').rules).toEqual(['lexicon']);
    expect(double.label).toBe('positive');
  });

  it('negates the finite verb before a clause-final German nicht', async () => {
    const result = await score('Ich mag diesen Krieg nicht.');
    expect(contribution(result, 'mag').rule).toBe('negated');
    expect(contribution(result, 'Krieg').rule).toBe('lexicon');
    expect(result.label).toBe('negative');
  });

  it('raises the negation of an opinion verb into the dass clause', async () => {
    const result = await score('Ich glaube nicht, dass diese Strategie erfolgreich ist.');
    expect(contribution(result, 'erfolgreich').rule).toBe('negated');
    expect(result.contributions.map((item) => item.term)).not.toContain('glaube');
  });

  it('leaves nicht nur, kein Wunder, not only and no doubt alone', async () => {
    expect(contribution(await score('Nicht nur die Preise sind gut.'), 'gut').rule).toBe('lexicon');
    const wonder = await score('Es ist kein Wunder, dass alle zufrieden sind.');
    expect(wonder.contributions.map((item) => item.rule)).not.toContain('negated');
    const doubt = await score('There is no doubt that it is good.', 'en');
    expect(doubt.contributions.map((item) => item.term)).toEqual(['good']);
  });

  it('does not take not yet for a contrast', async () => {
    const result = await score('The reform has not yet produced good results.', 'en');
    expect(contribution(result, 'good').rules).toEqual(['lexicon', 'negated']);
  });
});

describe('scoreSentence: intensifiers, diminishers, contrast, exclamation', () => {
  it('intensifies the next term', async () => {
    const result = await score('Das ist ein sehr guter Vorschlag.');
    expect(contribution(result, 'guter')).toMatchObject({ rule: 'intensified' });
    expect(contribution(result, 'guter').weight).toBeCloseTo(contribution(result, 'guter').base * 1.5, 3);
    const english = await score('The situation is extremely dangerous.', 'en');
    expect(contribution(english, 'dangerous').weight).toBeCloseTo(-0.4 * 1.8, 3);
  });

  it('softens with etwas/slightly and denies with wenig/barely', async () => {
    const soft = await score('The outcome was slightly disappointing.', 'en');
    expect(contribution(soft, 'disappointing')).toMatchObject({ rule: 'diminished' });
    expect(contribution(soft, 'disappointing').weight).toBeCloseTo(-0.2, 3);
    const denied = await score('Die Aussichten sind wenig erfreulich.');
    expect(contribution(denied, 'erfreulich').rule).toBe('diminished');
    expect(denied.label).toBe('negative');
    const barely = await score('The new rules are barely acceptable.', 'en');
    expect(barely.label).toBe('negative');
  });

  it('lets negation decide in nicht sehr / not very', async () => {
    const result = await score('Die Rede war nicht besonders überzeugend.');
    expect(result.contributions[0]!.rules).toEqual(['lexicon', 'negated']);
    expect(result.label).toBe('negative');
  });

  it('weighs the clause after a contrast word more (0.5 before, 1.5 after)', async () => {
    const result = await score('Die Idee klingt gut, aber die Umsetzung ist katastrophal.');
    expect(contribution(result, 'gut').weight).toBeCloseTo(contribution(result, 'gut').base * 0.5, 3);
    expect(contribution(result, 'katastrophal').weight).toBeCloseTo(contribution(result, 'katastrophal').base * 1.5, 3);
    expect(result.label).toBe('negative');
    const english = await score('The idea sounds nice, but the execution is a disaster.', 'en');
    expect(contribution(english, 'disaster').rule).toBe('contrast');
    expect(english.label).toBe('negative');
  });

  it('takes doch as contrast only at the start of a clause', async () => {
    const particle = await score('Das ist doch eine gute Idee.');
    expect(particle.contributions.map((item) => item.rule)).toEqual(['lexicon']);
    const contrast = await score('Die Verluste sind schwer, doch die Hoffnung bleibt.');
    expect(contribution(contrast, 'Hoffnung').rule).toBe('contrast');
  });

  it('amplifies by 10% per exclamation mark (3 at most)', async () => {
    const plain = await score('Das ist eine Katastrophe.');
    const loud = await score('Das ist eine Katastrophe!!!!');
    const extra = contribution(loud, '!!!');
    expect(extra.rule).toBe('exclamation');
    expect(extra.weight).toBeCloseTo(plain.contributions[0]!.weight * 0.3, 3);
    expect(Math.abs(loud.score)).toBeGreaterThan(Math.abs(plain.score));
  });

  it('adds no exclamation contribution to a neutral sentence', async () => {
    const result = await score('Der Zug fährt um acht Uhr!');
    expect(result.contributions).toEqual([]);
    expect(result.score).toBe(0);
  });
});

describe('scoreSentence: quotes, compounds, mixed language', () => {
  it('marks quote segments and sentences mostly inside quotation marks as quoted', async () => {
    expect((await score('„Diese Politik ist ein Desaster“, sagte der Abgeordnete.')).quoted).toBe(true);
    expect((await score('“This is a historic day,” the senator said.', 'en')).quoted).toBe(true);
    expect((await score('»Das ist ein schwerer Fehler«, warnte sie.')).quoted).toBe(true);
    const sentence = await analyzeSentence('Die Lage ist schlecht.');
    expect(scoreSentence({ ...sentence, segment: 'quote' }, lexicons).quoted).toBe(true);
  });

  it('keeps own-voice sentences with a quoted word unquoted but tags the word', async () => {
    const result = await score('Er sprach von einem „Erfolg“ der Gespräche.');
    expect(result.quoted).toBe(false);
    expect(contribution(result, 'Erfolg').rules).toContain('quoted');
    expect(contribution(result, 'Erfolg').weight).toBe(contribution(result, 'Erfolg').base);
  });

  it('continues a quotation opened in an earlier sentence', async () => {
    const sentence = await analyzeSentence('Das ist ein Skandal.');
    expect(scoreSentence(sentence, lexicons, { insideQuotation: true }).quoted).toBe(true);
  });

  it('scores German compounds by their head', async () => {
    const result = await score('Die Hungerkatastrophe verschärft sich.');
    expect(contribution(result, 'Hungerkatastrophe')).toMatchObject({ rule: 'compound', match: 'katastrophe' });
    const hyphenated = await score('Die Corona-Krise dauert an.');
    expect(contribution(hyphenated, 'Corona-Krise')).toMatchObject({ rule: 'compound', match: 'krise' });
    const off = await score('Die Hungerkatastrophe verschärft sich.', 'de', { compounds: false });
    expect(off.contributions).toEqual([]);
  });

  it('falls back to the other language for foreign words', async () => {
    const german = await score('Der Deal ist einfach great.');
    expect(contribution(german, 'great')).toMatchObject({ rule: 'fallback', source: 'afinn-165' });
    const english = await score('The so-called Zeitenwende was a Katastrophe for the economy.', 'en');
    expect(contribution(english, 'Katastrophe')).toMatchObject({ rule: 'fallback', source: 'sentiws' });
    expect((await score('Der Deal ist einfach great.', 'de', { fallback: false })).contributions.map((c) => c.term)).toEqual(['einfach']);
  });

  it('never scores German function words with the English lexicon', async () => {
    const result = await score('Die Frau war bald da, also kam das Kind mit.');
    expect(result.contributions.filter((item) => item.source === 'afinn-165')).toEqual([]);
  });

  it('keeps every score in [-1, 1] with a consistent label (property)', async () => {
    const analyzer = await getAnalyzer();
    const vocabulary = ['nicht', 'sehr', 'gut', 'schlecht', 'Krieg', 'aber', 'kaum', 'Frieden', 'Katastrophe', ',', 'und', 'kein', 'extrem', 'Erfolg', '!', 'not', 'very', 'bad', 'great', 'but', 'Völkermord', 'wunderbar', 'toll'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 40 }), (words) => {
        const document = analyzer.analyze({ text: words.join(' '), lang: 'de' });
        for (const sentence of document.sentences) {
          const result = scoreSentence(sentence, lexicons);
          expect(result.score).toBeGreaterThanOrEqual(-1);
          expect(result.score).toBeLessThanOrEqual(1);
          expect(result.label).toBe(result.score >= 0.05 ? 'positive' : result.score <= -0.05 ? 'negative' : 'neutral');
        }
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});
