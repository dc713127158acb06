import { indexWords, type WordIndex } from '@diskurs/keywords';
import type { Sentence } from '@diskurs/tokenizer';
import type { Style } from '../report/types.js';
import { OWN_KINDS, VOICED_KINDS } from '../report/segment-kinds.js';
import { markQuotedTokens } from './mark-quoted-tokens.js';
import { measureLexicalDiversityOfIds } from './measure-lexical-diversity.js';
import {
  addSentenceCounts,
  computeReadability,
  countWordMeasure,
  createTextCounts,
  type WordMeasure,
} from './measure-readability.js';

/** The group's own-text words in a word index shared by the corpus (see {@link measureStyle}). */
export interface GroupWords {
  /** `indexWords` over the corpus' documents, own-text segments only. */
  index: WordIndex;
  /** Position of the group's first document among the index's documents (the group's are consecutive). */
  firstDocument: number;
}

/** Per word index: lowercase ids and measures by text id, shared by the groups measured with it. */
interface WordCache {
  /** Text id → lowercase id (−1: not yet known). */
  lower: Int32Array;
  lowerIds: Map<string, number>;
  /** Text id → measure, per language. */
  de: (WordMeasure | undefined)[];
  en: (WordMeasure | undefined)[];
}

const wordCaches = new WeakMap<WordIndex, WordCache>();

function wordCacheOf(index: WordIndex): WordCache {
  let cache = wordCaches.get(index);
  if (cache === undefined) {
    const size = index.strings.strings.length;
    cache = { lower: new Int32Array(size).fill(-1), lowerIds: new Map(), de: [], en: [] };
    wordCaches.set(index, cache);
  }
  return cache;
}

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
 * @param options.words - The group's own-text words in a word index the corpus shares (default:
 *   the documents are indexed here). Lowercase ids and measures are then kept per index.
 */
export function measureStyle(
  documents: readonly { text: string; sentences: readonly Sentence[] }[],
  options: { minimumWords?: number; words?: GroupWords } = {},
): Style {
  const minimumWords = options.minimumWords ?? 100;
  // Own-text words from the word index: one lowercase id (MTLD) and one measure per text id.
  const { index, firstDocument } = options.words ?? {
    index: indexWords(
      documents.map((document) => ({ name: '', sentences: document.sentences })),
      { segments: OWN_KINDS },
    ),
    firstDocument: 0,
  };
  const known = wordCacheOf(index);
  const strings = index.strings.strings;
  const firstSentence = index.documentStarts[firstDocument]!;
  const endSentence = index.documentStarts[firstDocument + documents.length]!;
  const ids = new Int32Array(index.sentenceStarts[endSentence]! - index.sentenceStarts[firstSentence]!);
  let words = 0;
  let ownSentences = 0;
  const german = createTextCounts();
  const english = createTextCounts();
  const measures: WordMeasure[] = [];
  for (let s = firstSentence; s < endSentence; s++) {
    const from = index.sentenceStarts[s]!;
    const to = index.sentenceStarts[s + 1]!;
    if (to === from) continue;
    ownSentences += 1;
    const lang = index.sentenceLangs[s];
    const measured = lang === 'de' ? known.de : lang === 'en' ? known.en : null;
    measures.length = 0;
    for (let w = from; w < to; w++) {
      const text = index.texts[w]!;
      let lower = known.lower[text]!;
      if (lower < 0) {
        const lowered = strings[text]!.toLowerCase();
        lower = known.lowerIds.get(lowered) ?? known.lowerIds.size;
        if (lower === known.lowerIds.size) known.lowerIds.set(lowered, lower);
        known.lower[text] = lower;
      }
      ids[words++] = lower;
      if (measured !== null) {
        let measure = measured[text];
        if (measure === undefined) {
          measure = countWordMeasure(strings[text]!, lang as 'de' | 'en');
          measured[text] = measure;
        }
        measures.push(measure);
      }
    }
    if (lang === 'de') addSentenceCounts(german, measures);
    else if (lang === 'en') addSentenceCounts(english, measures);
  }
  // Shares over the voiced text (own text, quotes, embeds): from the tokens.
  let voicedWords = 0;
  let englishWords = 0;
  let quotedWords = 0;
  for (const document of documents) {
    const quoted = markQuotedTokens(document);
    let at = 0;
    for (const sentence of document.sentences) {
      const tokens = sentence.tokens;
      if (!VOICED_KINDS.includes(sentence.segment)) {
        at += tokens.length;
        continue;
      }
      const english = sentence.lang === 'en';
      for (let k = 0; k < tokens.length; k += 1, at += 1) {
        if (tokens[k]!.kind !== 'word') continue;
        voicedWords += 1;
        if (english) englishWords += 1;
        quotedWords += quoted[at]!;
      }
    }
  }
  return {
    meanSentenceLength: ownSentences > 0 ? words / ownSentences : 0,
    lexicalDiversity: measureLexicalDiversityOfIds(ids.subarray(0, words), known.lowerIds.size, { minimumWords }),
    readability: computeReadability(german, english, { minimumWords }),
    englishShare: voicedWords > 0 ? englishWords / voicedWords : 0,
    quoteShare: voicedWords > 0 ? quotedWords / voicedWords : 0,
    words,
  };
}
