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
import { LONGEST_FLAGGED_WORD, stopwordMask, WORD_FLAGS } from './is-stopword.js';
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

// Scanner results (module-level to avoid allocations per token).
let scanKind: TokenKind = 'word';
let scanCompound = false;

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
  scanKind = 'word';
  let j = i;
  let partLen = 0;
  let dotted = false;
  while (j < end) {
    const c = text.charCodeAt(j);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
      hasLetter = true;
      partLen++;
      j++;
      continue;
    }
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
            scanKind = 'url';
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
            scanKind = 'email';
            return mail;
          }
          scanKind = 'url';
          return trimUrl(text, i, u);
        }
        const mail = matchAt(EMAIL_RE, text, i, end);
        if (mail > 0) {
          scanKind = 'email';
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
          scanKind = 'email';
          return mail;
        }
      }
      break;
    }
    break;
  }
  if (!hasLetter) scanKind = 'number';
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

function push(out: Token[], text: string, start: number, end: number, kind: TokenKind, mask: number): Token {
  const t = text.slice(start, end);
  const norm = normalizeToken(t);
  let stopword = false;
  if (mask !== 0 && kind === 'word' && norm.length <= LONGEST_FLAGGED_WORD) {
    const flags = WORD_FLAGS.get(norm);
    stopword = flags !== undefined && (flags & mask) !== 0;
  }
  const token: Token = { text: t, start, end, kind, norm, stopword };
  out.push(token);
  return token;
}

/**
 * Appends the tokens of `text.slice(start, end)` to `out` (internal fast path used by `analyze`).
 */
export function tokenizeInto(text: string, start: number, end: number, lang: Language | 'any', out: Token[]): void {
  const mask = stopwordMask(lang);
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
      const token = push(out, text, i, j, scanKind, mask);
      if (scanCompound && scanKind === 'word') token.parts = makeParts(token.norm);
      i = j;
      continue;
    }
    if (k === HIGH) {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff && i + 1 < end) {
        if (isAstralLetter(cp)) {
          const j = scanWord(text, i, end);
          const token = push(out, text, i, j, scanKind, mask);
          if (scanCompound && scanKind === 'word') token.parts = makeParts(token.norm);
          i = j;
          continue;
        }
        if (isEmojiStart(cp)) {
          const j = scanEmoji(text, i, cp, end);
          push(out, text, i, j, 'emoji', mask);
          i = j;
          continue;
        }
        push(out, text, i, i + 2, 'symbol', mask);
        i += 2;
        continue;
      }
      push(out, text, i, i + 1, 'symbol', mask);
      i++;
      continue;
    }
    if (k === LOW) {
      push(out, text, i, i + 1, 'symbol', mask);
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
        push(out, text, i, j, 'mention', mask);
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
        push(out, text, i, j, 'hashtag', mask);
        i = j;
        continue;
      }
      if (c === 37 || c === 0x2030) {
        push(out, text, i, i + 1, 'symbol', mask);
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
        push(out, text, i, j, 'punct', mask);
        i = j;
        continue;
      }
      push(out, text, i, i + 1, 'punct', mask);
      i++;
      continue;
    }
    // SYMBOL
    if (isEmojiStart(c)) {
      const j = scanEmoji(text, i, c, end);
      push(out, text, i, j, 'emoji', mask);
      i = j;
      continue;
    }
    if ((c === 0xa9 || c === 0xae) && i + 1 < end && text.charCodeAt(i + 1) === 0xfe0f) {
      push(out, text, i, i + 2, 'emoji', mask);
      i += 2;
      continue;
    }
    push(out, text, i, i + 1, 'symbol', mask);
    i++;
  }
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
