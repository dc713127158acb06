import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { describe } from 'vitest';
import { testStemmerAgainstReference } from '../test/fixtures/test-stemmer.js';
import { ENGLISH_STOPWORDS } from './is-stopword.js';
import { stemEnglish } from './stem-english.js';

// natural's Porter stemmer is the reference: the port must give its stems exactly.
describe('stemEnglish', () => {
  testStemmerAgainstReference(stemEnglish, (word) => PorterStemmer.stem(word), {
    classic: [
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
    ],
    words: ENGLISH_STOPWORDS,
    letters: [...'aeiouyybcdlmnrstwxzgpkhf', "'", 'ä', '\n', 'Y', 'E'],
    suffixes: ['', 'ing', 'ed', 'eed', 's', 'es', 'ies', 'sses', 'ational', 'tional', 'ization', 'ative', 'ement', 'sion', 'tion', 'll', 'e', 'y', 'izer', 'alli', 'biliti', 'ness'],
  });
});
