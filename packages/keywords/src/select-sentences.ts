import type { Sentence } from '@diskurs/tokenizer';
import { OWN_TEXT_SEGMENTS } from './types.js';

/** Options of {@link selectSentences}. */
export interface SelectSentencesOptions {
  /** Segment kinds to keep. Default {@link OWN_TEXT_SEGMENTS} (title, body, heading, list, footnote). */
  segments?: readonly string[];
}

/**
 * Keeps the sentences whose `segment` is one of the given kinds, so that quotations,
 * donation blocks, comments and embeds do not count as the author's words.
 *
 * @param sentences Sentences from the tokenizer.
 * @param options See {@link SelectSentencesOptions}.
 * @returns The kept sentences, in order.
 */
export function selectSentences(sentences: readonly Sentence[], options: SelectSentencesOptions = {}): Sentence[] {
  const kinds = new Set(options.segments ?? OWN_TEXT_SEGMENTS);
  return sentences.filter((sentence) => kinds.has(sentence.segment));
}
