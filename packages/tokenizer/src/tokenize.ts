import {
  charClass,
  DIGIT,
  HIGH,
  isApostrophe,
  isAstralLetter,
  isCloser,
  isEmojiStart,
  isHyphen,
  isOpeningQuote,
  JOINER,
  LETTER,
  LOW,
  PUNCT,
  SPACE,
} from './char-class.js';
import { FLAGGED_SHAPES, LONGEST_FLAGGED_WORD, shapeIndex, stopwordMask, WORD_FLAGS } from './is-stopword.js';
import { normalizeToken } from './normalize-token.js';
import type { Language, Token, TokenKind } from './types.js';

/** Options of {@link tokenize}. */
export interface TokenizeOptions {
  /**
   * Language whose stopword list sets `Token.stopword`: `'de'`, `'en'`, `'other'` (never a
   * stopword) or `'any'` (on either list). Default: `'any'`.
   */
  lang?: Language | 'any';
  /** Offset to start tokenizing at; token offsets stay offsets into `text`. Default: `0`. */
  start?: number;
  /** Offset to stop at (exclusive). Default: `text.length`. */
  end?: number;
}

const TLD =
  'com|org|net|de|at|ch|io|co|uk|eu|gov|edu|info|ru|cn|fr|it|es|nl|tv|me|ly|be|us|ai|int|mil|biz|app|dev|news|online|pl|se|no|dk|fi|jp|in|ua|by|kz|ir|tr|gr|pt|cz|hu|ro|ca|au|nz|br|ar|mx|za|il|su|to|gl|gle|page|blog|xyz|site|social|video';
const DOMAIN_RE = new RegExp(
  `(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\.)+(?:${TLD})(?![A-Za-z0-9-])(?::\\d+)?(?:[/?#][^\\s]*)?`,
  'y',
);
const EMAIL_RE = /[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![A-Za-z0-9])/y;
const SCHEME_RE = /(?:https?|ftp):\/\/[^\s]+|www\.[^\s]+/iy;

/** Token kinds by their code in {@link TokenOffsets.kinds}. */
export const TOKEN_KINDS: readonly TokenKind[] = ['word', 'number', 'punct', 'symbol', 'url', 'email', 'mention', 'hashtag', 'emoji'];
const KIND_WORD = 0;
const KIND_NUMBER = 1;
const KIND_PUNCT = 2;
const KIND_SYMBOL = 3;
const KIND_URL = 4;
const KIND_EMAIL = 5;
const KIND_MENTION = 6;
const KIND_HASHTAG = 7;
const KIND_EMOJI = 8;
/** Bit set on the kind code of hyphenated compounds (they get `parts`). */
const COMPOUND = 16;
/** Bit set when the token is lowercase ASCII already (its `norm` is its text). */
const PLAIN = 32;

// Scanner results (module-level to avoid allocations per token).
let scanKind = KIND_WORD;
let scanCompound = false;
let scanPlain = true;

// Token buffers of the last scan, grown as needed and reused.
let starts = new Uint32Array(4096);
let ends = new Uint32Array(4096);
let kinds = new Uint8Array(4096);
let count = 0;

function grow(): void {
  const size = starts.length * 2;
  const s = new Uint32Array(size);
  s.set(starts);
  starts = s;
  const e = new Uint32Array(size);
  e.set(ends);
  ends = e;
  const k = new Uint8Array(size);
  k.set(kinds);
  kinds = k;
}

/** Drops oversized buffers after a very large text, so they do not stay allocated. */
function release(): void {
  if (starts.length > 1 << 20) {
    starts = new Uint32Array(4096);
    ends = new Uint32Array(4096);
    kinds = new Uint8Array(4096);
  }
  count = 0;
}

function emit(start: number, end: number, kind: number): void {
  if (count === starts.length) grow();
  starts[count] = start;
  ends[count] = end;
  kinds[count] = kind;
  count++;
}

function isWordClass(k: number): boolean {
  return k === LETTER || k === DIGIT;
}

