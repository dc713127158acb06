import { createLexicon } from './create-lexicon.js';
import { DOMAIN_SUPPLEMENT, type SupplementEntry } from './domain-supplement.js';
import type { Lexicon } from './types.js';

/**
 * Build the German and English lexicons (named `supplement`) from supplement entries: each term
 * and all its forms get the entry's score.
 *
 * @param entries - Supplement entries. Default {@link DOMAIN_SUPPLEMENT}.
 * @returns `[german, english]`.
 */
export function createSupplementLexicons(entries: readonly SupplementEntry[] = DOMAIN_SUPPLEMENT): Lexicon[] {
  const pairs = (lang: 'de' | 'en'): Array<[string, number]> =>
    entries
      .filter((entry) => entry.lang === lang)
      .flatMap((entry) => [entry.term, ...entry.forms].map((form): [string, number] => [form, entry.score]));
  return [
    createLexicon(pairs('de'), { name: 'supplement', lang: 'de' }),
    createLexicon(pairs('en'), { name: 'supplement', lang: 'en' }),
  ];
}
