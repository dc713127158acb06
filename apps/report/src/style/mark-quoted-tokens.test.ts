import { describe, expect, it } from 'vitest';
import { makeSentences } from '../../test/fixtures/make-sentences.js';
import { markQuotedTokens } from './mark-quoted-tokens.js';

const quotedWords = (document: ReturnType<typeof makeSentences>) => {
  const marks = markQuotedTokens(document);
  expect(marks).toHaveLength(document.sentences.reduce((sum, sentence) => sum + sentence.tokens.length, 0));
  let at = 0;
  return document.sentences.map((sentence) =>
    sentence.tokens.filter((token) => marks[at++] === 1 && token.kind === 'word').map((token) => token.text),
  );
};

describe('markQuotedTokens', () => {
  it('marks words between German, English and French quotation marks', () => {
    const document = makeSentences(['Er sagte „wir gewinnen“ und ging.', 'She said “we win” today.', 'Sie rief »nie wieder« laut.']);
    expect(quotedWords(document)).toEqual([['wir', 'gewinnen'], ['we', 'win'], ['nie', 'wieder']]);
  });

  it('marks a word with quotation marks inside as quoted', () => {
    const document = makeSentences(['Der Trump-„Boogie“ explodiert.']);
    document.sentences[0]!.tokens.splice(1, 5, { ...document.sentences[0]!.tokens[1]!, text: 'Trump-„Boogie“', kind: 'word' });
    expect(quotedWords(document)).toEqual([['Trump-„Boogie“']]);
  });

  it('marks every word of quote and embed segments', () => {
    const document = makeSentences([['We will win.', { segment: 'quote', lang: 'en' }], 'Das ist falsch.']);
    expect(quotedWords(document)).toEqual([['We', 'will', 'win'], []]);
  });

  it('carries a quotation over sentences and closes an unclosed one at a paragraph break', () => {
    const document = makeSentences(['Er sagte: „Wir kommen.', 'Wir bleiben.“ Dann ging er.', 'Ein „offenes Zitat.', '', 'Neuer Absatz.']);
    expect(quotedWords(document)).toEqual([['Wir', 'kommen'], ['Wir', 'bleiben'], ['offenes', 'Zitat'], []]);
  });
});