/** Trims trailing punctuation from a URL match, keeping balanced parentheses. */
function trimUrl(text: string, start: number, end: number): number {
  while (end > start) {
    const c = text.charCodeAt(end - 1);
    if (c === 41) {
      // ')' stays when it closes a '(' of the URL
      let open = 0;
      let close = 0;
      for (let k = start; k < end; k++) {
        const d = text.charCodeAt(k);
        if (d === 40) open++;
        else if (d === 41) close++;
      }
      if (close <= open) break;
      end--;
      continue;
    }
    if (
      c === 46 ||
      c === 44 ||
      c === 59 ||
      c === 58 ||
      c === 33 ||
      c === 63 ||
      c === 93 ||
      c === 62 ||
      c === 0x2026 ||
      isCloser(c) ||
      isOpeningQuote(c)
    ) {
      end--;
      continue;
    }
    break;
  }
  return end;
}

function matchAt(re: RegExp, text: string, at: number, limit: number): number {
  re.lastIndex = at;
  const m = re.exec(text);
  if (m === null) return -1;
  return Math.min(at + m[0].length, limit);
}

/** Length of a gender suffix (`innen`, `in`) at `at`, or 0. */
function genderSuffix(text: string, at: number, end: number): number {
  if (text.startsWith('innen', at) && at + 5 <= end) {
    const after = at + 5 < end ? charClass(text.charCodeAt(at + 5)) : SPACE;
    if (!isWordClass(after)) return 5;
  }
  if (text.startsWith('in', at) && at + 2 <= end) {
    const after = at + 2 < end ? charClass(text.charCodeAt(at + 2)) : SPACE;
    if (!isWordClass(after)) return 2;
  }
  return 0;
}

/** Scans a word/number starting at `i` (a letter or digit). Returns its end. */
function scanWord(text: string, i: number, end: number): number {
  let hasLetter = false;
  scanCompound = false;
  scanPlain = true;
  scanKind = KIND_WORD;
  let j = i;
  let partLen = 0;
  let dotted = false;
  while (j < end) {
    const c = text.charCodeAt(j);
    if (c >= 97 && c <= 122) {
      hasLetter = true;
      partLen++;
      j++;
      continue;
    }
    if (c >= 65 && c <= 90) {
      hasLetter = true;
      scanPlain = false;
      partLen++;
      j++;
      continue;
    }
    if (c === 32) break;
    if (c >= 0x80) scanPlain = false;
    const k = charClass(c);
    if (k === LETTER) {
      hasLetter = true;
      partLen++;
      j++;
      continue;
    }
    if (k === DIGIT) {
      partLen++;
      j++;
      continue;
    }
    if (k === HIGH) {
      const cp = text.codePointAt(j)!;
      if (cp > 0xffff && isAstralLetter(cp)) {
        hasLetter = true;
        partLen++;
        j += 2;
        continue;
      }
      break;
    }
    if (j === i) break;
    const n = j + 1 < end ? text.charCodeAt(j + 1) : -1;
    const nk = n < 0 ? SPACE : charClass(n);
    if (k === JOINER) {
      if (isWordClass(nk)) {
        j++;
        continue;
      }
      break;
    }
    const p = text.charCodeAt(j - 1);
    const pk = charClass(p);
    if (isHyphen(c)) {
      if (isWordClass(nk) || (nk === HIGH && n >= 0 && j + 2 < end && isAstralLetter(text.codePointAt(j + 1)!))) {
        scanCompound = true;
        partLen = 0;
        j++;
        continue;
      }
      if (n >= 0 && isOpeningQuote(n) && j + 2 < end && charClass(text.charCodeAt(j + 2)) === LETTER) {
        // quoted compound part: Trump-„Boogie“
        let q = j + 2;
        while (q < end && isWordClass(charClass(text.charCodeAt(q)))) q++;
        if (q < end && isCloser(text.charCodeAt(q))) {
          scanCompound = true;
          hasLetter = true;
          j = q + 1;
          partLen = 0;
          continue;
        }
      }
      break;
    }
    if (c === 46 || c === 44 || c === 58) {
      // '.', ',', ':'
      if (pk === DIGIT && nk === DIGIT) {
        j++;
        partLen = 0;
        continue;
      }
      if (c === 58) {
        const g = pk === LETTER ? genderSuffix(text, j + 1, end) : 0;
        if (g > 0) {
          j += 1 + g;
          continue;
        }
        if (pk === LETTER && text.startsWith('//', j + 1)) {
          const u = matchAt(SCHEME_RE, text, i, end);
          if (u > 0) {
            scanKind = KIND_URL;
            return trimUrl(text, i, u);
          }
        }
        break;
      }
      if (c === 46 && nk === LETTER) {
        const u = matchAt(DOMAIN_RE, text, i, end);
        if (u > 0) {
          const mail = matchAt(EMAIL_RE, text, i, end);
          if (mail > u) {
            scanKind = KIND_EMAIL;
            return mail;
          }
          scanKind = KIND_URL;
          return trimUrl(text, i, u);
        }
        const mail = matchAt(EMAIL_RE, text, i, end);
        if (mail > 0) {
          scanKind = KIND_EMAIL;
          return mail;
        }
        if (partLen === 1 && pk === LETTER) {
          // z.B., U.S., e.V.
          dotted = true;
          partLen = 0;
          j++;
          continue;
        }
        break;
      }
      if (c === 46 && dotted && partLen === 1 && pk === LETTER) {
        j++;
      }
      break;
    }
    if (c === 42 || c === 95 || c === 47 || c === 0xb7) {
      // gender forms: Freund*innen, Lehrer_innen, Lehrer/innen, Lehrer/-innen
      if (pk === LETTER) {
        let s = j + 1;
        if (c === 47 && s < end && text.charCodeAt(s) === 45) s++;
        const g = genderSuffix(text, s, end);
        if (g > 0) {
          j = s + g;
          continue;
        }
      }
      if (c === 95 && (c === 95 || pk === DIGIT) && isWordClass(nk)) {
        j++;
        continue;
      }
      break;
    }
    if (isApostrophe(c)) {
      if (pk === LETTER && nk === LETTER) {
        j++;
        continue;
      }
      break;
    }
    if (c === 64 || c === 43 || c === 37) {
      // '@' '+' '%': maybe an e-mail address
      if (c === 64 || c === 43) {
        const mail = matchAt(EMAIL_RE, text, i, end);
        if (mail > 0) {
          scanKind = KIND_EMAIL;
          return mail;
        }
      }
      break;
    }
    break;
  }
  if (!hasLetter) scanKind = KIND_NUMBER;
  return j;
}

