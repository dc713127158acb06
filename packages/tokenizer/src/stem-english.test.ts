import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { describe, expect, it } from 'vitest';
import { ENGLISH_STOPWORDS } from './is-stopword.js';
import { stemEnglish } from './stem-english.js';

// natural's Porter stemmer is the reference: the port must give its stems exactly.
const reference = (word: string) => PorterStemmer.stem(word);

const CLASSIC = [
  'caresses', 'ponies', 'ties', 'caress', 'cats', 'feed', 'agreed', 'plastered', 'bled', 'motoring', 'sing', 'conflated',
  'troubled', 'sized', 'hopping', 'tanned', 'falling', 'hissing', 'fizzed', 'failing', 'filing', 'happy', 'sky',
  'relational', 'conditional', 'rational', 'valenci', 'hesitanci', 'digitizer', 'conformabli', 'radicalli',
  'differentli', 'vileli', 'analogousli', 'vietnamization', 'predication', 'operator', 'feudalism', 'decisiveness',
  'hopefulness', 'callousness', 'formaliti', 'sensitiviti', 'sensibiliti', 'triplicate', 'formative', 'formalize',
  'electriciti', 'electrical', 'hopeful', 'goodness', 'revival', 'allowance', 'inference', 'airliner', 'gyroscopic',
  'adjustable', 'defensible', 'irritant', 'replacement', 'adjustment', 'dependent', 'adoption', 'homologou',
  'communism', 'activate', 'angulariti', 'homologous', 'effective', 'bowdlerize', 'probate', 'rate', 'cease',
  'controll', 'roll', 'flying', 'flyaway', 'yyy', 'ayyy', 'syzygy', 'rhythm', 'queueing', 'generalizations',
  "nation's", 'über', 'naïve', 'ing', 'eed', 'ed', 'bying', 'sion', 'ation', 'x\nion', 'ab\u2028ement',
];

describe('stemEnglish', () => {
  it("gives natural's stems for the classic Porter examples and edge cases", () => {
    for (const word of CLASSIC) expect(stemEnglish(word), word).toBe(reference(word));
  });

  it("gives natural's stems for every word of the seeds and the English stopword list", () => {
    const corpus = readFileSync(new URL('../../../seeds/corpus.txt', import.meta.url), 'utf8');
    const words = new Set([...corpus.toLowerCase().split(/[^\p{L}'’-]+/u), ...ENGLISH_STOPWORDS]);
    expect(words.size).toBeGreaterThan(1000);
    for (const word of words) expect(stemEnglish(word), word).toBe(reference(word));
  });

  it('agrees with natural on any string', () => {
    const letters = fc.constantFrom(...'aeiouyybcdlmnrstwxzgpkhf'.split(''), "'", 'ä', '\n', 'Y', 'E');
    const suffixes = fc.constantFrom('', 'ing', 'ed', 'eed', 's', 'es', 'ies', 'sses', 'ational', 'tional', 'ization', 'ative', 'ement', 'sion', 'tion', 'll', 'e', 'y', 'izer', 'alli', 'biliti', 'ness');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.tuple(fc.array(letters, { maxLength: 12 }), suffixes).map(([a, s]) => a.join('') + s),
          fc.string({ maxLength: 20 }),
          fc.string({ unit: 'binary', maxLength: 20 }),
        ),
        (word) => {
          expect(stemEnglish(word)).toBe(reference(word));
        },
      ),
      { numRuns: 20_000 },
    );
  });
});
