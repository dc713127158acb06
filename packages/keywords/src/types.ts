import type { Sentence } from '@diskurs/tokenizer';

/** A document as keywords reads it: a name and the tokenizer's sentences. */
export interface KeywordDocument {
  /** Document name (unique within the corpus). */
  name: string;
  /** Sentences from `@diskurs/tokenizer`'s `analyze`. */
  sentences: readonly Sentence[];
}

/** A group of documents (usually one author). */
export interface KeywordGroup {
  /** Group name, e.g. the author. */
  name: string;
  /** The group's documents. */
  documents: readonly KeywordDocument[];
}

/** Which form of a word is counted: the tokenizer's lemma (falling back to `norm`) or the lowercased surface form (`norm`). */
export type TermUnit = 'lemma' | 'surface';

/** The four keyness statistics. */
export type KeynessStatistic = 'g2' | 'chi2' | 'logratio' | 'logodds';

/** The segment kinds that are the author's own text: title, body, heading, list, footnote. */
export const OWN_TEXT_SEGMENTS: readonly string[] = ['title', 'body', 'heading', 'list', 'footnote'];

/**
 * The 2×2 table behind every keyness statistic: how often a term occurs in the target
 * (`count` of `total` tokens) and in the reference (`referenceCount` of `referenceTotal`).
 */
export interface ContingencyTable {
  /** Occurrences of the term in the target. */
  count: number;
  /** Tokens in the target. */
  total: number;
  /** Occurrences of the term in the reference. */
  referenceCount: number;
  /** Tokens in the reference. */
  referenceTotal: number;
}
