// The English Porter stemmer of natural 8 (lib/natural/stemmers/porter_stemmer.js), reimplemented
// over strings without regular expressions (internal). It gives natural's stems exactly, quirks
// included (see stem-english.test.ts, which holds it to natural): a `y` after a consonant counts
// as a vowel, a measure can be fractional (`flying` → CVVC → 1.5), step 2 and 3 apply their
// replacements one after the other to the running result while testing each suffix against the
// word as it came in, and step 4 takes the longest suffix whose stem has measure > 1.
import { hasLineTerminator, isLineTerminator } from './char-class.js';

function isVowel(c: number): boolean {
  // a e i o u
  return c === 97 || c === 101 || c === 105 || c === 111 || c === 117;
}

/** Whether the code unit at `i` is a vowel in natural's sense: a, e, i, o, u, or y after a consonant. */
function isVowelAt(word: string, i: number): boolean {
  const c = word.charCodeAt(i);
  if (isVowel(c)) return true;
  if (c !== 121 || i === 0) return false;
  const before = word.charCodeAt(i - 1);
  return !isVowel(before) && before !== 121;
}

/**
 * natural's `measure`: the groups of `word.slice(0, end)` as C (a run of consonants) and V (one per
 * vowel run, and one per `y` after consonants), less a leading C and a trailing V, halved; −1 for ''.
 */
function measure(word: string, end = word.length): number {
  if (end === 0) return -1;
  let groups = 0;
  let lastIsC = false;
  let firstIsC = false;
  for (let i = 0; i < end; i++) {
    if (isVowelAt(word, i)) {
      // a run of a e i o u is one V (a V after a y-vowel is a second one)
      if (i > 0 && isVowel(word.charCodeAt(i)) && isVowel(word.charCodeAt(i - 1))) continue;
      groups++;
      lastIsC = false;
    } else {
      if (lastIsC) continue;
      if (groups === 0) firstIsC = true;
      groups++;
      lastIsC = true;
    }
  }
  let length = groups;
  if (firstIsC) length--;
  if (!lastIsC && length > 0) length--;
  return length / 2;
}

/** Whether the word (up to `end`) has a V group at all. */
function hasVowelGroup(word: string, end = word.length): boolean {
  for (let i = 0; i < end; i++) if (isVowelAt(word, i)) return true;
  return false;
}

/** natural's `categorizeChars(word).substr(start, 3) === 'CVC'`, for the start natural computes. */
function isCvcAt(word: string, start: number): boolean {
  const from = Math.max(0, start);
  if (word.length - from < 3) return false;
  return !isVowelAt(word, from) && isVowelAt(word, from + 1) && !isVowelAt(word, from + 2);
}

function step1a(word: string): string {
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ies')) return word.slice(0, -2);
  if (word.length > 2 && word.charCodeAt(word.length - 1) === 115 && word.charCodeAt(word.length - 2) !== 115) return word.slice(0, -1);
  return word;
}

function step1b(word: string): string {
  if (word.endsWith('eed')) return measure(word, word.length - 3) > 0 ? word.slice(0, -1) : word;
  const cut = word.endsWith('ed') ? 2 : word.endsWith('ing') ? 3 : 0;
  if (cut === 0 || word.length === cut) return word;
  const stem = word.slice(0, -cut);
  if (!hasVowelGroup(stem)) return word;
  if (stem.endsWith('at') || stem.endsWith('bl') || stem.endsWith('iz')) return `${stem}e`;
  const n = stem.length;
  const last = stem.charCodeAt(n - 1);
  // a double consonant (any code unit but a e i o u, twice) not l, s or z is undoubled
  if (n >= 2 && last === stem.charCodeAt(n - 2) && !isVowel(last) && last !== 108 && last !== 115 && last !== 122) {
    return stem.slice(0, -1);
  }
  if (measure(stem) === 1 && isCvcAt(stem, n - 3) && last !== 119 && last !== 120 && last !== 121) return `${stem}e`;
  return stem;
}

function step1c(word: string): string {
  // natural: the word ends in y and its groups before the last one include a V
  if (word.charCodeAt(word.length - 1) !== 121) return word;
  // the last group is the final y's: a V when it follows a consonant, else part of a C run
  if (!hasVowelGroupBeforeLast(word)) return word;
  return `${word.slice(0, -1)}i`;
}

