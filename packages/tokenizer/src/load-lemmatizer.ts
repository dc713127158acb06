import { TokenizerError } from './tokenizer-error.js';
import type { Language, LemmaMode } from './types.js';

/** Reduces normalised words to stems and lemmas (internal). */
export interface Lemmatizer {
  /** Stem of a lowercased word in a language (`other` → the word itself). */
  stem(norm: string, lang: Language): string;
  /** Lemma of a lowercased word (stem in `stem` mode). */
  lemma(norm: string, lang: Language): string;
}

interface Stemmer {
  stem(word: string): string;
}

let stemmers: Promise<{ de: Stemmer; en: Stemmer }> | null = null;

function loadStemmers(): Promise<{ de: Stemmer; en: Stemmer }> {
  if (stemmers === null) {
    stemmers = Promise.all([
      import('natural/lib/natural/stemmers/porter_stemmer_de.js'),
      import('natural/lib/natural/stemmers/porter_stemmer.js'),
    ]).then(
      ([de, en]) => ({ de: (de.default ?? de) as Stemmer, en: (en.default ?? en) as Stemmer }),
      (cause: unknown) => {
        stemmers = null;
        throw new TokenizerError('STEMMER_LOAD_FAILED', "could not load natural's Porter stemmers", { cause });
      },
    );
  }
  return stemmers;
}

function cachedStemmer(stemmer: Stemmer): (word: string) => string {
  const cache = new Map<string, string>();
  return (word) => {
    let s = cache.get(word);
    if (s === undefined) {
      try {
        s = stemmer.stem(word);
      } catch {
        s = word;
      }
      if (typeof s !== 'string' || s.length === 0) s = word;
      if (cache.size < 500_000) cache.set(word, s);
    }
    return s;
  };
}

/**
 * Loads what a lemma mode needs, once: Porter stemmers for `stem` (and as the last fallback of
 * `lemma`). Returns null for `none`.
 */
export async function loadLemmatizer(mode: LemmaMode): Promise<Lemmatizer | null> {
  if (mode === 'none') return null;
  const { de, en } = await loadStemmers();
  const stemDe = cachedStemmer(de);
  const stemEn = cachedStemmer(en);
  const stem = (norm: string, lang: Language): string =>
    lang === 'de' ? stemDe(norm) : lang === 'en' ? stemEn(norm) : norm;
  return { stem, lemma: stem };
}
