import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer_de.js';
import { describe, expect, it } from 'vitest';
import { GERMAN_STOPWORDS } from './is-stopword.js';
import { stemGerman } from './stem-german.js';

// natural's German stemmer is the reference: the port must give its stems exactly.
const reference = (word: string) => PorterStemmer.stem(word);

const CLASSIC = [
  'aufeinanderfolgenden', 'äckern', 'ackers', 'armes', 'bedürfnissen', 'derbsten', 'derbst', 'kategorisch', 'ewigkeit',
  'lustigkeit', 'möglichkeit', 'herrlichkeit', 'freundlich', 'wissenschaftlich', 'feuer', 'bauer', 'auaua', 'ayaya',
  'straße', 'größten', 'zölle', 'verhandelt', 'gingen', 'häusern', 'gemeinschaften', 'heiterkeit', 'ständig',
  'endlich', 'lehrerinnen', 'kriegen', 'kriegerisch', 'bürgerlich', 'Uhr', 'YU', 'a\nbcdst', 'xyz', 'e', '',
];

describe('stemGerman', () => {
  it("gives natural's stems for classic Snowball examples and edge cases", () => {
    for (const word of CLASSIC) expect(stemGerman(word), word).toBe(reference(word));
  });

  it("gives natural's stems for every word of the seeds and the German stopword list", () => {
    const corpus = readFileSync(new URL('../../../seeds/corpus.txt', import.meta.url), 'utf8');
    const words = new Set([...corpus.toLowerCase().split(/[^\p{L}'’-]+/u), ...GERMAN_STOPWORDS]);
    expect(words.size).toBeGreaterThan(1000);
    for (const word of words) expect(stemGerman(word), word).toBe(reference(word));
  });

  it('agrees with natural on any string', () => {
    const letters = fc.constantFrom(...'aeiouyäöüubcdlmnrstkghßsy'.split(''), 'U', 'Y', '\n', "'");
    const suffixes = fc.constantFrom('', 'en', 'ern', 'em', 'er', 'es', 'e', 's', 'est', 'st', 'end', 'ung', 'ig', 'ik', 'isch', 'lich', 'heit', 'keit', 'igkeit', 'lichkeit', 'nissen', 'erlich', 'endig');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.tuple(fc.array(letters, { maxLength: 12 }), suffixes).map(([a, s]) => a.join('') + s),
          fc.string({ maxLength: 20 }),
          fc.string({ unit: 'binary', maxLength: 20 }),
        ),
        (word) => {
          expect(stemGerman(word)).toBe(reference(word));
        },
      ),
      { numRuns: 20_000 },
    );
  });
});
