import { readFileSync } from 'node:fs';
import { eld } from 'eld/extrasmall';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreLanguageNgrams } from './score-language-ngrams.js';

// The table is derived from eld (scripts/build-language-ngrams.mjs); these tests hold the scorer to
// eld itself, restricted to German and English as detectLanguage used it before.
const reference = eld.newInstance();
reference.setLanguageSubset(['de', 'en']);

function eldScores(text: string): { de: number; en: number } {
  const scores = reference.detect(text).getScores() as Record<string, number>;
  return { de: scores.de ?? 0, en: scores.en ?? 0 };
}

const pieces = fc.constantFrom(
  'der', 'Zölle', 'the', "don't", "rock 'n' roll", 'Straße', 'ÄÖÜ', 'İstanbul', 'ΣΟΦΙΑ', 'Москва', '東京', '😀', '\ud800',
  '\udc00', "'", '`', '’', ' ', '  ', '\n', '.', ',', '-', '1999', 'x'.repeat(80), 'ü'.repeat(50), 'é', 'ñ', 'ß',
  'Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichenverordnungsentwurfsbegründung',
);

describe('scoreLanguageNgrams', () => {
  it('scores every sentence of the seeds exactly as eld does', () => {
    const corpus = readFileSync(new URL('../../../seeds/corpus.txt', import.meta.url), 'utf8');
    const lines = corpus.split('\n').filter((line) => line.trim().length > 0);
    expect(lines.length).toBeGreaterThan(100);
    for (const line of lines) expect(scoreLanguageNgrams(line)).toEqual(eldScores(line));
  });

  it('gives German text a higher German score and English text a higher English score', () => {
    const german = scoreLanguageNgrams('Die Bundesregierung hat die Zölle auf Stahl erhöht, sagte der Minister.');
    const english = scoreLanguageNgrams('The government raised the tariffs on steel, the minister said.');
    expect(german.de).toBeGreaterThan(german.en);
    expect(english.en).toBeGreaterThan(english.de);
  });

  it('gives both scores 0 without German or English n-grams', () => {
    expect(scoreLanguageNgrams('')).toEqual({ de: 0, en: 0 });
    expect(scoreLanguageNgrams('1234 !!! 😀')).toEqual({ de: 0, en: 0 });
  });

  it('agrees with eld on any string: long words, long texts, apostrophes, other scripts, lone surrogates', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc.string({ unit: 'grapheme', maxLength: 300 }),
          fc.array(pieces, { maxLength: 80 }).map((a) => a.join(' ')),
          fc.array(pieces, { maxLength: 80 }).map((a) => a.join('')),
        ),
        (text) => {
          expect(scoreLanguageNgrams(text)).toEqual(eldScores(text));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
