import type { Sentence } from '@diskurs/tokenizer';
import { type BootstrapIntervalOptions, bootstrapInterval } from './bootstrap-interval.js';
import { DEFAULT_THRESHOLD, labelScore, roundScore } from './label-score.js';
import { type ScoreSentenceOptions, scoreSentenceWithQuotations } from './score-sentence.js';
import { type SelectSentencesOptions, selectQuotedSentences } from './select-sentences.js';
import type { DocumentSentiment, Lexicons, SentenceSentiment, SentimentSummary } from './types.js';

/**
 * Options of {@link scoreSentiment}: those of `scoreSentence` and `selectSentences`, and the
 * bootstrap (seed 1, 1000 resamples, 95%; `resamples: 0` skips the interval and gives `[score, score]`).
 */
export interface ScoreSentimentOptions
  extends Omit<ScoreSentenceOptions, 'insideQuotation'>,
    SelectSentencesOptions,
    Omit<BootstrapIntervalOptions, 'resamples'> {
  /** Bootstrap resamples for the intervals; 0 skips them. Default 1000. */
  resamples?: number;
}

/** Options of {@link summarizeSentences}. */
export interface SummarizeSentencesOptions extends Omit<BootstrapIntervalOptions, 'resamples'> {
  /** Label threshold. Default 0.05. */
  threshold?: number;
  /** Bootstrap resamples; 0 skips the interval (`ci` = `[score, score]`). Default 1000. */
  resamples?: number;
}

/**
 * Mean score, label, label shares and a seeded bootstrap interval of sentence sentiments.
 *
 * @param sentences - Scored sentences.
 * @param options - threshold [0.05], seed [1], resamples [1000], confidence [0.95].
 * @returns The summary; score 0, ci [0, 0] and shares 0 when there are no sentences.
 */
export function summarizeSentences(
  sentences: readonly SentenceSentiment[],
  options: SummarizeSentencesOptions = {},
): SentimentSummary {
  const { threshold = DEFAULT_THRESHOLD, resamples = 1000, seed, confidence } = options;
  const n = sentences.length;
  let sum = 0;
  let positive = 0;
  let negative = 0;
  const scores = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const sentence = sentences[i]!;
    scores[i] = sentence.score;
    sum += sentence.score;
    if (sentence.label === 'positive') positive++;
    else if (sentence.label === 'negative') negative++;
  }
  const score = n === 0 ? 0 : sum / n;
  const [low, high] =
    resamples === 0
      ? [score, score]
      : bootstrapInterval(scores, {
          resamples,
          ...(seed === undefined ? {} : { seed }),
          ...(confidence === undefined ? {} : { confidence }),
        });
  return {
    score: roundScore(score),
    ci: [roundScore(low), roundScore(high)],
    label: labelScore(score, threshold),
    positive: n === 0 ? 0 : roundScore(positive / n),
    negative: n === 0 ? 0 : roundScore(negative / n),
    neutral: n === 0 ? 0 : roundScore((n - positive - negative) / n),
    n,
  };
}

/**
 * Score every sentence of a document (see `scoreSentence`) and summarise: mean score, label,
 * label shares and a seeded bootstrap interval over all scored sentences, and the same for the
 * author's own voice and for quoted material separately. A quotation opened in one sentence and closed in a later one marks the
 * sentences in between as quoted.
 *
 * The document score is the plain mean of its sentence scores (neutral sentences count as 0), so
 * it measures how much evaluative language a text carries as well as its direction.
 *
 * @param document - An analysed document (`{ sentences }` from `@diskurs/tokenizer`'s `analyze`).
 * @param lexicons - From `loadLexicons`.
 * @param options - See {@link ScoreSentimentOptions}.
 * @returns The document sentiment.
 */
export function scoreSentiment(
  document: { sentences: readonly Sentence[] },
  lexicons: Lexicons,
  options: ScoreSentimentOptions = {},
): DocumentSentiment {
  const { segments, maxQuotationSentences } = options;
  const scored = selectQuotedSentences(document.sentences, { segments, maxQuotationSentences }).map(({ sentence, ranges }) =>
    scoreSentenceWithQuotations(sentence, lexicons, options, ranges),
  );
  return summarizeDocument(scored, options);
}

/**
 * The {@link DocumentSentiment} of scored sentences: all, own voice and quoted summaries (the end
 * of `scoreSentiment`, shared with `scoreDocument`).
 *
 * @param scored - The scored sentences in text order.
 * @param options - threshold [0.05], seed [1], resamples [1000; 0 skips the intervals], confidence [0.95].
 * @returns The document sentiment.
 */
export function summarizeDocument(
  scored: SentenceSentiment[],
  options: Pick<ScoreSentimentOptions, 'threshold' | 'seed' | 'resamples' | 'confidence'>,
): DocumentSentiment {
  const { seed, resamples, confidence } = options;
  const summary: SummarizeSentencesOptions = {
    threshold: options.threshold ?? DEFAULT_THRESHOLD,
    ...(seed === undefined ? {} : { seed }),
    ...(resamples === undefined ? {} : { resamples }),
    ...(confidence === undefined ? {} : { confidence }),
  };
  return {
    ...summarizeSentences(scored, summary),
    sentences: scored,
    own: summarizeSentences(
      scored.filter((sentence) => !sentence.quoted),
      summary,
    ),
    quoted: summarizeSentences(
      scored.filter((sentence) => sentence.quoted),
      summary,
    ),
  };
}
