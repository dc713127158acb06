import { releaseScan, scanned, scanTokens } from './scan-tokens.js';
import type { TokenizeOptions } from './tokenize.js';

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
  const n = scanTokens(text, start, end);
  const k = scanned.kinds.slice(0, n);
  for (let x = 0; x < n; x++) k[x] = k[x]! & 15;
  const result = { count: n, starts: scanned.starts.slice(0, n), ends: scanned.ends.slice(0, n), kinds: k };
  releaseScan();
  return result;
}
