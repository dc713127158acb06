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
import type { TokenKind } from './types.js';

// The single-pass scanner behind `tokenize` and `locateTokens` (internal).

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
export const KIND_WORD = 0;
export const KIND_NUMBER = 1;
const KIND_PUNCT = 2;
const KIND_SYMBOL = 3;
const KIND_URL = 4;
const KIND_EMAIL = 5;
const KIND_MENTION = 6;
const KIND_HASHTAG = 7;
const KIND_EMOJI = 8;
/** Bit set on the kind code of hyphenated compounds (they get `parts`). */
export const COMPOUND = 16;
/** Bit set when the token is lowercase ASCII already (its `norm` is its text). */
export const PLAIN = 32;

// Scanner results (module-level to avoid allocations per token).
let scanKind = KIND_WORD;
let scanCompound = false;
let scanPlain = true;

/** Token buffers of the last scan (grown as needed and reused; read them right after a scan). */
export const scanned = {
  starts: new Uint32Array(4096),
  ends: new Uint32Array(4096),
  kinds: new Uint8Array(4096),
};
let count = 0;

function grow(): void {
  const size = scanned.starts.length * 2;
  const s = new Uint32Array(size);
  s.set(scanned.starts);
  scanned.starts = s;
  const e = new Uint32Array(size);
  e.set(scanned.ends);
  scanned.ends = e;
  const k = new Uint8Array(size);
  k.set(scanned.kinds);
  scanned.kinds = k;
}

/** Drops oversized buffers after a very large text, so they do not stay allocated. */
export function releaseScan(): void {
  if (scanned.starts.length > 1 << 20) {
    scanned.starts = new Uint32Array(4096);
    scanned.ends = new Uint32Array(4096);
    scanned.kinds = new Uint8Array(4096);
  }
  count = 0;
}

function emit(start: number, end: number, kind: number): void {
  if (count === scanned.starts.length) grow();
  scanned.starts[count] = start;
  scanned.ends[count] = end;
  scanned.kinds[count] = kind;
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

/**
 * Scans `text.slice(start, end)` in one pass into {@link scanned}; returns the token count.
 * Kind codes index {@link TOKEN_KINDS}, with the {@link COMPOUND} and {@link PLAIN} bits.
 */
export function scanTokens(text: string, start: number, end: number): number {
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
