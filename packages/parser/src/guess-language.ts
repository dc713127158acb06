/** Stopword counts of a text sample (see `countStopwords`). */
export interface StopwordCounts {
  /** Words looked at. */
  words: number;
  /** Of these, distinctly German function words. */
  de: number;
  /** Of these, distinctly English function words. */
  en: number;
}

// Function words that are frequent in one language and rare or absent in the other
// (words both languages share, such as `in`, `was`, `will`, `also`, `an`, are left out).
const GERMAN = new Set(
  'der die das den dem des und ist nicht ein eine einen einem einer eines mit sich auf für von zu sie wir ich er es auch noch nur wie wenn dass daß aber oder sind wird werden wurde hat haben hatte bei aus nach über durch zum zur vom im ihr ihre sein seine kein keine diese dieser dieses schon doch sehr mehr man um als'.split(
    ' ',
  ),
);
const ENGLISH = new Set(
  'the and of to is are were be been have has had that this these those with for not it its they their them we our you your he his she her which who what would could should can from by at on or but if than then there into about only more most such do does did being a'.split(
    ' ',
  ),
);
const LONGEST = 6;
// Lower-case and capitalised forms, so that look-ups need no case conversion.
const LANGUAGE = new Map<string, 'de' | 'en'>();
for (const [words, language] of [
  [GERMAN, 'de'],
  [ENGLISH, 'en'],
] as const) {
  for (const word of words) {
    LANGUAGE.set(word, language);
    LANGUAGE.set(word[0]!.toUpperCase() + word.slice(1), language);
  }
}

function isLetter(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    code === 0xe4 ||
    code === 0xf6 ||
    code === 0xfc ||
    code === 0xdf ||
    code === 0xc4 ||
    code === 0xd6 ||
    code === 0xdc
  );
}

/**
 * Counts distinctly German and distinctly English function words (lower-case or capitalised)
 * among the words (runs of Latin letters and umlauts) of the first `limit` characters of `text`: a cheap
 * stopword-ratio heuristic with no dictionaries and no tokenizer.
 *
 * @param limit - characters to look at at most. Default `300`.
 */
export function countStopwords(text: string, limit = 300): StopwordCounts {
  const end = Math.min(text.length, limit);
  let words = 0;
  let de = 0;
  let en = 0;
  let index = 0;
  while (index < end) {
    if (!isLetter(text.charCodeAt(index))) {
      index += 1;
      continue;
    }
    const start = index;
    while (index < text.length && isLetter(text.charCodeAt(index))) index += 1;
    words += 1;
    if (index - start <= LONGEST) {
      const language = LANGUAGE.get(text.slice(start, index));
      if (language === 'de') de += 1;
      else if (language === 'en') en += 1;
    }
  }
  return { words, de, en };
}

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
