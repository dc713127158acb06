/**
 * The report object (report.json, schemaVersion 1, DESIGN.md §6). The fields named in §6 are the
 * contract other tools rely on; the others are additions the renderers use. Numbers are exact
 * (unrounded) JSON numbers; `null` marks a value that cannot be computed from the data.
 */

/** Label shares and a bootstrap interval of a set of sentence sentiment scores. */
export interface SentimentSummary {
  /** Mean score in [-1, 1] (0 when `n` is 0). */
  mean: number;
  /** Percentile bootstrap interval of the mean (95 %). */
  ci: [number, number];
  /** Share of positive sentences. */
  positive: number;
  /** Share of negative sentences. */
  negative: number;
  /** Share of neutral sentences. */
  neutral: number;
  /** Number of sentences. */
  n: number;
}

/** A sentence cited as evidence, with its place in the source file. */
export interface Evidence {
  /** Document name. */
  document: string;
  /** Source file of the document. */
  file: string;
  /** 1-based line in the source file (`file:line`). */
  line: number;
  /** The sentence. */
  text: string;
  /** Sentence score in [-1, 1]. */
  score: number;
  /** True when the sentence is a quotation (quote segment, embed, or in quotation marks). */
  quoted: boolean;
}

/** Sentiment of a group: all scored sentences, own voice vs quoted, and evidence. */
export interface GroupSentiment extends SentimentSummary {
  /** Sentences in the author's own voice. */
  own: SentimentSummary;
  /** Quoted sentences. */
  quoted: SentimentSummary;
  /** The most positive own-voice sentences, best first. */
  mostPositive: Evidence[];
  /** The most negative own-voice sentences, most negative first. */
  mostNegative: Evidence[];
}

/** Stance of a group toward one target. */
export interface GroupStance {
  target: string;
  /** Mean stance score in [-1, 1]. */
  score: number;
  /** Bootstrap interval of `score` (95 %). */
  ci: [number, number];
  /** Number of sentences mentioning the target. */
  mentions: number;
  /** Evidence sentences, strongest first. */
  evidence: Evidence[];
}

/** Readability formulas; `null` when the group has too little text in the formula's language. */
export interface Readability {
  /** Flesch–Amstad reading ease (German sentences; 0–100, higher is easier). */
  fleschAmstad: number | null;
  /** First Wiener Sachtextformel (German sentences; school grade 4–15, higher is harder). */
  wienerSachtextformel: number | null;
  /** Flesch reading ease (English sentences; 0–100, higher is easier). */
  fleschReadingEase: number | null;
}

/** Style measures of a group. */
export interface Style {
  /** Mean number of words per own-text sentence. */
  meanSentenceLength: number;
  /** MTLD (McCarthy & Jarvis 2010, threshold 0.72) over the own-text word forms; `null` with too few words. */
  lexicalDiversity: number | null;
  /** Readability of the own text. */
  readability: Readability;
  /** Share of words (own text, quotes, embeds) in English sentences. */
  englishShare: number;
  /** Share of words (own text, quotes, embeds) that are quoted. */
  quoteShare: number;
  /** Number of own-text words the measures rest on. */
  words: number;
}

/** A document in the report. */
export interface ReportDocument {
  name: string;
  author: string | null;
  date: string | null;
  title: string | null;
  /** The group the document belongs to. */
  group: string;
  source: { path: string; line: number };
  /** Word and number tokens in the analysed (own) text. */
  tokens: number;
  /** Sentences in the analysed (own) text. */
  sentences: number;
  /** Language shares by tokens over own text, quotes and embeds. */
  languages: Record<string, number>;
  /** Characters per segment kind. */
  segments: Record<string, number>;
  sentiment: { score: number; label: string; positive: number; negative: number; neutral: number };
  stance: { target: string; score: number; mentions: number }[];
}

/** A topic of the corpus. */
export interface ReportTopic {
  id: number;
  label: string;
  terms: { term: string; weight: number }[];
  coherence: number;
}

/** A group (author by default) and everything measured on it. */
export interface ReportGroup {
  name: string;
  /** Number of documents. */
  documents: number;
  /** Names of the documents. */
  documentNames: string[];
  tokens: number;
  sentences: number;
  /** Characters per segment kind over the group's documents. */
  segments: Record<string, number>;
  distinctiveTerms: { term: string; score: number; statistic: string; count: number; expected: number }[];
  keyphrases: { phrase: string; score: number }[];
  entities: { text: string; count: number }[];
  topics: { topic: number; weight: number }[];
  sentiment: GroupSentiment;
  stance: GroupStance[];
  style: Style;
}

/** A caveat: where the data is too thin to trust a figure. */
export interface Caveat {
  code: 'single-document' | 'few-mentions' | 'few-words' | 'few-groups' | 'unknown-group';
  group?: string;
  target?: string;
  message: string;
}

/** The comparative report (report.json). */
export interface Report {
  schemaVersion: 1;
  generatedBy: { name: string; version: string };
  /** The options the report was built with (defaults filled in). */
  options: {
    groupBy: string;
    seed: number;
    lang: string | null;
    top: number;
    topics: number | [number, number] | null;
    statistic: string;
    segments: string[];
    targets: string[];
  };
  corpus: {
    documents: number;
    sentences: number;
    tokens: number;
    /** Language shares by tokens. */
    languages: Record<string, number>;
    /** Earliest and latest document date (ISO 8601 as given), `null` when no document has one. */
    dates: { first: string; last: string } | null;
    /** Characters per segment kind over all documents. */
    segments: Record<string, number>;
    groups: number;
  };
  documents: ReportDocument[];
  groups: ReportGroup[];
  topics: ReportTopic[];
  similarity: {
    groups: string[];
    /** Cosine similarity of the groups' content-word profiles (relative lemma frequencies). */
    matrix: number[][];
    /** Burrows' Delta on the z-scored relative frequencies of the most frequent words (0 = same). */
    delta: number[][];
    /** The number of most frequent words Delta used. */
    deltaWords: number;
  };
  methods: {
    statistic: string;
    sentiment: string;
    stance: string;
    topics: string;
    style: string;
    similarity: string;
    lexicons: { name: string; source: string; licence: string }[];
  };
  caveats: Caveat[];
  warnings: { code: string; file: string; line: number; message: string }[];
}