/** Scans an emoji sequence starting at `i` (code point `cp`). Returns its end. */
function scanEmoji(text: string, i: number, cp: number, end: number): number {
  let j = i + (cp > 0xffff ? 2 : 1);
  let regional = cp >= 0x1f1e6 && cp <= 0x1f1ff ? 1 : 0;
  while (j < end) {
    const c = text.charCodeAt(j);
    if (c === 0xfe0f || c === 0xfe0e || c === 0x20e3) {
      j++;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.codePointAt(j)!;
      if (next >= 0x1f3fb && next <= 0x1f3ff) {
        j += 2;
        continue;
      }
      if (next >= 0xe0020 && next <= 0xe007f) {
        j += 2;
        continue;
      }
      if (regional === 1 && next >= 0x1f1e6 && next <= 0x1f1ff) {
        regional = 2;
        j += 2;
        continue;
      }
      break;
    }
    if (c === 0x200d && j + 1 < end) {
      const next = text.codePointAt(j + 1)!;
      if (isEmojiStart(next)) {
        j += 1 + (next > 0xffff ? 2 : 1);
        regional = 0;
        continue;
      }
    }
    break;
  }
  return Math.min(j, end);
}

function makeParts(norm: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let k = 0; k <= norm.length; k++) {
    if (k === norm.length || norm.charCodeAt(k) === 45) {
      let a = from;
      let b = k;
      while (a < b && (norm.charCodeAt(a) === 34 || norm.charCodeAt(a) === 39)) a++;
      while (b > a && (norm.charCodeAt(b - 1) === 34 || norm.charCodeAt(b - 1) === 39)) b--;
      if (b > a) parts.push(norm.slice(a, b));
      from = k + 1;
    }
  }
  return parts;
}



/**
 * Appends the tokens of `text.slice(start, end)` to `out` (internal fast path used by `analyze`).
 * With `lemmaSlots`, word tokens are created with `lemma` and `stem` (set to `norm`, to be replaced).
 */
