import { hashCodeUnits } from './hash-code-units.js';
import { FLAGGED_SHAPES, LONGEST_FLAGGED_WORD, shapeIndex, WORD_FLAGS } from './is-stopword.js';
import { normalizeToken } from './normalize-token.js';
import { COMPOUND, KIND_WORD, PLAIN } from './scan-tokens.js';

// A table of the token strings seen so far, looked up by the char codes of a scanned token without
// slicing it first (internal). Most tokens of a text repeat, so a token's `text`, `norm`, stopword
// flags and compound parts are computed once per distinct surface string and kind, and repeated
// tokens share one string instead of allocating a new one each.

/** Slots of the table (a power of two). */
const SLOTS = 1 << 17;
/** Entries kept before the table is emptied (half the slots, so probes stay short). */
const MAX_ENTRIES = SLOTS >> 1;
/** Longer tokens are not cached (they rarely repeat). */
export const LONGEST_CACHED_TOKEN = 40;

/** What the table keeps of a token string. */
export interface CachedToken {
  /** The surface string. */
  readonly text: string;
  /** Its `norm`. */
  readonly norm: string;
  /** WORD_FLAGS of `norm` (0 for anything but non-compound words). */
  readonly flags: number;
  /** Compound parts (`null` unless the token is a hyphenated compound). */
  readonly parts: readonly string[] | null;
  /** Whoever attached {@link CachedToken.attached} (an analyzer's word table), or `null`. */
  owner: object | null;
  /** What `owner` keeps about this token (so that it needs no lookup of its own). */
  attached: unknown;
}

// Per slot, side by side in one array so that a probe touches one cache line: the hash, the key
// (kind code + 1 and length; 0 = empty) and the offset of the token's code units in `pool`.
const meta = new Int32Array(SLOTS * 4);
const entries: CachedToken[] = [];
let pool = new Uint16Array(1 << 18);
let poolUsed = 0;
let count = 0;

/** The parts of a hyphenated compound's `norm`, quotes trimmed. */
export function makeParts(norm: string): string[] {
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

function createEntry(code: number, t: string): CachedToken {
  const norm = (code & PLAIN) !== 0 ? t : normalizeToken(t);
  let flags = 0;
  if (
    (code & 15) === KIND_WORD &&
    (code & COMPOUND) === 0 &&
    norm.length <= LONGEST_FLAGGED_WORD &&
    FLAGGED_SHAPES[shapeIndex(norm)] === 1
  ) {
    flags = WORD_FLAGS.get(norm) ?? 0;
  }
  return { text: t, norm, flags, parts: (code & COMPOUND) !== 0 ? makeParts(norm) : null, owner: null, attached: undefined };
}

function clear(): void {
  meta.fill(0);
  entries.length = 0;
  poolUsed = 0;
  count = 0;
}

/**
 * What the table knows of the token `text.slice(start, end)` with kind code `code` (as produced
 * by `scanTokens`), computed on first sight and shared by every later occurrence. Tokens longer
 * than {@link LONGEST_CACHED_TOKEN} code units are computed each time.
 */
export function cacheToken(text: string, start: number, end: number, code: number): CachedToken {
  const length = end - start;
  if (length > LONGEST_CACHED_TOKEN) return createEntry(code, text.slice(start, end));
  const key = (code + 1) | (length << 8);
  const hash = hashCodeUnits(text, start, end);
  let slot = hash & (SLOTS - 1);
  for (;;) {
    const m = slot << 2;
    const k = meta[m + 1]!;
    if (k === 0) break;
    if (k === key && meta[m] === hash) {
      const offset = meta[m + 2]!;
      let i = 0;
      while (i < length && pool[offset + i] === text.charCodeAt(start + i)) i++;
      if (i === length) return entries[meta[m + 3]!]!;
    }
    slot = (slot + 1) & (SLOTS - 1);
  }
  if (count >= MAX_ENTRIES) {
    clear();
    slot = hash & (SLOTS - 1);
  }
  if (poolUsed + length > pool.length) {
    const grown = new Uint16Array(pool.length * 2);
    grown.set(pool);
    pool = grown;
  }
  for (let i = 0; i < length; i++) pool[poolUsed + i] = text.charCodeAt(start + i);
  // a slice of 13 or more code units would keep the whole input alive while it is cached: copy it
  const t = text.slice(start, end);
  const entry = createEntry(code, length < 13 ? t : (t + ' ').slice(0, length));
  const m = slot << 2;
  meta[m] = hash;
  meta[m + 1] = key;
  meta[m + 2] = poolUsed;
  meta[m + 3] = entries.length;
  entries.push(entry);
  poolUsed += length;
  count++;
  return entry;
}
