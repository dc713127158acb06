import type { Sentence } from '@diskurs/tokenizer';
import { extractTextRankKeyphrases, type TextRankOptions } from './extract-text-rank-keyphrases.js';
import { extractYakeKeyphrases, type Keyphrase, type YakeOptions } from './extract-yake-keyphrases.js';
import type { WordIndex } from './index-words.js';
import { KeywordsError } from './keywords-error.js';

/** Options of {@link extractKeyphrases}. */
export interface ExtractKeyphrasesOptions extends YakeOptions, TextRankOptions {
  /** The algorithm. Default `'yake'`. */
  method?: 'yake' | 'textrank';
  /** Co-occurrence window: YAKE default `1`, TextRank default `2`. */
  window?: number;
}

/**
 * Keyphrases of a document or group by YAKE (default) or TextRank; see
 * `extractYakeKeyphrases` and `extractTextRankKeyphrases`.
 *
 * @param input Tokenizer sentences, or their {@link WordIndex} (`options.segments` then does not apply).
 * @param options See {@link ExtractKeyphrasesOptions}.
 * @returns `{ phrase, score, count }`, best first; higher scores are better for both methods.
 */
export function extractKeyphrases(
  input: readonly Sentence[] | WordIndex,
  options: ExtractKeyphrasesOptions = {},
): Keyphrase[] {
  const method = options.method ?? 'yake';
  if (method === 'yake') {
    return extractYakeKeyphrases(input, options).map(({ phrase, score, count }) => ({ phrase, score, count }));
  }
  if (method === 'textrank') return extractTextRankKeyphrases(input, options);
  throw new KeywordsError(`unknown keyphrase method ${JSON.stringify(method)} (use yake or textrank)`, {
    code: 'invalid-option',
  });
}
