import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer_de.js';
import { describe } from 'vitest';
import { testStemmerAgainstReference } from '../test/fixtures/test-stemmer.js';
import { GERMAN_STOPWORDS } from './is-stopword.js';
import { stemGerman } from './stem-german.js';

// natural's German stemmer is the reference: the port must give its stems exactly.
describe('stemGerman', () => {
  testStemmerAgainstReference(stemGerman, (word) => PorterStemmer.stem(word), {
    classic: [
      'aufeinanderfolgenden', 'äckern', 'ackers', 'armes', 'bedürfnissen', 'derbsten', 'derbst', 'kategorisch', 'ewigkeit',
      'lustigkeit', 'möglichkeit', 'herrlichkeit', 'freundlich', 'wissenschaftlich', 'feuer', 'bauer', 'auaua', 'ayaya',
      'straße', 'größten', 'zölle', 'verhandelt', 'gingen', 'häusern', 'gemeinschaften', 'heiterkeit', 'ständig',
      'endlich', 'lehrerinnen', 'kriegen', 'kriegerisch', 'bürgerlich', 'Uhr', 'YU', 'a\nbcdst', 'xyz', 'e', '',
    ],
    words: GERMAN_STOPWORDS,
    letters: [...'aeiouyäöüubcdlmnrstkghßsy', 'U', 'Y', '\n', "'"],
    suffixes: ['', 'en', 'ern', 'em', 'er', 'es', 'e', 's', 'est', 'st', 'end', 'ung', 'ig', 'ik', 'isch', 'lich', 'heit', 'keit', 'igkeit', 'lichkeit', 'nissen', 'erlich', 'endig'],
  });
});
