import type { Readability } from '../report/types.js';
import { countSyllables } from './count-syllables.js';

/** Word counts a readability formula rests on. */
export interface TextCounts {
  sentences: number;
  words: number;
  syllables: number;
  /** Words of three or more syllables. */
  polysyllables: number;
  /** Words of one syllable. */
  monosyllables: number;
  /** Words of more than six letters. */
  longWords: number;
}

/** What readability counts of a distinct word: its syllables, and whether it has more than six letters (code points). */
export interface WordMeasure {
  syllables: number;
  long: boolean;
}

/** Measures of words already seen, per language; share one between calls over the same corpus. */
export type WordMeasureCache = Record<'de' | 'en', Map<string, WordMeasure>>;

/** An empty {@link WordMeasureCache}. */
export function createWordMeasureCache(): WordMeasureCache {
  return { de: new Map(), en: new Map() };
}

/** Zero counts, to add sentences to with {@link addSentenceCounts}. */
export function createTextCounts(): TextCounts {
  return { sentences: 0, words: 0, syllables: 0, polysyllables: 0, monosyllables: 0, longWords: 0 };
}

/** The measure of a word in a language: its syllables, and whether it is long (over six characters). */
export function countWordMeasure(word: string, lang: 'de' | 'en'): WordMeasure {
  return { syllables: countSyllables(word, { lang }), long: [...word].length > 6 };
}

/** The measure of a word in a language, from the cache or counted and cached. */
export function measureWord(word: string, lang: 'de' | 'en', known: Map<string, WordMeasure>): WordMeasure {
  let entry = known.get(word);
  if (entry === undefined) {
    entry = countWordMeasure(word, lang);
    known.set(word, entry);
  }
  return entry;
}

/**
 * Adds one sentence, given as the measures of its words, to `counts`: words without syllables
 * (no letters) do not count, and a sentence without counted words is no sentence.
 */
export function addSentenceCounts(counts: TextCounts, measures: readonly WordMeasure[]): void {
  let words = 0;
  for (const measure of measures) {
    const syllables = measure.syllables;
    if (syllables === 0) continue;
    words += 1;
    counts.syllables += syllables;
    if (syllables >= 3) counts.polysyllables += 1;
    if (syllables === 1) counts.monosyllables += 1;
    if (measure.long) counts.longWords += 1;
  }
  if (words > 0) {
    counts.sentences += 1;
    counts.words += words;
  }
}

function countText(sentences: readonly (readonly string[])[], lang: 'de' | 'en', known: Map<string, WordMeasure>): TextCounts {
  const counts = createTextCounts();
  for (const sentence of sentences) addSentenceCounts(counts, sentence.map((word) => measureWord(word, lang, known)));
  return counts;
}

/**
 * Measures readability with the classic formulas, each on the sentences of its language:
 *
 * - Flesch–Amstad (German): `180 − ASL − 58.5 × ASW`;
 * - first Wiener Sachtextformel (German, Bamberger & Vanecek 1984):
 *   `0.1935 × MS + 0.1672 × SL + 0.1297 × IW − 0.0327 × ES − 0.875`
 *   (MS % words of ≥ 3 syllables, SL mean sentence length, IW % words of > 6 letters, ES % words of one syllable);
 * - Flesch reading ease (English): `206.835 − 1.015 × ASL − 84.6 × ASW`;
 *
 * where ASL is words per sentence and ASW syllables per word (see {@link countSyllables}).
 *
 * @param sentences.de - German sentences as arrays of words.
 * @param sentences.en - English sentences as arrays of words.
 * @param options.minimumWords - A language with fewer words gets `null` formulas (default 100).
 * @param options.cache - Word measures to reuse and extend (default: a fresh one per call).
 */
export function measureReadability(
  sentences: { de: readonly (readonly string[])[]; en: readonly (readonly string[])[] },
  options: { minimumWords?: number; cache?: WordMeasureCache } = {},
): Readability {
  const cache = options.cache ?? createWordMeasureCache();
  return computeReadability(countText(sentences.de, 'de', cache.de), countText(sentences.en, 'en', cache.en), options);
}

/**
 * The formulas of {@link measureReadability} from counts already made (see {@link addSentenceCounts}).
 *
 * @param german - Counts of the German sentences.
 * @param english - Counts of the English sentences.
 * @param options.minimumWords - A language with fewer words gets `null` formulas (default 100).
 */
export function computeReadability(german: TextCounts, english: TextCounts, options: { minimumWords?: number } = {}): Readability {
  const minimum = options.minimumWords ?? 100;
  const result: Readability = { fleschAmstad: null, wienerSachtextformel: null, fleschReadingEase: null };
  if (german.words >= minimum && german.words > 0) {
    const asl = german.words / german.sentences;
    const asw = german.syllables / german.words;
    result.fleschAmstad = 180 - asl - 58.5 * asw;
    const percent = (count: number) => (100 * count) / german.words;
    result.wienerSachtextformel =
      0.1935 * percent(german.polysyllables) +
      0.1672 * asl +
      0.1297 * percent(german.longWords) -
      0.0327 * percent(german.monosyllables) -
      0.875;
  }
  if (english.words >= minimum && english.words > 0) {
    result.fleschReadingEase =
      206.835 - (1.015 * english.words) / english.sentences - (84.6 * english.syllables) / english.words;
  }
  return result;
}
