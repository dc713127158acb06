import { isUpper } from './char-class.js';
import { createEnglishLemmatizer, type WinkLike } from './lemmatize-english.js';
import { lemmatizeGerman } from './lemmatize-german.js';
import { loadGermanDictionary } from './load-german-dictionary.js';
import { TokenizerError } from './tokenizer-error.js';
import type { Language, LemmaMode } from './types.js';

/** Reduces words to stems and lemmas (internal). */
export interface Lemmatizer {
  /** Stem of a lowercased word in a language (`other` → the word itself). */
  stem(norm: string, lang: Language): string;
  /** Lemma of a word (`text` as written, `norm` lowercased, `initial` at the sentence start); the stem in `stem` mode. */
  lemma(text: string, norm: string, lang: Language, initial: boolean): string;
}

interface Stemmer {
  stem(word: string): string;
}

let stemmers: Promise<{ de: Stemmer; en: Stemmer }> | null = null;
let wink: Promise<WinkLike> | null = null;

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

function loadWink(): Promise<WinkLike> {
  if (wink === null) {
    wink = Promise.all([import('wink-nlp'), import('wink-eng-lite-web-model')]).then(
      ([winkModule, modelModule]) => {
        const winkNLP = ((winkModule as { default?: unknown }).default ?? winkModule) as (
          model: unknown,
          pipe: string[],
        ) => WinkLike;
        const model = (modelModule as { default?: unknown }).default ?? modelModule;
        return winkNLP(model, ['pos']);
      },
      (cause: unknown) => {
        wink = null;
        throw new TokenizerError('LEMMATIZER_LOAD_FAILED', 'could not load wink-nlp and wink-eng-lite-web-model', {
          cause,
        });
      },
    );
  }
  return wink;
}

function cached(stemmer: Stemmer): (word: string) => string {
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
 * Loads what a lemma mode needs, once: Porter stemmers (natural) for `stem` and `lemma`; for
 * `lemma` also the German dictionaries and wink-nlp's English model. Null for `none`.
 */
export async function loadLemmatizer(mode: LemmaMode): Promise<Lemmatizer | null> {
  if (mode === 'none') return null;
  const { de, en } = await loadStemmers();
  const stemDe = cached(de);
  const stemEn = cached(en);
  const stem = (norm: string, lang: Language): string =>
    lang === 'de' ? stemDe(norm) : lang === 'en' ? stemEn(norm) : norm;
  if (mode === 'stem') return { stem, lemma: (_text, norm, lang) => stem(norm, lang) };

  const [dict, nlp] = await Promise.all([loadGermanDictionary(), loadWink()]);
  const lemmaEn = createEnglishLemmatizer(nlp);
  const germanCache = new Map<string, string>();
  const initialCache = new Map<string, string>();
  const lemmaDe = (text: string, norm: string, initial: boolean): string => {
    // a lowercase word does not depend on its position
    const cache = initial && isUpper(text.charCodeAt(0)) ? initialCache : germanCache;
    let lemma = cache.get(text);
    if (lemma === undefined) {
      lemma = lemmatizeGerman(text, norm, dict, stemDe, initial);
      if (cache.size < 1_000_000) cache.set(text, lemma);
    }
    return lemma;
  };
  return {
    stem,
    lemma: (text, norm, lang, initial) =>
      lang === 'de' ? lemmaDe(text, norm, initial) : lang === 'en' ? lemmaEn(norm) : norm,
  };
}
