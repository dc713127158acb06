import type { Sentence } from '@diskurs/tokenizer';
import type { Style } from '../report/types.js';
import { OWN_KINDS, VOICED_KINDS } from '../report/segment-kinds.js';
import { markQuotedTokens } from './mark-quoted-tokens.js';
import { measureLexicalDiversity } from './measure-lexical-diversity.js';
import { measureReadability, type WordMeasureCache } from './measure-readability.js';

/**
 * Measures the style of a group of documents:
 *
 * - `meanSentenceLength`: words per sentence of the own text (title, body, heading, list, footnote);
 * - `lexicalDiversity`: MTLD over the lowercased own-text words, document after document;
 * - `readability`: Flesch–Amstad and Wiener Sachtextformel on German own-text sentences, Flesch
 *   reading ease on English ones (each `null` below 100 words);
 * - `englishShare`: share of words (own text, quotes, embeds) in sentences detected as English;
 * - `quoteShare`: share of those words that are quoted (quote/embed segments or inside quotation marks).
 *
 * Only word tokens count as words (no numbers, punctuation, URLs).
 *
 * @param documents - The group's analysed documents: text and sentences (all segments).
 * @param options.minimumWords - Minimum words for MTLD and each readability formula (default 100).
 * @param options.cache - Word measures (syllables) to reuse across groups (default: fresh per call).
 */
export function measureStyle(
  documents: readonly { text: string; sentences: readonly Sentence[] }[],
  options: { minimumWords?: number; cache?: WordMeasureCache } = {},
): Style {
  const minimumWords = options.minimumWords ?? 100;
  const ownWords: string[] = [];
  const german: string[][] = [];
  const english: string[][] = [];
  let ownSentences = 0;
  let voicedWords = 0;
  let englishWords = 0;
  let quotedWords = 0;
  for (const document of documents) {
    const quoted = markQuotedTokens(document);
    document.sentences.forEach((sentence, sentenceIndex) => {
      if (!VOICED_KINDS.includes(sentence.segment)) return;
      const own = OWN_KINDS.includes(sentence.segment);
      const words: string[] = [];
      sentence.tokens.forEach((token, tokenIndex) => {
        if (token.kind !== 'word') return;
        voicedWords += 1;
        if (sentence.lang === 'en') englishWords += 1;
        if (quoted[sentenceIndex]![tokenIndex]) quotedWords += 1;
        if (own) words.push(token.text);
      });
      if (!own || words.length === 0) return;
      ownSentences += 1;
      for (const word of words) ownWords.push(word.toLowerCase());
      if (sentence.lang === 'de') german.push(words);
      else if (sentence.lang === 'en') english.push(words);
    });
  }
  return {
    meanSentenceLength: ownSentences > 0 ? ownWords.length / ownSentences : 0,
    lexicalDiversity: measureLexicalDiversity(ownWords, { minimumWords }),
    readability: measureReadability({ de: german, en: english }, { minimumWords, ...(options.cache ? { cache: options.cache } : {}) }),
    englishShare: voicedWords > 0 ? englishWords / voicedWords : 0,
    quoteShare: voicedWords > 0 ? quotedWords / voicedWords : 0,
    words: ownWords.length,
  };
}
