import { describe, expect, it } from 'vitest';
import { makeSentences } from '../test/make-sentences.js';
import { findEntities } from './find-entities.js';
import { indexWords } from './index-words.js';
import type { GermanLexicon } from './load-german-lexicon.js';

/** A stand-in for the Morphy lexicon: a few common nouns and adjectives. */
const lexicon: GermanLexicon = {
  isNoun: (word) =>
    ['Krieg', 'Kolumnist', 'Präsident', 'Disco', 'Politik', 'Zoll', 'Börse', 'Analyse', 'Handel'].includes(word),
  isAdjective: (word) => ['vereinigten', 'neue', 'neuen'].includes(word),
};

const text = [
  'Der Kolumnist Pepe Escobar schreibt über DeepSeek und die NATO.',
  'Pepe Escobar sieht die Wall Street im Krieg mit DeepSeek.',
  'Auch Präsident Trump redet von der NATO und der Wall Street.',
  'Trumps Zollpolitik trifft die Vereinigten Staaten, sagt Trump.',
  'Die Vereinigten Staaten und die Analyse vom Handel.',
  'PUTIN SENT TRUMP A DIRECT MESSAGE TO THE NATO.',
  'Krieg ist schlimm. Der Krieg geht weiter.',
].join('\n');

describe('findEntities', () => {
  const documents = [{ name: 'd', sentences: makeSentences(text) }];

  it('finds multiword names, acronyms and names that are not German common nouns', () => {
    const found = findEntities(documents, { lexicon });
    const texts = found.map((entity) => entity.text);
    expect(texts).toEqual(expect.arrayContaining(['Pepe Escobar', 'Wall Street', 'DeepSeek', 'NATO', 'Trump', 'Vereinigten Staaten']));
    expect(found.find((entity) => entity.text === 'NATO')).toMatchObject({ count: 2, kind: 'acronym', documents: { d: 2 } });
  });

  it('merges the German genitive and drops leading descriptions', () => {
    const trump = findEntities(documents, { lexicon }).find((entity) => entity.text === 'Trump');
    // `Präsident Trump`, `Trumps`, `Trump` → three occurrences of Trump.
    expect(trump?.count).toBe(3);
  });

  it('rejects common nouns, compounds of known nouns and sentences in capitals', () => {
    const texts = findEntities(documents, { lexicon, minCount: 1 }).map((entity) => entity.text);
    for (const word of ['Krieg', 'Zollpolitik', 'Analyse', 'Handel', 'Kolumnist', 'PUTIN', 'MESSAGE']) {
      expect(texts).not.toContain(word);
    }
  });

  it('finds the same entities in a word index of the documents', () => {
    expect(findEntities(indexWords(documents), { lexicon, minCount: 1 })).toEqual(findEntities(documents, { lexicon, minCount: 1 }));
  });
});