/** Scans `text.slice(start, end)` into the module buffers; returns the token count. */
function scan(text: string, start: number, end: number): number {
  count = 0;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      i++;
      continue;
    }
    const k = charClass(c);
    if (k === SPACE) {
      i++;
      continue;
    }
    if (k === LETTER || k === DIGIT) {
      const j = scanWord(text, i, end);
      emit(i, j, (scanCompound && scanKind === KIND_WORD ? KIND_WORD | COMPOUND : scanKind) | (scanPlain && scanKind <= KIND_NUMBER ? PLAIN : 0));
      i = j;
      continue;
    }
    if (k === HIGH) {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff && i + 1 < end) {
        if (isAstralLetter(cp)) {
          const j = scanWord(text, i, end);
          emit(i, j, (scanCompound && scanKind === KIND_WORD ? KIND_WORD | COMPOUND : scanKind) | (scanPlain && scanKind <= KIND_NUMBER ? PLAIN : 0));
          i = j;
          continue;
        }
        if (isEmojiStart(cp)) {
          const j = scanEmoji(text, i, cp, end);
          emit(i, j, KIND_EMOJI);
          i = j;
          continue;
        }
        emit(i, i + 2, KIND_SYMBOL);
        i += 2;
        continue;
      }
      emit(i, i + 1, KIND_SYMBOL);
      i++;
      continue;
    }
    if (k === LOW) {
      emit(i, i + 1, KIND_SYMBOL);
      i++;
      continue;
    }
    if (k === JOINER) {
      i++;
      continue;
    }
    if (k === PUNCT) {
      const n = i + 1 < end ? text.charCodeAt(i + 1) : -1;
      if (c === 64 && n >= 0 && (isWordClass(charClass(n)) || n === 95)) {
        // @handle
        let j = i + 1;
        while (j < end) {
          const d = text.charCodeAt(j);
          if (d === 95 || isWordClass(charClass(d))) j++;
          else break;
        }
        emit(i, j, KIND_MENTION);
        i = j;
        continue;
      }
      if (c === 35 && n >= 0 && (charClass(n) === LETTER || n === 95 || charClass(n) === DIGIT)) {
        let j = i + 1;
        while (j < end) {
          const d = text.charCodeAt(j);
          if (d === 95 || isWordClass(charClass(d))) j++;
          else break;
        }
        emit(i, j, KIND_HASHTAG);
        i = j;
        continue;
      }
      if (c === 37 || c === 0x2030) {
        emit(i, i + 1, KIND_SYMBOL);
        i++;
        continue;
      }
      if (c === 46 || c === 45 || c === 33 || c === 63) {
        // runs: '...', '--', '!!', '?!'
        let j = i + 1;
        while (j < end) {
          const d = text.charCodeAt(j);
          if (d === c || ((c === 33 || c === 63) && (d === 33 || d === 63))) j++;
          else break;
        }
        emit(i, j, KIND_PUNCT);
        i = j;
        continue;
      }
      emit(i, i + 1, KIND_PUNCT);
      i++;
      continue;
    }
    // SYMBOL
    if (isEmojiStart(c)) {
      const j = scanEmoji(text, i, c, end);
      emit(i, j, KIND_EMOJI);
      i = j;
      continue;
    }
    if ((c === 0xa9 || c === 0xae) && i + 1 < end && text.charCodeAt(i + 1) === 0xfe0f) {
      emit(i, i + 2, KIND_EMOJI);
      i += 2;
      continue;
    }
    emit(i, i + 1, KIND_SYMBOL);
    i++;
  }
  return count;
}

/**
 * Appends the tokens of `text.slice(start, end)` to `out` (internal fast path used by `analyze`).
 * With `lemmaSlots`, word tokens are created with `lemma` and `stem` (set to `norm`, to be replaced).
 */
