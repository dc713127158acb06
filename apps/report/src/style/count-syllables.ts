/** Multi-letter German syllable nuclei (diphthongs and long vowels) counted as one syllable. */
const GERMAN_NUCLEI = new Set(['aa', 'ee', 'oo', 'ie', 'ei', 'ai', 'au', 'eu', 'äu', 'ey', 'ay', 'oi', 'ui']);
const GERMAN_VOWEL = /[aeiouyäöü]/;
const ENGLISH_VOWEL_GROUPS = /[aeiouy]+/g;

/**
 * Counts the syllables of a word with a spelling heuristic (no dictionary).
 *
 * German: every vowel (a, e, i, o, u, y, ä, ö, ü) is a syllable nucleus, except that the diphthongs
 * and long vowels `ei ai au eu äu ie aa ee oo ey ay oi ui` count once (`Feuer` → 2, `beobachten` → 4).
 * English: vowel groups, minus a silent final `e` (not `-le`), silent `-es`/`-ed` endings, and a
 * leading consonantal `y` (`cake` → 1, `table` → 2, `wanted` → 2, `jumped` → 1).
 *
 * @param word - One word; anything that is not a letter is ignored.
 * @param options.lang - `'de'` or `'en'` (default `'de'`).
 * @returns At least 1 for a word with letters, 0 for a word without letters.
 */
export function countSyllables(word: string, options: { lang?: 'de' | 'en' } = {}): number {
  const lower = word.toLowerCase().replace(/[^a-zäöüßéèêàáâíìîóòôúùûçñ]/g, '');
  if (lower.length === 0) return 0;
  return (options.lang ?? 'de') === 'en' ? countEnglish(lower) : countGerman(lower);
}

function countGerman(word: string): number {
  const letters = word.normalize('NFC').replace(/[éèê]/g, 'e').replace(/[àáâ]/g, 'a').replace(/[óòô]/g, 'o');
  let count = 0;
  let index = 0;
  while (index < letters.length) {
    const char = letters[index]!;
    if (!GERMAN_VOWEL.test(char)) {
      index += 1;
      continue;
    }
    count += 1;
    const pair = letters.slice(index, index + 2);
    index += GERMAN_NUCLEI.has(pair) ? 2 : 1;
  }
  return Math.max(1, count);
}

function countEnglish(word: string): number {
  let letters = word.replace(/[^a-z]/g, '');
  if (letters.length === 0) return 1;
  if (letters.length <= 3) return 1;
  letters = letters
    .replace(/(?:[^laeiouy]es|[^laeiouytd]ed|[^laeiouy]e)$/, (ending) => ending.charAt(0))
    .replace(/^y/, '');
  const groups = letters.match(ENGLISH_VOWEL_GROUPS);
  return Math.max(1, groups ? groups.length : 0);
}
