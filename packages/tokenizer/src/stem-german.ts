// The German stemmer of natural 8 (lib/natural/stemmers/porter_stemmer_de.js, the Snowball German
// algorithm by Joder Illi), reimplemented over code units without regular expressions (internal).
// It gives natural's stems exactly, quirks included (see stem-german.test.ts, which holds it to
// natural): `u`/`y` between vowels are marked in one left-to-right pass that does not overlap
// (`auaua` → `aUaua`), the word is not lowercased, and umlauts are dropped at the end.
import { hasLineTerminator } from './char-class.js';

const STEP1_A = ['em', 'ern', 'er'];
const STEP1_B = ['e', 'en', 'es'];
const STEP2_A = ['en', 'er', 'est'];
const STEP3_A = ['end', 'ung'];
const STEP3_B = ['ig', 'ik', 'isch'];
const STEP3_C = ['lich', 'heit'];
const AFTER_C = ['er', 'en'];
const AFTER_D = ['lich', 'ig'];
const UNMARK = /[UYäöü]/g;
const UNMARKED: Readonly<Record<string, string>> = { U: 'u', Y: 'y', ä: 'a', ö: 'o', ü: 'u' };
const unmark = (char: string): string => UNMARKED[char]!;

/** a e i o u y ä ö ü (lowercase only: a marked U or Y is a consonant). */
function isVowel(c: number): boolean {
  return c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121 || c === 0xe4 || c === 0xf6 || c === 0xfc;
}

/** b d f g h k l m n r t: a valid s-ending; without r, a valid st-ending. */
function isSEnding(c: number): boolean {
  return c === 98 || c === 100 || c === 102 || c === 103 || c === 104 || c === 107 || c === 108 || c === 109 || c === 110 || c === 114 || c === 116;
}


/** Marks `letter` (u or y) between vowels as its upper case, in one non-overlapping pass. */
function markBetweenVowels(word: string, letter: number, mark: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i + 2 < word.length; ) {
    if (isVowel(word.charCodeAt(i)) && word.charCodeAt(i + 1) === letter && isVowel(word.charCodeAt(i + 2))) {
      out += word.slice(from, i + 1) + mark;
      from = i + 2;
      i += 3;
    } else i++;
  }
  return from === 0 ? word : out + word.slice(from);
}

/** Index after the first vowel followed by a non-vowel at or after `from`, or −1. */
function regionStart(word: string, from: number): number {
  for (let i = from; i + 1 < word.length; i++) {
    if (isVowel(word.charCodeAt(i)) && !isVowel(word.charCodeAt(i + 1))) return i + 2;
  }
  return -1;
}

/** Index of `suffix` at the end of `word`, or −1. */
function suffixAt(word: string, suffix: string): number {
  return word.endsWith(suffix) ? word.length - suffix.length : -1;
}

/** Picks the earlier of two candidate indexes (−1: none), the first on ties. */
function earlier(a: number, b: number): number {
  return a === -1 || (b !== -1 && b < a) ? b : a;
}

/** Earliest index of one of the suffixes (the longest one present). */
function longestSuffix(word: string, suffixes: readonly string[]): number {
  let index = -1;
  for (const suffix of suffixes) {
    const at = suffixAt(word, suffix);
    if (at !== -1 && (index === -1 || at < index)) index = at;
  }
  return index;
}

/**
 * The stem of a German word, exactly as natural's German `PorterStemmer.stem` gives it.
 *
 * @param input - A word (lowercase: natural does not lowercase it either).
 * @returns The stem.
 */
export function stemGerman(input: string): string {
  let word = markBetweenVowels(markBetweenVowels(input, 117, 'U'), 121, 'Y');
  if (word.includes('ß')) word = word.replaceAll('ß', 'ss');

  let r1 = regionStart(word, 0);
  let r2 = -1;
  if (r1 !== -1) {
    r2 = regionStart(word, r1);
    if (r1 < 3) r1 = 3;
  }

  // Step 1: em ern er | e en es | s after a valid s-ending; delete if in R1 (and niss → nis after group b)
  const n1 = word.length;
  const s1 = n1 >= 2 && word.charCodeAt(n1 - 1) === 115 && isSEnding(word.charCodeAt(n1 - 2)) ? n1 - 1 : -1;
  const a1 = longestSuffix(word, STEP1_A);
  const b1 = longestSuffix(word, STEP1_B);
  const index1 = earlier(earlier(a1, b1), s1);
  if (index1 !== -1 && r1 !== -1 && index1 >= r1) {
    // group b wins only when it is strictly earlier than group a (and not beaten by the s-ending)
    const optionB = b1 !== -1 && index1 === b1 && (a1 === -1 || b1 < a1);
    word = word.slice(0, index1);
    if (optionB && word.endsWith('niss')) word = word.slice(0, -1);
  }

  // Step 2: en er est | st after a valid st-ending itself after three characters; delete if in R1
  const n2 = word.length;
  let st = -1;
  if (n2 >= 6 && word.endsWith('st')) {
    const ending = word.charCodeAt(n2 - 3);
    if (isSEnding(ending) && ending !== 114) {
      if (!hasLineTerminator(word, n2 - 6, n2 - 3)) st = n2 - 2;
    }
  }
  const index2 = earlier(longestSuffix(word, STEP2_A), st);
  if (index2 !== -1 && r1 !== -1 && index2 >= r1) word = word.slice(0, index2);

  // Step 3: d-suffixes
  let b3 = -1;
  for (const suffix of STEP3_B) {
    const at = suffixAt(word, suffix);
    if (at >= 1 && word.charCodeAt(at - 1) !== 101 && (b3 === -1 || at < b3)) b3 = at;
  }
  const candidates3 = [longestSuffix(word, STEP3_A), b3, longestSuffix(word, STEP3_C), suffixAt(word, 'keit')];
  let index3 = -1;
  let option3 = -1;
  for (let k = 0; k < 4; k++) {
    const at = candidates3[k]!;
    if (at !== -1 && (index3 === -1 || at < index3)) {
      index3 = at;
      option3 = k;
    }
  }
  if (index3 !== -1 && r2 !== -1 && index3 >= r2) {
    word = word.slice(0, index3);
    if (option3 === 0) {
      const at = suffixAt(word, 'ig');
      if (at >= 1 && word.charCodeAt(at - 1) !== 101 && at >= r2) word = word.slice(0, at);
    } else if (option3 === 2) {
      const at = longestSuffix(word, AFTER_C);
      if (at !== -1 && at >= r1) word = word.slice(0, at);
    } else if (option3 === 3) {
      const at = longestSuffix(word, AFTER_D);
      if (at !== -1 && at >= r2) word = word.slice(0, at);
    }
  }

  // U and Y back to lower case, umlauts without their dots
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 85 || c === 89 || c === 0xe4 || c === 0xf6 || c === 0xfc) return word.replace(UNMARK, unmark);
  }
  return word;
}