/** Whether the groups of `word` without the last group contain a V. */
function hasVowelGroupBeforeLast(word: string): boolean {
  const n = word.length;
  if (isVowelAt(word, n - 1)) {
    // the last group is this V alone (a y after a consonant): any V before it counts
    return hasVowelGroup(word, n - 1);
  }
  // the last group is a C run: find where it starts; any V before it counts
  let i = n - 1;
  while (i > 0 && !isVowelAt(word, i - 1)) i--;
  return hasVowelGroup(word, i);
}

type Rule = readonly [suffix: string, replacement: string];

const STEP2: readonly Rule[] = [
  ['ational', 'ate'], ['tional', 'tion'], ['enci', 'ence'], ['anci', 'ance'], ['izer', 'ize'], ['abli', 'able'],
  ['bli', 'ble'], ['alli', 'al'], ['entli', 'ent'], ['eli', 'e'], ['ousli', 'ous'], ['ization', 'ize'], ['ation', 'ate'],
  ['ator', 'ate'], ['alism', 'al'], ['iveness', 'ive'], ['fulness', 'ful'], ['ousness', 'ous'], ['aliti', 'al'],
  ['iviti', 'ive'], ['biliti', 'ble'], ['logi', 'log'],
];
const STEP3: readonly Rule[] = [['icate', 'ic'], ['ative', ''], ['alize', 'al'], ['iciti', 'ic'], ['ical', 'ic'], ['ful', ''], ['ness', '']];

/** natural's `replacePatterns(word, rules, 0)`. */
function replaceRules(word: string, rules: readonly Rule[]): string {
  let result = word;
  for (const [suffix, replacement] of rules) {
    if (!word.endsWith(suffix) || !(measure(word, word.length - suffix.length) > 0)) continue;
    if (!result.endsWith(suffix)) continue;
    const replaced = result.slice(0, result.length - suffix.length) + replacement;
    if (replaced.length > 0) result = replaced;
  }
  return result;
}

const STEP4 = new Set(['al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ou', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize']);


function step4(word: string): string {
  const n = word.length;
  // ^(.+?)(al|ance|…)$: the shortest stem of at least one code unit, i.e. the longest suffix listed
  let stemEnd = -1;
  for (let p = Math.max(1, n - 5); p < n; p++) {
    if (STEP4.has(word.slice(p))) {
      stemEnd = p;
      break;
    }
  }
  if (stemEnd > 0 && !hasLineTerminator(word, 0, stemEnd) && measure(word, stemEnd) > 1) return word.slice(0, stemEnd);
  // ^(.+?)(s|t)(ion)$
  if (n >= 5 && word.endsWith('ion')) {
    const c = word.charCodeAt(n - 4);
    if ((c === 115 || c === 116) && !hasLineTerminator(word, 0, n - 4) && measure(word, n - 3) > 1) return word.slice(0, n - 3);
  }
  return word;
}

function step5a(word: string): string {
  const n = word.length;
  const endsInE = n > 0 && word.charCodeAt(n - 1) === 101;
  const m = measure(word, endsInE ? n - 1 : n);
  if (!endsInE) return word;
  if (m > 1) return word.slice(0, -1);
  if (m === 1) {
    // natural: not (categorizeChars(word).substr(-4, 3) === 'CVC' and /[^wxy].$/)
    const before = n >= 2 ? word.charCodeAt(n - 2) : -1;
    const cvc = isCvcAt(word, n - 4) && n >= 2 && before !== 119 && before !== 120 && before !== 121 && !isLineTerminator(word.charCodeAt(n - 1));
    if (!cvc) return word.slice(0, -1);
  }
  return word;
}

function step5b(word: string): string {
  if (measure(word) > 1 && word.endsWith('ll')) return word.slice(0, -1);
  return word;
}

/**
 * The Porter stem of an English word, exactly as natural's `PorterStemmer.stem` gives it.
 *
 * @param word - Any string (lowercased first; words under three code units are returned as they are).
 * @returns The stem.
 */
export function stemEnglish(word: string): string {
  if (word.length < 3) return word;
  return step5b(step5a(step4(replaceRules(replaceRules(step1c(step1b(step1a(word.toLowerCase()))), STEP2), STEP3))));
}
