import { createEnglishLemmatizer, type WinkLike } from './create-english-lemmatizer.js';
import { lemmatizeGerman } from './lemmatize-german.js';
import { stemEnglish } from './stem-english.js';
import { stemGerman } from './stem-german.js';
import { loadGermanDictionary } from './load-german-dictionary.js';
import { TokenizerError } from './tokenizer-error.js';
import type { Language, LemmaMode } from './types.js';

/** Lemma and stem of a word. */
export interface WordForms {
  readonly lemma: string;
  readonly stem: string;
}

/** Reduces words to stems and lemmas (internal). */
export interface Lemmatizer {
  /**
   * Lemma and stem of a word (`text` as written, `norm` lowercased, `initial` at the sentence
   * start) in a language; in `stem` mode the lemma is the stem; `other` keeps `norm`. Not cached
   * here (the analyzer caches per word).
   */
  forms(text: string, norm: string, lang: Language, initial: boolean): WordForms;
}

let wink: Promise<() => WinkLike> | null = null;

/**
 * Loads wink-nlp and its English model once; the returned function makes a new wink instance
 * (about 60 ms and 9 MB). Every analyzer gets its own: wink keeps the words it has read in a
 * cache of its own, which must go with the analyzer instead of growing for the life of the process.
 */
function loadWink(): Promise<() => WinkLike> {
  if (wink === null) {
    wink = Promise.all([import('wink-nlp'), import('wink-eng-lite-web-model')]).then(
      ([winkModule, modelModule]) => {
        const winkNLP = ((winkModule as { default?: unknown }).default ?? winkModule) as (
          model: unknown,
          pipe: string[],
        ) => WinkLike;
        const model = (modelModule as { default?: unknown }).default ?? modelModule;
        return () => winkNLP(model, ['pos']);
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

/**
 * Loads what a lemma mode needs, once: for `stem` and `lemma` the Porter stemmers (natural's German
 * and English ones, reimplemented here; nothing to load); for
 * `lemma` also the German dictionaries and wink-nlp's English model, for the `languages` asked
 * for (a language left out gets its stem as lemma). Each call returns a lemmatizer with a wink
 * instance and an English lemma cache of its own (stems are not cached: the analyzer asks once
 * per word as written). Null for `none`.
 */
export async function loadLemmatizer(
  mode: LemmaMode,
  languages: readonly ('de' | 'en')[] = ['de', 'en'],
): Promise<Lemmatizer | null> {
  if (mode === 'none') return null;
  // natural's German (Snowball) and English Porter stemmers, reimplemented: nothing to load
  let lemmaDe: ((text: string, norm: string, initial: boolean, stem: string) => string) | null = null;
  let lemmaEn: ((norm: string) => string) | null = null;
  if (mode === 'lemma') {
    const [dict, createWink] = await Promise.all([
      languages.includes('de') ? loadGermanDictionary() : null,
      languages.includes('en') ? loadWink() : null,
    ]);
    if (dict !== null) {
      lemmaDe = (text, norm, initial, stem) => lemmatizeGerman(text, norm, dict, stem, initial);
    }
    if (createWink !== null) lemmaEn = createEnglishLemmatizer(createWink());
  }
  const forms = (text: string, norm: string, lang: Language, initial: boolean): WordForms => {
    if (lang === 'de') {
      const stem = stemGerman(norm);
      return { lemma: lemmaDe === null ? stem : lemmaDe(text, norm, initial, stem), stem };
    }
    if (lang === 'en') {
      const stem = stemEnglish(norm);
      return { lemma: lemmaEn === null ? stem : lemmaEn(norm), stem };
    }
    return { lemma: norm, stem: norm };
  };
  return { forms };
}