export function tokenizeInto(
  text: string,
  start: number,
  end: number,
  lang: Language | 'any',
  out: Token[],
  lemmaSlots = false,
): void {
  const n = scan(text, start, end);
  const mask = stopwordMask(lang);
  for (let k = 0; k < n; k++) {
    const a = starts[k]!;
    const b = ends[k]!;
    const code = kinds[k]!;
    const t = text.slice(a, b);
    const norm = (code & PLAIN) !== 0 ? t : normalizeToken(t);
    const kind = code & 15;
    let stopword = false;
    if (
      mask !== 0 &&
      kind === KIND_WORD &&
      (code & COMPOUND) === 0 &&
      norm.length <= LONGEST_FLAGGED_WORD &&
      FLAGGED_SHAPES[shapeIndex(norm)] === 1
    ) {
      const flags = WORD_FLAGS.get(norm);
      stopword = flags !== undefined && (flags & mask) !== 0;
    }
    // words that will get a lemma and a stem are created with both (one object shape, no later growth)
    const token: Token =
      lemmaSlots && kind === KIND_WORD
        ? { text: t, start: a, end: b, kind: 'word', norm, stopword, lemma: norm, stem: norm }
        : { text: t, start: a, end: b, kind: TOKEN_KINDS[kind]!, norm, stopword };
    if ((code & COMPOUND) !== 0) token.parts = makeParts(norm);
    out.push(token);
  }
  release();
}

/** Token boundaries and kinds as typed arrays (see {@link locateTokens}). */
export interface TokenOffsets {
  /** Number of tokens. */
  count: number;
  /** Start offset of each token. */
  starts: Uint32Array;
  /** End offset (exclusive) of each token. */
  ends: Uint32Array;
  /** Kind of each token as an index into `TOKEN_KINDS` (`0` word … `8` emoji). */
  kinds: Uint8Array;
}

/**
 * The same single pass as {@link tokenize}, returning only token boundaries and kinds as typed
 * arrays, without a string or object per token: for counting and indexing large texts.
 * Never throws.
 *
 * @param text - Input text.
 * @param options - `start` and `end` as in {@link TokenizeOptions}; `lang` is ignored.
 * @returns Offsets and kind codes of every token.
 */
export function locateTokens(text: string, options: Omit<TokenizeOptions, 'lang'> = {}): TokenOffsets {
  if (typeof text !== 'string') return { count: 0, starts: new Uint32Array(0), ends: new Uint32Array(0), kinds: new Uint8Array(0) };
  const start = Math.max(0, Math.min(options.start ?? 0, text.length));
  const end = Math.max(start, Math.min(options.end ?? text.length, text.length));
  const n = scan(text, start, end);
  const k = kinds.slice(0, n);
  for (let x = 0; x < n; x++) k[x] = k[x]! & 15;
  const result = { count: n, starts: starts.slice(0, n), ends: ends.slice(0, n), kinds: k };
  release();
  return result;
}

/**
 * Splits text into tokens in one pass over its char codes. Never throws: any string (lone
 * surrogates, control characters, huge tokens) gives tokens whose offsets point into `text`,
 * increase, and satisfy `text.slice(start, end) === token.text`.
 *
 * Rules: Unicode letters incl. umlauts; hyphenated compounds stay one token with `parts`
 * (`Open-Source-Technologie`, `Trump-„Boogie“`, `2.0-Tanzbewegungen`); gender forms
 * (`Freund*innen`, `Bürger:innen`, `Lehrer_innen`, `LehrerInnen`); inner apostrophes
 * (`Xi'an`, `OpenAI's`); numbers with decimal commas, thousands points and times (`1,5`, `2.048`,
 * `13:20`); `%` and currency signs are `symbol` tokens; URLs, e-mail addresses, `@handles`,
 * `#tags` and emoji sequences (ZWJ, skin tones, flags) are one token each.
 * Tokens carry no `lemma`/`stem` here; `analyze` adds them.
 *
 * @param text - Input text.
 * @param options - See {@link TokenizeOptions}.
 * @returns Tokens in text order.
 */
export function tokenize(text: string, options: TokenizeOptions = {}): Token[] {
  const out: Token[] = [];
  if (typeof text !== 'string') return out;
  const start = Math.max(0, Math.min(options.start ?? 0, text.length));
  const end = Math.max(start, Math.min(options.end ?? text.length, text.length));
  tokenizeInto(text, start, end, options.lang ?? 'any', out);
  return out;
}
