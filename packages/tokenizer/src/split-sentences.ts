import { MAYBE_FINAL_ABBREVIATIONS, MONTHS, NEVER_FINAL_ABBREVIATIONS, NUMBER_ABBREVIATIONS } from './abbreviations.js';
import { charClass, DIGIT, isCloser, isLower, isUpper, LETTER, SPACE } from './char-class.js';
import { ENGLISH_STOPWORDS, GERMAN_STOPWORDS } from './is-stopword.js';
import type { SentenceSpan } from './types.js';

/** Options of {@link splitSentences}. */
export interface SplitSentencesOptions {
  /** Offset to start at; spans stay offsets into `text`. Default: `0`. */
  start?: number;
  /** Offset to stop at (exclusive). Default: `text.length`. */
  end?: number;
}

/** Words after which a number followed by a period is an ordinal (`im 20. Jahrhundert`). */
const ORDINAL_CONTEXT = new Set([
  'der', 'die', 'das', 'dem', 'den', 'des', 'am', 'im', 'vom', 'zum', 'zur', 'beim', 'bis', 'seit', 'ab', 'ihr',
  'ihre', 'ihrem', 'ihren', 'ihrer', 'sein', 'seine', 'seinem', 'seinen', 'seiner', 'ein', 'eine', 'einem',
  'einen', 'einer', 'zum', 'vor', 'nach', 'jedes', 'jeden', 'jeder', 'diese', 'dieser', 'diesem', 'diesen',
  'unser', 'unsere', 'unserem', 'unseren', 'unserer', 'und', 'oder', 'bzw', 'vom', 'alle', 'allen',
]);

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || (c > 127 && charClass(c) === SPACE);
}

function isTerminal(c: number): boolean {
  return (
    c === 46 ||
    c === 33 ||
    c === 63 ||
    c === 0x2026 ||
    c === 0x203c ||
    c === 0x2047 ||
    c === 0x2048 ||
    c === 0x2049 ||
    c === 0x3002 ||
    c === 0xff01 ||
    c === 0xff1f
  );
}

/** Whether a line starting at `at` starts with a list marker (`•`, `-`, `*`, `1.`, `a)`) or a Markdown heading. */
function startsWithListMarker(text: string, at: number, end: number): boolean {
  let i = at;
  while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  if (i >= end) return false;
  const c = text.charCodeAt(i);
  if (c === 0x2022 || c === 0x25aa || c === 0x25ba || c === 0x25cf || c === 0x2023 || c === 0xb7 || c === 0x25e6) {
    return true;
  }
  const n = i + 1 < end ? text.charCodeAt(i + 1) : 32;
  if ((c === 45 || c === 42 || c === 43 || c === 0x2013 || c === 0x2014) && (n === 32 || n === 9)) return true;
  if (c === 35 && (n === 32 || n === 35)) return true;
  if (charClass(c) === DIGIT) {
    let j = i;
    while (j < end && j - i < 3 && charClass(text.charCodeAt(j)) === DIGIT) j++;
    const d = j < end ? text.charCodeAt(j) : 0;
    const e = j + 1 < end ? text.charCodeAt(j + 1) : 32;
    if ((d === 46 || d === 41) && (e === 32 || e === 9)) return true;
  }
  return false;
}

/** Start of the last word found by {@link wordBefore}. */
let wordStart = 0;

/** The word (letters, digits, inner periods, apostrophes) ending right before `p`, lowercased; '' if none. */
function wordBefore(text: string, from: number, p: number): string {
  let w = p;
  while (w > from) {
    const c = text.charCodeAt(w - 1);
    const k = charClass(c);
    if (k === LETTER || k === DIGIT || c === 46 || c === 39 || c === 0x2019) w--;
    else break;
  }
  // a leading period is not part of the word
  while (w < p && text.charCodeAt(w) === 46) w++;
  wordStart = w;
  return text.slice(w, p).toLowerCase();
}

