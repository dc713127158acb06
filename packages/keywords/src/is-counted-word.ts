import { ENGLISH_STOPWORDS, isContentWord, type Language, type Token } from '@diskurs/tokenizer';

/**
 * English function words missing from the `stopword` package's short English list (108 words),
 * taken from the Snowball English stopword list (BSD licence) plus a few function words it lacks
 * (`also`, `just`, `even`, `really`, `yet`, `ever`, `will`, `shall`, `may`, `us`, `upon`). Applied to
 * English (and unidentified) sentences.
 */
export const SUPPLEMENTARY_ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(
  (
    "above again against aren't below can't cannot couldn't didn't does doesn't doing don't down during few " +
    "further hadn't hasn't haven't having he'd he'll he's here's hers herself how's i'd i'll i'm i've isn't it's " +
    "its itself let's mustn't myself no nor not off once ought ours ourselves own shan't she she'd she'll she's " +
    "shouldn't so that's theirs themselves there's they'd they'll they're they've until wasn't we'd we'll we're " +
    "we've weren't what's when when's where's who's whom why why's won't wouldn't you'd you'll you're you've " +
    "yours yourself yourselves also just even really yet ever will shall may us upon n't 's 're 'll 've 'm 'd"
  ).split(' '),
);

/** English words that are also German content words, so not dropped from German sentences. */
const GERMAN_HOMOGRAPHS: ReadonlySet<string> = new Set(['all', 'after', 'made', 'most', 'still']);

/** Honorific abbreviations: never content words in any language. */
const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st']);

/**
 * Whether a token counts as a content word: the tokenizer's `isContentWord` with the stopword
 * list of the sentence's language (a word, not a stopword, not a number or punctuation, at
 * least two characters). Sentences in another language than German or English are checked
 * against both lists; English sentences also against {@link SUPPLEMENTARY_ENGLISH_STOPWORDS};
 * German sentences also against the English lists (quoted English titles), except for words
 * that are German content words too (`still`, `all`). Honorifics (`Mr`, `Dr`, `Prof`) never count.
 *
 * @param token A token.
 * @param lang The language of its sentence. Default: the token's own stopword flag.
 * @returns True for content words.
 */
export function isCountedWord(token: Pick<Token, 'kind' | 'norm' | 'stopword'>, lang?: Language): boolean {
  if (!isContentWord(token, lang === 'other' ? 'any' : lang)) return false;
  const norm = token.norm;
  if (HONORIFICS.has(norm)) return false;
  if (lang !== 'de') return !SUPPLEMENTARY_ENGLISH_STOPWORDS.has(norm);
  // English function words in German sentences (`the`, `of`, `no` in quoted titles) are not German content words.
  return GERMAN_HOMOGRAPHS.has(norm) || !(ENGLISH_STOPWORDS.has(norm) || SUPPLEMENTARY_ENGLISH_STOPWORDS.has(norm));
}
