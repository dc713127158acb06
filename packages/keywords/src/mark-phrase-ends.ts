import { ACRONYM, CAPITALISED, CONTENT, INITIAL, type WordIndex } from './index-words.js';
import { ENGLISH_NON_HEADS } from './is-phrase-shape.js';

/**
 * Marks the words of a {@link WordIndex} that may end a keyphrase, the last-word half of
 * `isPhraseShape`: content words; in German sentences only nouns and names (a key capitalised
 * inside sentences more often than written in lower case, as `findNounKeys` finds them, or an
 * acronym), in English sentences none of `ENGLISH_NON_HEADS`. (A phrase must also start with a
 * content word; the extractors only start phrases there.)
 *
 * @param index The word index.
 * @param keys Per word of the index: its key id (`index.lemmas` or `index.norms`, or local ids).
 * @param keyStrings For local key ids (see `localizeKeys`): the string id of each. Default: keys are string ids.
 * @param isNoun Whether a key is a noun (capitalised inside sentences more often than written in
 *   lower case), when already counted. Default: counted here.
 * @returns Per word: 1 when it may end a keyphrase, else 0.
 */
export function markPhraseEnds(
  index: WordIndex,
  keys: Int32Array,
  keyStrings?: Int32Array,
  isNoun?: (key: number) => boolean,
): Uint8Array {
  const size = keyStrings === undefined ? index.strings.strings.length : keyStrings.length;
  const { flags, sentenceStarts, sentenceLangs } = index;
  if (isNoun === undefined) {
    const upper = new Int32Array(size);
    const lower = new Int32Array(size);
    for (let w = 0; w < keys.length; w++) {
      const flag = flags[w]!;
      if ((flag & CAPITALISED) === 0) lower[keys[w]!]!++;
      else if ((flag & INITIAL) === 0) upper[keys[w]!]!++;
    }
    isNoun = (key) => upper[key]! > lower[key]!;
  }
  const strings = index.strings.strings;
  const nonHeads = new Int8Array(size).fill(-1);
  const ends = new Uint8Array(keys.length);
  for (let s = 0; s < sentenceLangs.length; s++) {
    const lang = sentenceLangs[s];
    const end = sentenceStarts[s + 1]!;
    if (lang === 'de') {
      for (let w = sentenceStarts[s]!; w < end; w++) {
        const flag = flags[w]!;
        if ((flag & CONTENT) !== 0) ends[w] = (flag & ACRONYM) !== 0 || isNoun(keys[w]!) ? 1 : 0;
      }
    } else if (lang === 'en') {
      for (let w = sentenceStarts[s]!; w < end; w++) {
        if ((flags[w]! & CONTENT) === 0) continue;
        const key = keys[w]!;
        if (nonHeads[key]! < 0) nonHeads[key] = ENGLISH_NON_HEADS.has(strings[keyStrings ? keyStrings[key]! : key]!) ? 1 : 0;
        ends[w] = nonHeads[key] === 0 ? 1 : 0;
      }
    } else {
      for (let w = sentenceStarts[s]!; w < end; w++) if ((flags[w]! & CONTENT) !== 0) ends[w] = 1;
    }
  }
  return ends;
}
