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
// A trie over the letters a–z, ä, ö, ü, ß (case-folded), so that counting needs no substrings:
// `TRIE[node * LETTERS + letter]` is the next node (0: none), `WORD_LANGUAGE[node]` 1 = de, 2 = en.
const LETTERS = 30;
const TRIE = new Int32Array(LETTERS * 1024);
const WORD_LANGUAGE = new Uint8Array(1024);
let nodes = 1;
for (const [words, language] of [
  [GERMAN, 1],
  [ENGLISH, 2],
] as const) {
  for (const word of words) {
    let node = 0;
    for (let index = 0; index < word.length; index += 1) {
      const slot = node * LETTERS + letterIndex(word.charCodeAt(index));
      if (TRIE[slot] === 0) TRIE[slot] = nodes++;
      node = TRIE[slot]!;
    }
    WORD_LANGUAGE[node] = language;
  }
}

/** The trie slot of a letter (a–z, ä, ö, ü, ß in either case), or -1 for any other character. */
function letterIndex(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 65 && code <= 90) return code - 65;
  switch (code) {
    case 0xe4:
    case 0xc4:
      return 26;
    case 0xf6:
    case 0xd6:
      return 27;
    case 0xfc:
    case 0xdc:
      return 28;
    case 0xdf:
      return 29;
    default:
      return -1;
  }
}

/**
 * Counts distinctly German and distinctly English function words (in any letter case) among
 * the words (runs of Latin letters and umlauts) of the first `limit` characters of `text`: a
 * cheap stopword-ratio heuristic with no dictionaries and no tokenizer.
 *
 * @param limit - characters to look at at most. Default `200` (about 30 words).
 */
export function countStopwords(text: string, limit = 200): StopwordCounts {
  const end = Math.min(text.length, limit);
  let words = 0;
  let de = 0;
  let en = 0;
  let index = 0;
  while (index < end) {
    let letter = letterIndex(text.charCodeAt(index));
    if (letter === -1) {
      index += 1;
      continue;
    }
    words += 1;
    let node = 0;
    while (letter !== -1) {
      if (node !== -1) {
        const next = TRIE[node * LETTERS + letter]!;
        node = next === 0 ? -1 : next;
      }
      index += 1;
      letter = index < text.length ? letterIndex(text.charCodeAt(index)) : -1;
    }
    if (node > 0) {
      const language = WORD_LANGUAGE[node];
      if (language === 1) de += 1;
      else if (language === 2) en += 1;
    }
  }
  return { words, de, en };
}
