import { createKeyFilter, type KeyFilter } from '@diskurs/tokenizer';
import type { Lexicons } from './types.js';

/** Prefilters over the keys of a {@link Lexicons} index (see `createKeyFilter`). */
export interface LexiconFilters {
  /** Over the German index. */
  de: KeyFilter;
  /** Over the English index. */
  en: KeyFilter;
  /** Over the first words of multiword terms. */
  phraseStarts: { de: KeyFilter; en: KeyFilter };
}

interface CachedFilters {
  filters: LexiconFilters;
  /** The collections the filters were built from and their sizes then. */
  built: Array<[ReadonlyMap<string, unknown> | ReadonlySet<string>, number]>;
}

const cache = new WeakMap<Lexicons, CachedFilters>();

function collectionsOf(lexicons: Lexicons): Array<ReadonlyMap<string, unknown> | ReadonlySet<string>> {
  return [lexicons.de, lexicons.en, lexicons.phraseStarts.de, lexicons.phraseStarts.en];
}

/**
 * The prefilters of a lexicon index, built on first use and kept with it. They are rebuilt when an
 * index map or phrase-start set is replaced or changes size (entries added or deleted).
 *
 * @param lexicons - From `createLexicons` or `loadLexicons`.
 * @returns The filters.
 */
export function getLexiconFilters(lexicons: Lexicons): LexiconFilters {
  const cached = cache.get(lexicons);
  if (cached !== undefined) {
    const current = collectionsOf(lexicons);
    let fresh = true;
    for (let i = 0; i < current.length && fresh; i++) {
      const [collection, size] = cached.built[i]!;
      fresh = current[i] === collection && collection.size === size;
    }
    if (fresh) return cached.filters;
  }
  const filters: LexiconFilters = {
    de: createKeyFilter(lexicons.de.keys(), lexicons.de.size),
    en: createKeyFilter(lexicons.en.keys(), lexicons.en.size),
    phraseStarts: {
      de: createKeyFilter(lexicons.phraseStarts.de, lexicons.phraseStarts.de.size),
      en: createKeyFilter(lexicons.phraseStarts.en, lexicons.phraseStarts.en.size),
    },
  };
  cache.set(lexicons, { filters, built: collectionsOf(lexicons).map((collection) => [collection, collection.size]) });
  return filters;
}
