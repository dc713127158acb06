import type { WordIndex } from './index-words.js';

/** Key ids of a word index renumbered densely for one extractor run. */
export interface LocalKeys {
  /** Per word: its local key id (0, 1, 2, … in order of first occurrence). */
  keys: Int32Array;
  /** Local key id → string id. */
  strings: Int32Array;
}

/** Per string table: string id → local id scratch (−1 between calls). */
const SCRATCH = new WeakMap<object, Int32Array>();

/**
 * Renumbers the key ids of a (group's) word index densely, so that per-key arrays have the size
 * of the group's vocabulary instead of the whole string table's.
 *
 * @param index The word index.
 * @param keys Per word of the index: its key id (`index.lemmas` or `index.norms`).
 * @param mask Only words with one of these flag bits get a local id (the others −1). Default: every word.
 * @returns Local keys and their string ids.
 */
export function localizeKeys(index: WordIndex, keys: Int32Array, mask?: number): LocalKeys {
  const size = index.strings.strings.length;
  let scratch = SCRATCH.get(index.strings);
  if (scratch === undefined || scratch.length < size) {
    scratch = new Int32Array(Math.max(size, 1024)).fill(-1);
    SCRATCH.set(index.strings, scratch);
  }
  const local = new Int32Array(keys.length);
  const strings: number[] = [];
  for (let w = 0; w < keys.length; w++) {
    if (mask !== undefined && (index.flags[w]! & mask) === 0) {
      local[w] = -1;
      continue;
    }
    const key = keys[w]!;
    let id = scratch[key]!;
    if (id < 0) {
      id = strings.length;
      scratch[key] = id;
      strings.push(key);
    }
    local[w] = id;
  }
  for (const key of strings) scratch[key] = -1;
  return { keys: local, strings: Int32Array.from(strings) };
}
