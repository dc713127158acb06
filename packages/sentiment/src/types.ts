/**
 * Shared types of @diskurs/sentiment.
 */

/** Lexicon language: German or English. */
export type LexiconLanguage = 'de' | 'en';

/** A sentiment label. */
export type SentimentLabel = 'positive' | 'negative' | 'neutral';

/**
 * A sentiment lexicon: lowercased terms (single words, or phrases of words separated by one space)
 * mapped to a score in [-1, 1].
 */
export interface Lexicon {
  /** Name shown as `source` in contributions (`sentiws`, `afinn-165`, `supplement`, or yours). */
  name: string;
  /** Language of the terms. */
  lang: LexiconLanguage;
  /** Lowercased term → score in [-1, 1]. */
  entries: Map<string, number>;
  /** Lowercased prefix → score, for wildcard entries like `toll*` (user dictionaries). */
  prefixes?: Map<string, number>;
}

/** One lexicon hit as stored in the combined index. */
export interface LexiconHit {
  /** Score in [-1, 1]. */
  score: number;
  /** Name of the lexicon the score comes from. */
  source: string;
  /** Position of that lexicon in `Lexicons.lexicons` (lower wins). */
  rank: number;
}

/**
 * Lexicons combined per language for lookup; build with `createLexicons` or `loadLexicons`. The
 * scorers keep prefilters over the index keys with each object, rebuilt when a map or set here is
 * replaced or changes size: after deleting and adding the same number of entries in place, build
 * a new one with `createLexicons`.
 */
export interface Lexicons {
  /** The lexicons in priority order (the first that has a term wins). */
  lexicons: Lexicon[];
  /** Combined German index: lowercased term → hit. */
  de: Map<string, LexiconHit>;
  /** Combined English index: lowercased term → hit. */
  en: Map<string, LexiconHit>;
  /** Combined wildcard prefixes per language: lowercased prefix → hit. */
  prefixes: { de: Map<string, LexiconHit>; en: Map<string, LexiconHit> };
  /** Longest phrase (in words) per language. */
  maxPhraseLength: { de: number; en: number };
  /** First words of multiword terms per language (only these start a phrase lookup). */
  phraseStarts: { de: Set<string>; en: Set<string> };
}

/** A problem in a lexicon or targets file that did not stop the work. */
export interface SentimentWarning {
  /** Machine-readable code. */
  code: string;
  /** 1-based line, when known. */
  line?: number;
  /** File, when known. */
  file?: string;
  /** Human-readable message. */
  message: string;
}

/** A parsed user lexicon and the problems found while parsing it. */
export interface ParsedLexicon {
  /** The lexicon. */
  lexicon: Lexicon;
  /** Lines that were skipped, and why. */
  warnings: SentimentWarning[];
}

/** The rule that shaped a contribution. */
export type ContributionRule =
  | 'lexicon'
  | 'compound'
  | 'fallback'
  | 'negated'
  | 'intensified'
  | 'diminished'
  | 'contrast'
  | 'exclamation'
  | 'quoted';

/** One term's part in a sentence score. The sentence score is `tanh` of the sum of the weights. */
export interface Contribution {
  /** The term as it appears in the text (a phrase for multiword entries; `!` for exclamation). */
  term: string;
  /** Weight after all rules. */
  weight: number;
  /** The last rule that changed the weight (`lexicon` when none did). */
  rule: ContributionRule;
  /** Every rule applied, in order (`lexicon` or `compound` or `fallback` first). */
  rules: ContributionRule[];
  /** Lexicon score before the rules (the sentence's raw sum for `exclamation`). */
  base: number;
  /** Lexicon the score comes from (`rules` for exclamation). */
  source: string;
  /** Index of the (first) token in `sentence.tokens`; -1 for exclamation. */
  index: number;
  /** The lexicon key that matched (norm, lemma, compound head or phrase). */
  match: string;
}

/** Sentiment of one sentence. */
export interface SentenceSentiment {
  /** Sentence text. */
  text: string;
  /** Sentence language. */
  lang: string;
  /** 1-based line of the sentence (from the tokenizer). */
  line: number;
  /** Segment kind (from the tokenizer). */
  segment: string;
  /** Score in [-1, 1]: `tanh(Σ contribution weights)`, rounded to 4 decimals. */
  score: number;
  /** `positive` when score ≥ threshold, `negative` when ≤ -threshold, else `neutral`. */
  label: SentimentLabel;
  /** True for quote segments and for sentences mostly inside quotation marks. */
  quoted: boolean;
  /** The terms that produced the score, in text order (exclamation last). */
  contributions: Contribution[];
}

/** Mean, interval and label shares of a set of sentence scores. */
export interface SentimentSummary {
  /** Mean sentence score; 0 when there are no sentences. */
  score: number;
  /** Seeded percentile bootstrap interval of the mean (95% by default); `[0, 0]` when empty. */
  ci: [number, number];
  /** Label of the mean (same thresholds as sentences). */
  label: SentimentLabel;
  /** Share of positive sentences in [0, 1]. */
  positive: number;
  /** Share of negative sentences in [0, 1]. */
  negative: number;
  /** Share of neutral sentences in [0, 1]. */
  neutral: number;
  /** Number of sentences. */
  n: number;
}

/** Sentiment of a document: all scored sentences together, plus own voice and quoted separately. */
export interface DocumentSentiment extends SentimentSummary {
  /** Scored sentences in text order. */
  sentences: SentenceSentiment[];
  /** Own voice only (sentences not quoted). */
  own: SentimentSummary;
  /** Quoted material only. */
  quoted: SentimentSummary;
}