/** The word starting at `q` (letters and digits), as written. */
function wordAt(text: string, q: number, end: number): string {
  let j = q;
  while (j < end) {
    const k = charClass(text.charCodeAt(j));
    if (k === LETTER || k === DIGIT) j++;
    else break;
  }
  return text.slice(q, j);
}

function isCapitalizedFunctionWord(word: string): boolean {
  if (word.length === 0 || !isUpper(word.charCodeAt(0))) return false;
  const lower = word.toLowerCase();
  return GERMAN_STOPWORDS.has(lower) || ENGLISH_STOPWORDS.has(lower);
}

function isAllUpper(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isUpper(text.charCodeAt(i))) return false;
  return true;
}

function allDigits(w: string): boolean {
  if (w.length === 0) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Decides whether terminal punctuation at `p`..`runEnd` (closers until `after`) ends the sentence. */
function endsSentence(text: string, sentStart: number, p: number, runEnd: number, after: number, end: number): boolean {
  let q = after;
  while (q < end && isSpaceCode(text.charCodeAt(q))) q++;
  if (q >= end) return true;
  const nc = text.charCodeAt(q);
  if (isLower(nc)) return false;
  if (nc === 44 || nc === 59 || nc === 58) return false;
  // "Was nun? – fragte er." a dash and a lowercase word continue the sentence
  if (nc === 0x2013 || nc === 0x2014 || nc === 45) {
    let r = q + 1;
    while (r < end && text.charCodeAt(r) === 32) r++;
    if (r < end && isLower(text.charCodeAt(r))) return false;
  }
  const first = text.charCodeAt(p);
  const runLength = runEnd - p;
  const ellipsis = first === 0x2026 || (first === 46 && runLength >= 3);
  if (ellipsis) {
    // detached ellipsis ("bedeutet … etwas") is a pause, attached one before a capital ends the sentence
    if (p === sentStart || isSpaceCode(text.charCodeAt(p - 1))) return false;
    return isUpper(nc) || charClass(nc) === DIGIT;
  }
  if (first === 46 && runLength === 1) {
    const w = wordBefore(text, sentStart, p);
    if (w.length > 0) {
      const next = wordAt(text, q, end);
      if (allDigits(w)) {
        if (w.length > 3) return true;
        // an enumeration at the start of a sentence or line: "1. @mspro Ja."
        const numberStart = wordStart;
        if (numberStart === sentStart) return false;
        if (next.length === 0) return true;
        if (MONTHS.has(next.toLowerCase())) return false;
        const prev = wordBefore(text, sentStart, Math.max(sentStart, numberStart - 1));
        if (ORDINAL_CONTEXT.has(prev)) return false;
        // "No 24." "Nr. 5." count, they do not rank
        if (NUMBER_ABBREVIATIONS.has(prev)) return true;
        return isCapitalizedFunctionWord(next);
      }
      const start = wordStart;
      if (start > sentStart) {
        const before = text.charCodeAt(start - 1);
        // the last part of a hyphenated compound, a URL path or an e-mail domain
        if (before === 45 || before === 47 || before === 64) return true;
      }
      const bare = w.endsWith('.') ? w.slice(0, -1) : w;
      // an acronym in capitals ("the FT.", "der USA.") is a word
      if (bare.length >= 2 && !bare.includes('.') && isAllUpper(text, start, p)) return true;
      if (NUMBER_ABBREVIATIONS.has(bare)) return charClass(nc) !== DIGIT;
      if (MAYBE_FINAL_ABBREVIATIONS.has(bare)) return isCapitalizedFunctionWord(next);
      if (NEVER_FINAL_ABBREVIATIONS.has(bare)) return false;
      if (bare.length === 1 && charClass(bare.charCodeAt(0)) === LETTER) return false;
      if (bare.includes('.')) return isCapitalizedFunctionWord(next);
    }
  }
  return true;
}

/** Whether a single line break at `nl` ends the current sentence (heading, list item, short line). */
function lineBreakEnds(text: string, lineStart: number, nl: number, nextLine: number, end: number): boolean {
  if (startsWithListMarker(text, nextLine, end)) return true;
  if (startsWithListMarker(text, lineStart, end)) return true;
  let e = nl;
  while (e > lineStart && isSpaceCode(text.charCodeAt(e - 1))) e--;
  const last = text.charCodeAt(e - 1);
  // a word broken at the line end ("Ver-\nordnung") or a hard-wrapped prose line continues
  if (last === 45 && e - 2 >= lineStart && charClass(text.charCodeAt(e - 2)) === LETTER) return false;
  // a line ending in a comma or followed by a lowercase word continues the sentence
  if (last === 44 || last === 59 || isLower(text.charCodeAt(nextLine))) return false;
  // a long line (hard-wrapped prose) followed by a capital continues; a short one is a heading or label
  return !(e - lineStart >= 40 && e - lineStart <= 100 && last !== 58);
}

/**
 * Appends the sentence spans of `text.slice(start, end)` to `out` (internal, used by `analyze`).
 */
export function splitSentencesInto(text: string, start: number, end: number, out: SentenceSpan[]): void {
  let sentStart = -1;
  let lineStart = start;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (sentStart >= 0) {
        let j = i + 1;
        while (j < end) {
          const d = text.charCodeAt(j);
          if (d !== 10 && isSpaceCode(d)) j++;
          else break;
        }
        if (j >= end || text.charCodeAt(j) === 10 || lineBreakEnds(text, lineStart, i, j, end)) {
          let e = i;
          while (e > sentStart && isSpaceCode(text.charCodeAt(e - 1))) e--;
          out.push({ start: sentStart, end: e });
          sentStart = -1;
        }
      }
      lineStart = i + 1;
      i++;
      continue;
    }
    if (c <= 32 || (c > 127 && isSpaceCode(c))) {
      i++;
      continue;
    }
    if (sentStart < 0) sentStart = i;
    if (isTerminal(c)) {
      let runEnd = i + 1;
      while (runEnd < end) {
        const d = text.charCodeAt(runEnd);
        if (isTerminal(d)) runEnd++;
        // a spaced ellipsis ". . ."
        else if (d === 32 && c === 46 && runEnd + 1 < end && text.charCodeAt(runEnd + 1) === 46) runEnd += 2;
        else break;
      }
      let after = runEnd;
      while (after < end && isCloser(text.charCodeAt(after))) after++;
      if (after < end && !isSpaceCode(text.charCodeAt(after))) {
        i = after;
        continue;
      }
      if (endsSentence(text, sentStart, i, runEnd, after, end)) {
        out.push({ start: sentStart, end: after });
        sentStart = -1;
      }
      i = after;
      continue;
    }
    i++;
  }
  if (sentStart >= 0) {
    let e = end;
    while (e > sentStart && isSpaceCode(text.charCodeAt(e - 1))) e--;
    out.push({ start: sentStart, end: e });
  }
}

/**
 * Splits text into sentence spans in one pass. Knows German and English abbreviations (`Prof.`,
 * `Dr.`, `Mr.`, `z. B.`, `d. h.`, `u. a.`, `usw.`, `bzw.`, `ca.`, `vgl.`, `Nr.`, `Mio.`, `Jan.`,
 * `etc.` …), ordinals and dates (`14. November 2025`, `im 20. Jahrhundert`), numbers (`2.048`,
 * `1,5`), ellipses, quotations that close after the period (`„…“`, `“…”`, `»…«`), `?` and `!`,
 * and line structure: a blank line always ends a sentence; a heading, label or list item
 * without final punctuation is its own sentence; hard-wrapped prose lines are joined.
 * Spans exclude surrounding whitespace and never overlap. Never throws.
 *
 * @param text - Input text.
 * @param options - See {@link SplitSentencesOptions}.
 * @returns Sentence spans in text order (offsets into `text`).
 */
export function splitSentences(text: string, options: SplitSentencesOptions = {}): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  if (typeof text !== 'string') return out;
  const start = Math.max(0, Math.min(options.start ?? 0, text.length));
  const end = Math.max(start, Math.min(options.end ?? text.length, text.length));
  splitSentencesInto(text, start, end, out);
  return out;
}
