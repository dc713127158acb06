import type { Sentence } from '@diskurs/tokenizer';
import { findQuotations } from './find-quotations.js';

/** Segment kinds scored by default: the author's own text plus block quotations. */
export const DEFAULT_SEGMENTS: readonly string[] = ['title', 'body', 'heading', 'list', 'footnote', 'quote'];

/** Options of {@link selectSentences}. */
export interface SelectSentencesOptions {
  /**
   * Segment kinds whose sentences are kept, or `'all'`. Default {@link DEFAULT_SEGMENTS}
   * (embeds, comments, boilerplate and headers are left out).
   */
  segments?: readonly string[] | 'all';
  /** A quotation left open at a sentence end carries over at most this many sentences. Default 4. */
  maxQuotationSentences?: number;
}

/** A kept sentence and whether it starts inside a quotation opened earlier. */
export interface SelectedSentence {
  sentence: Sentence;
  insideQuotation: boolean;
}

/** A kept sentence with its quotation state and quoted ranges (what `scoreSentence` would compute). */
export interface QuotedSelection extends SelectedSentence {
  /** `findQuotations(sentence.text, { open: insideQuotation }).ranges`. */
  ranges: Array<[number, number]>;
}

/**
 * {@link selectSentences} that also keeps each sentence's quoted ranges, so the scorers need not
 * look for quotation marks a second time.
 *
 * @param sentences - Sentences in text order.
 * @param options - See {@link SelectSentencesOptions}.
 * @returns The kept sentences with their quotation state and ranges.
 */
export function selectQuotedSentences(
  sentences: readonly Sentence[],
  options: SelectSentencesOptions = {},
): QuotedSelection[] {
  const { segments = DEFAULT_SEGMENTS, maxQuotationSentences = 4 } = options;
  const wanted = segments === 'all' ? undefined : new Set(segments);
  const selected: QuotedSelection[] = [];
  let open = false;
  let openFor = 0;
  let previousSegment: string | undefined;
  for (const sentence of sentences) {
    if (sentence.segment !== previousSegment) {
      open = false;
      openFor = 0;
      previousSegment = sentence.segment;
    }
    const insideQuotation = open;
    const quotations = findQuotations(sentence.text, { open });
    openFor = quotations.open ? openFor + 1 : 0;
    open = quotations.open && openFor <= maxQuotationSentences;
    if (wanted !== undefined && !wanted.has(sentence.segment)) continue;
    selected.push({ sentence, insideQuotation, ranges: quotations.ranges });
  }
  return selected;
}

/**
 * Keep the sentences of the wanted segments and follow quotation marks across sentences (a
 * quotation opened in one sentence and closed in a later one; reset at segment changes).
 *
 * @param sentences - Sentences in text order.
 * @param options - See {@link SelectSentencesOptions}.
 * @returns The kept sentences with their quotation state.
 */
export function selectSentences(
  sentences: readonly Sentence[],
  options: SelectSentencesOptions = {},
): SelectedSentence[] {
  return selectQuotedSentences(sentences, options).map(({ sentence, insideQuotation }) => ({ sentence, insideQuotation }));
}
