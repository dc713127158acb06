import type { StopwordCounts } from './count-stopwords';

/**
 * Guesses whether stopword counts are German or English: the language whose function words make
 * up at least 12% of the words and outnumber the other's at least 2:1; `null` when undecided.
 */
export function guessLanguage(counts: StopwordCounts): 'de' | 'en' | null {
  if (counts.words === 0) return null;
  if (counts.de >= 1 && counts.de >= 2 * counts.en && counts.de >= 0.12 * counts.words) return 'de';
  if (counts.en >= 1 && counts.en >= 2 * counts.de && counts.en >= 0.12 * counts.words) return 'en';
  return null;
}
