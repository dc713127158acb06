/**
 * Shared types of @diskurs/tokenizer. Every package above the tokenizer (keywords, sentiment,
 * the report) consumes these shapes; change them only together with their users.
 */

/** The kind of a token. */
export type TokenKind =
  | 'word'
  | 'number'
  | 'punct'
  | 'symbol'
  | 'url'
  | 'email'
  | 'mention'
  | 'hashtag'
  | 'emoji';

/** A sentence language: German, English, or anything else. */
export type Language = 'de' | 'en' | 'other';

/** How words are reduced to a base form: dictionary lemmas, stems, or not at all. */
export type LemmaMode = 'lemma' | 'stem' | 'none';

/** One token. Offsets are UTF-16 code unit offsets into the text that was tokenized. */
export interface Token {
  /** The token exactly as it appears: `text === input.slice(start, end)`. */
  text: string;
  /** Start offset (inclusive). */
  start: number;
  /** End offset (exclusive). */
  end: number;
  /** What the token is. */
  kind: TokenKind;
  /** Lowercased, with typographic quotes, apostrophes and dashes normalised to ASCII. */
  norm: string;
  /** Base form, lowercased (`Zölle` → `zoll`, `ging` → `gehen`). Present for words when lemmas or stems are on. */
  lemma?: string;
  /** Stem (Snowball/Porter-style) of the lowercased word; present for words when stems or lemmas are on. */
  stem?: string;
  /** True when `norm` is on the stopword list of the token's language. Never used to drop tokens. */
  stopword: boolean;
  /** For hyphenated compounds (`Open-Source-Technologie`): the parts, lowercased. */
  parts?: string[];
  /**
   * For German compound nouns, when the analyzer's `compounds` option is on: the lexicon parts
   * as lowercased lemmas (`Durchführungsverordnungen` → `['durchführung', 'verordnung']`).
   */
  compound?: string[];
}

/** A sentence span, offsets into the text that was split. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/** An analysed sentence. */
export interface Sentence extends SentenceSpan {
  /** `text.slice(start, end)` of the analysed document. */
  text: string;
  /** Detected language. */
  lang: Language;
  /** Confidence of `lang` in [0, 1]. */
  langConfidence: number;
  /** 1-based line of the sentence start within the analysed text. */
  line: number;
  /** Kind of the segment the sentence lies in (`body`, `quote`, …), `body` when no segments were given. */
  segment: string;
  /** Tokens with offsets into the analysed text (not into the sentence). */
  tokens: Token[];
}

/** A labelled span of a document, as produced by @diskurs/parser. */
export interface SegmentLike {
  kind: string;
  start: number;
  end: number;
}

/** What `analyze` accepts: a plain string, or a parser document (only these fields are read). */
export interface AnalyzableDocument {
  text: string;
  /** Document language if known (used as prior for short sentences). */
  lang?: string | null;
  /** Segments; sentences never cross a segment boundary, and `markup` segments are skipped. */
  segments?: readonly SegmentLike[];
}

/** The result of `analyze`. */
export interface AnalyzedDocument {
  /** Majority language of the document's sentences (by token count). */
  lang: Language;
  /** Sentences in text order. */
  sentences: Sentence[];
}
