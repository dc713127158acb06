import type { Language } from './types.js';

const GERMAN_NEGATIONS: ReadonlySet<string> = new Set([
  'nicht', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'keins', 'nie', 'niemals', 'nimmer', 'nichts',
  'niemand', 'niemandem', 'niemanden', 'nirgends', 'nirgendwo', 'ohne', 'weder', 'keineswegs', 'keinesfalls',
  'mitnichten', 'nein',
]);

const ENGLISH_NEGATIONS: ReadonlySet<string> = new Set([
  'not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'nowhere', 'without', 'cannot', "n't",
  'hardly', 'barely', 'scarcely',
]);

/**
 * Whether a normalised word negates (`nicht`, `kein*`, `nie`, `ohne`, `not`, `never`, `don't` …).
 * Negations are on the stopword lists; use this to keep them visible for sentiment scoring.
 *
 * @param norm - Lowercased token (`Token.norm`).
 * @param lang - `'de'`, `'en'` or `'any'` (either). Default: `'any'`.
 * @returns True for a negation word.
 */
export function isNegation(norm: string, lang: Language | 'any' = 'any'): boolean {
  if (lang !== 'en' && GERMAN_NEGATIONS.has(norm)) return true;
  if (lang !== 'de') {
    if (ENGLISH_NEGATIONS.has(norm)) return true;
    if (norm.length > 3 && norm.endsWith("n't")) return true;
  }
  return false;
}
