import { KeywordsError } from './keywords-error.js';

/** Word-class lookups that tell German common nouns and adjectives from names. */
export interface GermanLexicon {
  /** True when the word, as written with its capital, is a German common noun form (`Zölle`, `Krieg`). */
  isNoun(word: string): boolean;
  /** True when the lowercased word is a German adjective form (`kalten`, `europäischen`). */
  isAdjective(word: string): boolean;
}

interface DictionaryHelper {
  isNoun(form: string): boolean;
  isAdj(form: string): boolean;
}

let loaded: GermanLexicon | undefined;
let loading: Promise<GermanLexicon> | undefined;

/**
 * Loads the German noun and adjective forms of german-dict-helper (Morphy-derived
 * german-pos-dict data, CC BY-SA 4.0; ~8 MB, ~150 ms) once. Pass it as the `lexicon` option of
 * `findEntities` or `extractKeywords` to tell common nouns (`Krieg`, `Zollpolitik`) from names
 * (`Trump`, `Russland`); without it they fall back to corpus evidence and noun suffixes. (It is
 * never used implicitly, so results do not depend on what else was loaded.)
 *
 * @returns The lexicon (the same instance on every call).
 */
export function loadGermanLexicon(): Promise<GermanLexicon> {
  if (loaded !== undefined) return Promise.resolve(loaded);
  loading ??= import('german-dict-helper').then(
    (module) => {
      const exports = ((module as { default?: unknown }).default ?? module) as {
        GermanDictHelper: new () => DictionaryHelper;
      };
      const helper = new exports.GermanDictHelper();
      const lexicon: GermanLexicon = {
        isNoun: (word) => helper.isNoun(word),
        isAdjective: (word) => helper.isAdj(word),
      };
      lexicon.isNoun('Haus');
      lexicon.isAdjective('gut');
      loaded = lexicon;
      return lexicon;
    },
    (cause: unknown) => {
      loading = undefined;
      throw new KeywordsError('could not load german-dict-helper', { code: 'lexicon-load-failed', cause });
    },
  );
  return loading;
}

/**
 * The German lexicon if `loadGermanLexicon` has resolved, else undefined.
 *
 * @returns The lexicon or undefined.
 */
export function getGermanLexicon(): GermanLexicon | undefined {
  return loaded;
}
