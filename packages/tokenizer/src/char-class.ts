/**
 * Character classes for the single-pass scanners, looked up by UTF-16 code unit.
 * Internal module (not exported from the package entry).
 */

/** Not yet classified. */
const UNKNOWN = 0;
/** Whitespace and control characters: separate tokens. */
export const SPACE = 1;
/** Letters (`\p{L}`), other numbers (`\p{No}`, `\p{Nl}`) and combining marks: word characters. */
export const LETTER = 2;
/** Decimal digits (`\p{Nd}`). */
export const DIGIT = 3;
/** Punctuation (`\p{P}`). */
export const PUNCT = 4;
/** Symbols (`\p{S}`) and anything else. */
export const SYMBOL = 5;
/** High surrogate (start of an astral code point). */
export const HIGH = 6;
/** Low surrogate (lone when met first). */
export const LOW = 7;
/** Format characters joining words (soft hyphen, zero-width joiners, variation selectors). */
export const JOINER = 8;

const table = new Uint8Array(65536);

const letterRe = /[\p{L}\p{M}\p{No}\p{Nl}]/u;
const digitRe = /\p{Nd}/u;
const spaceRe = /[\s\p{Cc}\p{Zs}\p{Zl}\p{Zp}]/u;
const punctRe = /\p{P}/u;

function classify(code: number): number {
  if (code >= 0xd800 && code <= 0xdbff) return HIGH;
  if (code >= 0xdc00 && code <= 0xdfff) return LOW;
  if (code === 0xad || code === 0x200c || code === 0x200d || (code >= 0xfe00 && code <= 0xfe0f)) {
    return JOINER;
  }
  const ch = String.fromCharCode(code);
  if (spaceRe.test(ch) || code === 0xfeff || code === 0x200b || code === 0x2060) return SPACE;
  if (digitRe.test(ch)) return DIGIT;
  if (letterRe.test(ch)) return LETTER;
  if (punctRe.test(ch)) return PUNCT;
  return SYMBOL;
}

// ASCII and Latin-1 eagerly (hot path), the rest on first use.
for (let c = 0; c < 0x250; c++) table[c] = classify(c);

/** Class of a UTF-16 code unit. */
export function charClass(code: number): number {
  const k = table[code]!;
  if (k !== UNKNOWN) return k;
  const computed = classify(code);
  table[code] = computed;
  return computed;
}

const astralLetterRe = /^[\p{L}\p{M}\p{N}]$/u;
const astralCache = new Map<number, boolean>();

/** Whether an astral code point (≥ 0x10000) is a letter, mark or number. */
export function isAstralLetter(codePoint: number): boolean {
  let v = astralCache.get(codePoint);
  if (v === undefined) {
    v = astralLetterRe.test(String.fromCodePoint(codePoint));
    astralCache.set(codePoint, v);
  }
  return v;
}

/** Whether a code point starts an emoji (pictographs, dingbats, regional indicators). */
export function isEmojiStart(cp: number): boolean {
  if (cp >= 0x1f000) return cp <= 0x1faff;
  if (cp < 0x2000) return false;
  return (
    (cp >= 0x2600 && cp <= 0x27bf) ||
    (cp >= 0x2300 && cp <= 0x23ff) ||
    (cp >= 0x2b05 && cp <= 0x2b55) ||
    cp === 0x203c ||
    cp === 0x2049 ||
    cp === 0x2122 ||
    cp === 0x2139 ||
    (cp >= 0x2194 && cp <= 0x21aa) ||
    cp === 0x3030 ||
    cp === 0x303d ||
    cp === 0x3297 ||
    cp === 0x3299
  );
}

/** Whether a code unit is an uppercase letter (fast path for ASCII and Latin-1). */
export function isUpper(code: number): boolean {
  if (code < 0x80) return code >= 65 && code <= 90;
  if (code < 0x100) return code >= 0xc0 && code <= 0xde && code !== 0xd7;
  const ch = String.fromCharCode(code);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Whether a code unit is a lowercase letter (fast path for ASCII and Latin-1). */
export function isLower(code: number): boolean {
  if (code < 0x80) return code >= 97 && code <= 122;
  if (code < 0x100) return code >= 0xdf && code !== 0xf7;
  const ch = String.fromCharCode(code);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** Hyphens that join compounds: `-`, U+2010, U+2011. */
export function isHyphen(code: number): boolean {
  return code === 45 || code === 0x2010 || code === 0x2011;
}

/** Apostrophes that may stand inside a word: `'`, U+2019, U+02BC. */
export function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 0x02bc;
}

/** Quotation marks that may open a quoted compound part (`Trump-„Boogie“`). */
export function isOpeningQuote(code: number): boolean {
  return (
    code === 0x201e ||
    code === 0x201c ||
    code === 0x201a ||
    code === 0x2018 ||
    code === 0xbb ||
    code === 0xab ||
    code === 34 ||
    code === 0x2039 ||
    code === 0x203a
  );
}

/** Quotation marks (any direction) and closing brackets that may follow a sentence's final punctuation. */
export function isCloser(code: number): boolean {
  return (
    code === 0x201c ||
    code === 0x201d ||
    code === 0x2019 ||
    code === 0x2018 ||
    code === 0xbb ||
    code === 0xab ||
    code === 34 ||
    code === 39 ||
    code === 0x203a ||
    code === 0x2039 ||
    code === 41 ||
    code === 93 ||
    code === 0x201f
  );
}

/** Whether the code unit ends a line for a regular expression's `.` (LF, CR, U+2028, U+2029). */
export function isLineTerminator(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
}

/** Whether `text` has a line terminator ({@link isLineTerminator}) in `[from, to)`. */
export function hasLineTerminator(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isLineTerminator(text.charCodeAt(i))) return true;
  return false;
}
