/**
 * Normalises a document language (`de-DE`, `German`, `deu`, `EN`) to `de` or `en`.
 *
 * @param lang - A language tag or name; anything else (or null) gives null.
 * @returns `'de'`, `'en'` or null.
 */
export function normalizeLanguage(lang: string | null | undefined): 'de' | 'en' | null {
  if (typeof lang !== 'string') return null;
  const l = lang.trim().toLowerCase();
  if (l === 'de' || l.startsWith('de-') || l.startsWith('de_') || l === 'deu' || l === 'ger' || l === 'german' || l === 'deutsch') {
    return 'de';
  }
  if (l === 'en' || l.startsWith('en-') || l.startsWith('en_') || l === 'eng' || l === 'english' || l === 'englisch') {
    return 'en';
  }
  return null;
}
