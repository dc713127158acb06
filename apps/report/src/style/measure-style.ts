import type { Sentence } from '@diskurs/tokenizer';
import type { Style } from '../report/types.js';
import { OWN_KINDS, VOICED_KINDS } from '../report/segment-kinds.js';
import { markQuotedTokens } from './mark-quoted-tokens.js';
import { measureLexicalDiversityOfIds } from './measure-lexical-diversity.js';
import {
  addSentenceCounts,
  computeReadability,
  createTextCounts,
  createWordMeasureCache,
  measureWord,
  type WordMeasure,
  type WordMeasureCache,
} from './measure-readability.js';

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
  const cache = options.cache ?? createWordMeasureCache();
  // One lookup per word: its text as written gives its lowercase id (for MTLD) and its measures.
  const written = new Map<string, WrittenWord>();
  const lowercase = new Map<string, number>();
  let ids = new Int32Array(1024);
  let words = 0;
  const german = createTextCounts();
  const english = createTextCounts();
  const measures: WordMeasure[] = [];
  let ownSentences = 0;
  let voicedWords = 0;
  let englishWords = 0;
  let quotedWords = 0;
  for (const document of documents) {
    const quoted = markQuotedTokens(document);
    for (let sentenceIndex = 0; sentenceIndex < document.sentences.length; sentenceIndex += 1) {
      const sentence = document.sentences[sentenceIndex]!;
      if (!VOICED_KINDS.includes(sentence.segment)) continue;
      const own = OWN_KINDS.includes(sentence.segment);
      const lang = sentence.lang === 'de' || sentence.lang === 'en' ? sentence.lang : null;
      const marks = quoted[sentenceIndex]!;
      const first = words;
      measures.length = 0;
      for (let tokenIndex = 0; tokenIndex < sentence.tokens.length; tokenIndex += 1) {
        const token = sentence.tokens[tokenIndex]!;
        if (token.kind !== 'word') continue;
        voicedWords += 1;
        if (sentence.lang === 'en') englishWords += 1;
        if (marks[tokenIndex]) quotedWords += 1;
        if (!own) continue;
        let word = written.get(token.text);
        if (word === undefined) {
          const lower = token.text.toLowerCase();
          let id = lowercase.get(lower);
          if (id === undefined) lowercase.set(lower, (id = lowercase.size));
          word = { id, de: undefined, en: undefined };
          written.set(token.text, word);
        }
        if (words === ids.length) {
          const grown = new Int32Array(ids.length * 2);
          grown.set(ids);
          ids = grown;
        }
        ids[words++] = word.id;
        if (lang !== null) measures.push((word[lang] ??= measureWord(token.text, lang, cache[lang])));
      }
      if (words === first) continue;
      ownSentences += 1;
      if (lang === 'de') addSentenceCounts(german, measures);
      else if (lang === 'en') addSentenceCounts(english, measures);
    }
  }
  return {
    meanSentenceLength: ownSentences > 0 ? words / ownSentences : 0,
    lexicalDiversity: measureLexicalDiversityOfIds(ids.subarray(0, words), lowercase.size, { minimumWords }),
    readability: computeReadability(german, english, { minimumWords }),
    englishShare: voicedWords > 0 ? englishWords / voicedWords : 0,
    quoteShare: voicedWords > 0 ? quotedWords / voicedWords : 0,
    words,
  };
}

/** What measureStyle knows about a word as written: its lowercase id and its measures per language. */
interface WrittenWord {
  id: number;
  de: WordMeasure | undefined;
  en: WordMeasure | undefined;
}
