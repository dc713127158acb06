import { ELD_LETTERS, ELD_NGRAMS } from './language-ngrams.js';

// eld's n-gram scores for German and English (internal), computed as eld 2.1.0 computes them
// with `setLanguageSubset(['de', 'en'])`, but over the bytes of the text in typed arrays instead of
// n-gram strings and objects, and without scoring the 58 other languages eld would score and drop.
//
// eld's steps, reproduced: runs of non-letters become one space (apostrophes ending a run stay),
// the text is trimmed and lowercased, encoded as UTF-8 and cut (at the first space after 350
// bytes, after any character beyond 380); per word (at most 70 bytes), n-grams of 4 bytes at a
// stride of 3, the first with a leading space, and the word's last 4 bytes with a trailing space;
// each distinct n-gram adds its weight + 53 to every language it has a weight for; a language's
// score is x / (x + 25), x = its sum / the number of distinct n-grams.

/** Scores in [0, 1) of German and English; both 0 when no n-gram of either language occurs. */
export interface NgramScores {
  de: number;
  en: number;
}

/** What eld adds to every weight (it stores weights less their minimum). */
const BASE_WEIGHT = 53;
const TABLE_BITS = 13;
const TABLE_SIZE = 1 << TABLE_BITS;
const SEEN_BITS = 10;
const SEEN_SIZE = 1 << SEEN_BITS;

interface Tables {
  separators: RegExp;
  lo: Int32Array;
  hi: Int32Array;
  de: Int32Array;
  en: Int32Array;
}

let tables: Tables | null = null;

function hash(lo: number, hi: number, bits: number): number {
  return Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b) >>> (32 - bits);
}

function buildTables(): Tables {
  let letters = '';
  for (const range of ELD_LETTERS.split(' ')) {
    const [from, to] = range.split('-');
    letters += to === undefined ? `\\u{${from}}` : `\\u{${from}}-\\u{${to}}`;
  }
  const lo = new Int32Array(TABLE_SIZE);
  const hi = new Int32Array(TABLE_SIZE);
  const de = new Int32Array(TABLE_SIZE);
  const en = new Int32Array(TABLE_SIZE);
  for (const entry of ELD_NGRAMS.split(' ')) {
    const [bytes, german, english] = entry.split(',') as [string, string, string];
    let a = 0;
    let b = 0;
    const length = bytes.length / 2;
    for (let k = 0; k < length; k++) {
      const byte = Number.parseInt(bytes.slice(2 * k, 2 * k + 2), 16);
      if (k < 4) a |= byte << (8 * k);
      else b |= byte << (8 * (k - 4));
    }
    b |= length << 16;
    let slot = hash(a, b, TABLE_BITS);
    while (hi[slot] !== 0) slot = (slot + 1) & (TABLE_SIZE - 1);
    lo[slot] = a;
    hi[slot] = b;
    de[slot] = german === '' ? 0 : Number(german) + BASE_WEIGHT;
    en[slot] = english === '' ? 0 : Number(english) + BASE_WEIGHT;
  }
  return { separators: new RegExp(`[^${letters}]+(?<![\\x27\\x60\\u2019])`, 'gu'), lo, hi, de, en };
}

/** Builds the n-gram table once (a few milliseconds); {@link scoreLanguageNgrams} calls it itself. */
export function loadLanguageNgrams(): void {
  tables ??= buildTables();
}

// Per call: the bytes of the current word (the cut at 380 bytes keeps a word under 400), and the distinct n-grams seen so far (by stamp).
const word = new Uint8Array(512);
const seenStamp = new Int32Array(SEEN_SIZE);
const seenLo = new Int32Array(SEEN_SIZE);
const seenHi = new Int32Array(SEEN_SIZE);
let stamp = 0;
let distinct = 0;
let sumDe = 0;
let sumEn = 0;
// n-grams longer than 6 bytes (the tail of a word over 70 bytes): never in the table, but counted
let longSeen: Set<string> | null = null;

