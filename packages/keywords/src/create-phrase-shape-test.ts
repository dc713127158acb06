import { ACRONYM, CAPITALISED, CONTENT, INITIAL, type WordIndex } from './index-words.js';
import { ENGLISH_NON_HEADS } from './is-phrase-shape.js';

/** Whether the words `start … end − 1` of a {@link WordIndex}, in a sentence of language `lang`, may be a keyphrase. */
export type PhraseShapeTest = (lang: string, start: number, end: number) => boolean;

/**
 * `isPhraseShape` for the words of a {@link WordIndex}: content words at both ends; in German
 * sentences a noun or name as the last word (a key capitalised inside sentences more often than
 * written in lower case, as `findNounKeys` finds them, or an acronym), in English sentences not
 * one of `ENGLISH_NON_HEADS`.
 *
 * @param index The word index.
 * @param keys Per word of the index: its key id (`index.lemmas` or `index.norms`).
 * @returns The test.
 */
export function createPhraseShapeTest(index: WordIndex, keys: Int32Array): PhraseShapeTest {
  const size = index.strings.strings.length;
  const flags = index.flags;
  const upper = new Int32Array(size);
  const lower = new Int32Array(size);
  for (let w = 0; w < keys.length; w++) {
    const flag = flags[w]!;
    if ((flag & CAPITALISED) === 0) lower[keys[w]!]!++;
    else if ((flag & INITIAL) === 0) upper[keys[w]!]!++;
  }
  const strings = index.strings.strings;
  const nonHeads = new Int8Array(size).fill(-1);
  return (lang, start, end) => {
    const first = flags[start]!;
    const last = flags[end - 1]!;
    if (end <= start || (first & CONTENT) === 0 || (last & CONTENT) === 0) return false;
    const key = keys[end - 1]!;
    if (lang === 'de') return (last & ACRONYM) !== 0 || upper[key]! > lower[key]!;
    if (lang === 'en') {
      if (nonHeads[key]! < 0) nonHeads[key] = ENGLISH_NON_HEADS.has(strings[key]!) ? 1 : 0;
      return nonHeads[key] === 0;
    }
    return true;
  };
}
