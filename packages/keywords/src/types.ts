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