/** Counts the n-gram `word[from, to)` with optional leading and trailing spaces, once per call. */
function addNgram(t: Tables, from: number, to: number, lead: boolean, trail: boolean): void {
  const length = to - from + (lead ? 1 : 0) + (trail ? 1 : 0);
  if (length > 6) {
    let key = lead ? ' ' : '';
    for (let k = from; k < to; k++) key += String.fromCharCode(word[k]!);
    if (trail) key += ' ';
    longSeen ??= new Set();
    if (!longSeen.has(key)) {
      longSeen.add(key);
      distinct++;
    }
    return;
  }
  // pack the bytes: a = bytes 0–3, b = bytes 4–5 and the length
  let a = 0;
  let b = 0;
  let shift = 0;
  if (lead) {
    a = 32;
    shift = 8;
  }
  for (let k = from; k < to; k++, shift += 8) {
    if (shift < 32) a |= word[k]! << shift;
    else b |= word[k]! << (shift - 32);
  }
  if (trail) {
    if (shift < 32) a |= 32 << shift;
    else b |= 32 << (shift - 32);
  }
  b |= length << 16;
  let slot = hash(a, b, SEEN_BITS);
  for (;;) {
    if (seenStamp[slot] !== stamp) break;
    if (seenLo[slot] === a && seenHi[slot] === b) return;
    slot = (slot + 1) & (SEEN_SIZE - 1);
  }
  seenStamp[slot] = stamp;
  seenLo[slot] = a;
  seenHi[slot] = b;
  distinct++;
  slot = hash(a, b, TABLE_BITS);
  for (;;) {
    const h = t.hi[slot]!;
    if (h === 0) return;
    if (h === b && t.lo[slot] === a) {
      sumDe += t.de[slot]!;
      sumEn += t.en[slot]!;
      return;
    }
    slot = (slot + 1) & (TABLE_SIZE - 1);
  }
}

/** The n-grams of a word of `length` bytes in `word`. */
function addWord(t: Tables, length: number): void {
  const capped = Math.min(length, 70);
  let j = 0;
  for (; j + 4 < capped; j += 3) addNgram(t, j, j + 4, j === 0, false);
  // the tail runs to the end of the word (eld's substring), even past the 70 bytes
  addNgram(t, Math.max(0, capped - 4), length, j === 0, true);
}

/**
 * eld's German and English scores of a text (see the comment at the top of this file).
 *
 * @param text - Any string.
 * @returns The two scores, equal to eld's `getScores().de` / `.en` (0 where eld has none).
 */
export function scoreLanguageNgrams(text: string): NgramScores {
  const t = (tables ??= buildTables());
  const s = text.slice(0, 1000).replace(t.separators, ' ').trim().toLowerCase();
  stamp++;
  if (stamp === 0x7fffffff) {
    seenStamp.fill(0);
    stamp = 1;
  }
  distinct = 0;
  sumDe = 0;
  sumEn = 0;
  longSeen = null;
  let length = 0;
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (c === 32) {
        if (length > 0) addWord(t, length);
        length = 0;
        if (bytes > 350) break;
      } else word[length++] = c;
      bytes++;
    } else if (c < 0x800) {
      word[length++] = 0xc0 | (c >> 6);
      word[length++] = 0x80 | (c & 0x3f);
      bytes += 2;
    } else {
      // no surrogates here: eld's letters are all in the BMP, so the separator pass has turned
      // every astral character and lone surrogate into a space (and lowercasing makes none)
      word[length++] = 0xe0 | (c >> 12);
      word[length++] = 0x80 | ((c >> 6) & 0x3f);
      word[length++] = 0x80 | (c & 0x3f);
      bytes += 3;
    }
    if (bytes > 380) break;
  }
  if (length > 0) addWord(t, length);
  const scale = (sum: number) => {
    if (!(sum > 0)) return 0;
    const x = sum / distinct;
    return x / (x + 25);
  };
  return { de: scale(sumDe), en: scale(sumEn) };
}
