import { deu, eng } from 'stopword';
import type { Language } from './types.js';

/** German stopwords of the `stopword` package (MIT), lowercased. */
export const GERMAN_STOPWORDS: ReadonlySet<string> = new Set(deu.map((w: string) => w.toLowerCase()));
/** English stopwords of the `stopword` package (MIT), lowercased. */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(eng.map((w: string) => w.toLowerCase()));

/** Flag bits of {@link WORD_FLAGS}. */
export const GERMAN_STOPWORD = 1;
export const ENGLISH_STOPWORD = 2;
/** Frequent function words that exist in one of the two languages only (language evidence). */
export const GERMAN_ONLY = 4;
export const ENGLISH_ONLY = 8;

const GERMAN_FUNCTION_WORDS =
  'der die das und ist nicht ein eine einen einem einer eines zu den von mit sich des auf für im dem auch es sie wird werden sind wie bei oder aus nach noch wir ich aber hat kann nur über durch wenn dass daß vom zum zur haben können diese dieser diesem diesen dieses sein seine seiner ihre ihren ihrer ihr uns sehr schon doch als um unter vor zwischen gegen ohne mehr wurde wurden waren bereits immer jetzt hier dann denn weil dort sowie beim sei seien müssen muss soll sollte sollen keine kein einmal wieder nichts alle allen alles jedoch damit darauf dazu zwar ob ihm ihn ihnen mich mir euch dich dir uns unsere unser';
const ENGLISH_FUNCTION_WORDS =
  'the and of to is that it for with as on be by this are from at or have they which you was were their has not but been would can there we our its these what who should must into than them then some only other such very when where while about after before because those could does did do its his her him she he my your being had just over between through against without';

/** Lowercased word → flag bits (stopword lists and language evidence), one lookup per token. */
export const WORD_FLAGS: ReadonlyMap<string, number> = (() => {
  const flags = new Map<string, number>();
  const set = (w: string, bit: number) => flags.set(w, (flags.get(w) ?? 0) | bit);
  for (const w of GERMAN_STOPWORDS) set(w, GERMAN_STOPWORD);
  for (const w of ENGLISH_STOPWORDS) set(w, ENGLISH_STOPWORD);
  const de = new Set(GERMAN_FUNCTION_WORDS.split(' '));
  const en = new Set(ENGLISH_FUNCTION_WORDS.split(' '));
  for (const w of de) if (!en.has(w)) set(w, GERMAN_ONLY);
  for (const w of en) if (!de.has(w)) set(w, ENGLISH_ONLY);
  return flags;
})();

/** Length of the longest flagged word: longer words need no lookup. */
export const LONGEST_FLAGGED_WORD = Math.max(...[...WORD_FLAGS.keys()].map((w) => w.length));

/** Index of a word in {@link FLAGGED_SHAPES}: length, first and last code unit (6 bits each). */
export function shapeIndex(word: string): number {
  return (word.length << 12) | ((word.charCodeAt(0) & 63) << 6) | (word.charCodeAt(word.length - 1) & 63);
}

/** 1 where some flagged word has that shape: a zero means no lookup is needed. */
export const FLAGGED_SHAPES: Uint8Array = (() => {
  const shapes = new Uint8Array((LONGEST_FLAGGED_WORD + 1) << 12);
  for (const w of WORD_FLAGS.keys()) if (w.length > 0) shapes[shapeIndex(w)] = 1;
  return shapes;
})();

/** Stopword bit(s) for a language (`any`: either list). */
export function stopwordMask(lang: Language | 'any'): number {
  return lang === 'de' ? GERMAN_STOPWORD : lang === 'en' ? ENGLISH_STOPWORD : lang === 'any' ? GERMAN_STOPWORD | ENGLISH_STOPWORD : 0;
}

/**
 * Whether a normalised word is on the stopword list of a language (lists of the `stopword`
 * package). This is a flag only: never drop tokens by it before sentiment or stance scoring,
 * the German list contains `nicht`, `kein`, `nie`, `ohne`, `gegen` and `gut` (see `isNegation`).
 *
 * @param norm - Lowercased token (`Token.norm`).
 * @param lang - `'de'`, `'en'`, `'other'` (always false) or `'any'` (either list).
 * @returns True when `norm` is on the list.
 */
export function isStopword(norm: string, lang: Language | 'any'): boolean {
  if (norm.length > LONGEST_FLAGGED_WORD) return false;
  const flags = WORD_FLAGS.get(norm);
  return flags !== undefined && (flags & stopwordMask(lang)) !== 0;
}
