/** Stopword counts of a text sample (see `countStopwords`). */
export interface StopwordCounts {
  /** Words looked at. */
  words: number;
  /** Of these, distinctly German function words. */
  de: number;
  /** Of these, distinctly English function words. */
  en: number;
}

// Function words that are frequent in one language and rare or absent in the other.
const GERMAN = new Set(
  'der die das den dem des und ist nicht ein eine einen einem einer eines mit sich auf für von zu sie wir ich er es auch noch nur wie wenn dass daß aber oder sind wird werden wurde hat haben hatte bei aus nach über durch zum zur vom im ihr ihre sein seine kein keine diese dieser dieses schon doch sehr mehr man um als'.split(' '),
);
const ENGLISH = new Set(
  'the and of to is are were be been have has had that this these those with for not it its they their them we our you your he his she her which who what would could should can from by at on or but if than then there into about only more most such do does did being a'.split(' '),
);
const WORD = /[A-Za-zÄÖÜäöüß]+/g;

/**
 * Counts distinctly German and distinctly English function words in the first `limit` words of
 * `text` (a cheap stopword-ratio heuristic: no dictionaries, no tokenizer).
 *
 * @param limit - words to look at at most. Default `60`.
 */
export function countStopwords(text: string, limit = 60): StopwordCounts {
  let words = 0;
  let de = 0;
  let en = 0;
  WORD.lastIndex = 0;
  let match: RegExpExecArray | null;
  while (words < limit && (match = WORD.exec(text)) !== null) {
    words += 1;
    const word = match[0].toLowerCase();
    if (GERMAN.has(word)) de += 1;
    else if (ENGLISH.has(word)) en += 1;
  }
  return { words, de, en };
}

/**
 * Guesses whether stopword counts are German or English: the language whose function words make
 * up at least 12% of the words and outnumber the other's at least 2:1; `null` when undecided.
 */
export function guessLanguage(counts: StopwordCounts): 'de' | 'en' | null {
  if (counts.words === 0) return null;
  if (counts.de >= 2 * counts.en && counts.de >= 0.12 * counts.words && counts.de >= 1) return 'de';
  if (counts.en >= 2 * counts.de && counts.en >= 0.12 * counts.words && counts.en >= 1) return 'en';
  return null;
}
