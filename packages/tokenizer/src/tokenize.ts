import { type CachedToken, cacheToken } from './cache-token.js';
import { FLAGGED_SHAPES, LONGEST_FLAGGED_WORD, shapeIndex, stopwordMask, WORD_FLAGS } from './is-stopword.js';
import { COMPOUND, KIND_WORD, PLAIN, releaseScan, scanned, scanTokens, TOKEN_KINDS } from './scan-tokens.js';
import type { Language, Token } from './types.js';

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

/**
 * Appends the tokens of `text.slice(start, end)` to `out` (internal fast path used by `analyze`).
 * With `lemmaSlots`, word tokens are created with `lemma` and `stem` (set to `norm`, to be replaced).
 * With `sources`, the token table entry of each token is appended to it (parallel to `out`).
 */
export function tokenizeInto(
  text: string,
  start: number,
  end: number,
  lang: Language | 'any',
  out: Token[],
  lemmaSlots = false,
  sources: CachedToken[] | null = null,
): void {
  const n = scanTokens(text, start, end);
  const { starts, ends, kinds } = scanned;
  const mask = stopwordMask(lang);
  // the array grows once to its final length instead of token by token (every slot is filled below)
  let at = out.length;
  out.length = at + n;
  for (let k = 0; k < n; k++) {
    const a = starts[k]!;
    const b = ends[k]!;
    const code = kinds[k]!;
    const kind = code & 15;
    if (sources === null && (code & (PLAIN | COMPOUND)) === PLAIN) {
      // lowercase ASCII: the text is its own norm, a slice costs less than a lookup
      const t = text.slice(a, b);
      let stopword = false;
      if (mask !== 0 && kind === KIND_WORD && t.length <= LONGEST_FLAGGED_WORD && FLAGGED_SHAPES[shapeIndex(t)] === 1) {
        const flags = WORD_FLAGS.get(t);
        stopword = flags !== undefined && (flags & mask) !== 0;
      }
      out[at++] =
        lemmaSlots && kind === KIND_WORD
          ? { text: t, start: a, end: b, kind: 'word', norm: t, stopword, lemma: t, stem: t }
          : { text: t, start: a, end: b, kind: TOKEN_KINDS[kind]!, norm: t, stopword };
      continue;
    }
    const cached = cacheToken(text, a, b, code);
    const norm = cached.norm;
    const stopword = (cached.flags & mask) !== 0;
    // words that will get a lemma and a stem are created with both (one object shape, no later growth)
    const token: Token =
      lemmaSlots && kind === KIND_WORD
        ? { text: cached.text, start: a, end: b, kind: 'word', norm, stopword, lemma: norm, stem: norm }
        : { text: cached.text, start: a, end: b, kind: TOKEN_KINDS[kind]!, norm, stopword };
    if (cached.parts !== null) token.parts = cached.parts.slice();
    out[at++] = token;
    if (sources !== null) sources.push(cached);
  }
  releaseScan();
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
