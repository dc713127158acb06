import type { Sentence } from '@diskurs/tokenizer';
import { type BootstrapIntervalOptions, bootstrapInterval } from './bootstrap-interval.js';
import { labelScore, roundScore } from './label-score.js';
import { type TargetMention, matchTargets } from './match-targets.js';
import type { Target } from './parse-targets.js';
import { type ScoreSentenceOptions, scoreSentenceWithQuotations } from './score-sentence.js';
import { type SelectSentencesOptions, selectQuotedSentences } from './select-sentences.js';
import { type Clause, splitClauses } from './split-clauses.js';
import type { Lexicons, SentenceSentiment, SentimentLabel } from './types.js';

/** One sentence that mentions a target. */
export interface StanceEvidence {
  /** Document name, when the document has one. */
  document?: string;
  /** 1-based line of the sentence. */
  line: number;
  /** Sentence text. */
  text: string;
  /** Stance of this sentence toward the target in [-1, 1]. */
  score: number;
  /** Whether the sentence is quoted material. */
  quoted: boolean;
  /** Sentiment of the whole sentence. */
  sentiment: number;
  /** How the target was written in this sentence. */
  mentions: string[];
  /** The terms that made the stance score, with their proximity-weighted weights. */
  terms: Array<{ term: string; weight: number }>;
}

/** Stance of one part (own voice or quoted). */
export interface StancePart {
  /** Mean sentence stance. */
  score: number;
  /** Number of mentions. */
  mentions: number;
}

/** Stance of a document toward one target. Targets never mentioned have no result. */
export interface StanceResult {
  /** Target name. */
  target: string;
  /** Mean stance over the sentences that mention the target, in [-1, 1]. */
  score: number;
  /** Seeded bootstrap interval of the mean over the mentioning sentences (95% by default). */
  ci: [number, number];
  /** Label of the score (same threshold as sentiment). */
  label: SentimentLabel;
  /** Number of mentions (tokens or phrases). */
  mentions: number;
  /** Evidence: every mentioning sentence in text order. */
  evidence: StanceEvidence[];
  /** Own voice only; absent when the target is only mentioned in quoted material. */
  own?: StancePart;
  /** Quoted material only; absent when the target is never mentioned in quotes. */
  quoted?: StancePart;
}

/** Options of {@link scoreStance}. */
export interface ScoreStanceOptions
  extends Omit<ScoreSentenceOptions, 'insideQuotation'>,
    SelectSentencesOptions,
    Omit<BootstrapIntervalOptions, 'resamples'> {
  /** Bootstrap resamples for each target's interval; 0 skips it (`ci` = `[score, score]`). Default 1000. */
  resamples?: number;
  /** Token distance at which a term's weight has halved: weight × 1 / (1 + d / proximity). Default 4. */
  proximity?: number;
  /** Count quoted sentences (`include`) or only the author's own voice (`exclude`). Default `'include'`. */
  quotes?: 'include' | 'exclude';
}

/**
 * Stance of one sentence toward the mentions of one target: the contributions of the clauses that
 * contain a mention, each weighted by `1 / (1 + d / proximity)` where d is its token distance to
 * the nearest mention (adjacent = 0), then `tanh` of the sum (amplified like the sentence for `!`).
 */
function scoreMentions(
  clauses: readonly Clause[],
  sentiment: SentenceSentiment,
  mentions: readonly TargetMention[],
  proximity: number,
): { score: number; terms: Array<{ term: string; weight: number }> } {
  const clauseOf = (index: number): number => clauses.findIndex((clause) => index >= clause.start && index < clause.end);
  const mentionClauses = new Set(mentions.map((mention) => clauseOf(mention.start)));
  let sum = 0;
  let exclamation = 0;
  let base = 0;
  const terms: Array<{ term: string; weight: number }> = [];
  for (const contribution of sentiment.contributions) {
    if (contribution.index < 0) {
      exclamation = contribution.weight;
      base = contribution.base;
      continue;
    }
    const at = contribution.index;
    if (mentions.some((mention) => at >= mention.start && at < mention.end)) continue;
    if (!mentionClauses.has(clauseOf(at))) continue;
    let distance = Number.POSITIVE_INFINITY;
    for (const mention of mentions) {
      const d = at < mention.start ? mention.start - at - 1 : at - mention.end;
      if (d < distance) distance = d;
    }
    const weight = contribution.weight / (1 + distance / proximity);
    sum += weight;
    terms.push({ term: contribution.term, weight: roundScore(weight) });
  }
  if (exclamation !== 0 && base !== 0) sum *= 1 + exclamation / base;
  return { score: roundScore(Math.tanh(sum)), terms };
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((total, value) => total + value, 0) / values.length;
}

/**
 * Stance of a document toward each target: the sentiment of the clauses that mention it, weighted
 * by proximity to the mention, averaged over the mentioning sentences. Targets that are never
 * mentioned are absent from the result (no score, not zero). Own voice and quoted material are
 * also reported separately (`own`, `quoted`).
 *
 * @param document - An analysed document; `name` (optional) is copied into the evidence.
 * @param targets - From `parseTargets`.
 * @param lexicons - From `loadLexicons`.
 * @param options - See {@link ScoreStanceOptions}; defaults as in `scoreSentiment`, proximity 4,
 *   quotes included, bootstrap seed 1 with 1000 resamples at 95% (`resamples: 0` skips the
 *   intervals).
 * @returns One result per mentioned target, in target order.
 */
export function scoreStance(
  document: { sentences: readonly Sentence[]; name?: string },
  targets: readonly Target[],
  lexicons: Lexicons,
  options: ScoreStanceOptions = {},
): StanceResult[] {
  const { segments, maxQuotationSentences, proximity = 4, quotes = 'include' } = options;
  const collected: StanceCollection = new Map();
  for (const { sentence, ranges } of selectQuotedSentences(document.sentences, { segments, maxQuotationSentences })) {
    const mentions = matchTargets(sentence, targets);
    if (mentions.length === 0) continue;
    const sentiment = scoreSentenceWithQuotations(sentence, lexicons, options, ranges);
    if (quotes === 'exclude' && sentiment.quoted) continue;
    collectStance(collected, sentence, sentiment, mentions, document.name, proximity);
  }
  return finishStance(collected, targets, options);
}

/** Per target name, the evidence collected so far (see {@link collectStance}). */
export type StanceCollection = Map<
  string,
  { evidence: StanceEvidence[]; own: number[]; quoted: number[]; ownMentions: number; quotedMentions: number }
>;

/**
 * Add one scored sentence that mentions targets to a {@link StanceCollection} (the loop body of
 * `scoreStance`, shared with `scoreDocument`).
 *
 * @param collected - The collection so far.
 * @param sentence - The sentence.
 * @param sentiment - Its sentiment.
 * @param mentions - Its target mentions (`matchTargets`), at least one.
 * @param document - Document name for the evidence, if any.
 * @param proximity - See {@link ScoreStanceOptions}.
 */
export function collectStance(
  collected: StanceCollection,
  sentence: Sentence,
  sentiment: SentenceSentiment,
  mentions: readonly TargetMention[],
  document: string | undefined,
  proximity: number,
): void {
  const byTarget = new Map<string, TargetMention[]>();
  for (const mention of mentions) {
    const list = byTarget.get(mention.target) ?? [];
    list.push(mention);
    byTarget.set(mention.target, list);
  }
  const clauses = splitClauses(sentence);
  for (const [target, list] of byTarget) {
    const { score, terms } = scoreMentions(clauses, sentiment, list, proximity);
    let entry = collected.get(target);
    if (entry === undefined) {
      entry = { evidence: [], own: [], quoted: [], ownMentions: 0, quotedMentions: 0 };
      collected.set(target, entry);
    }
    const evidence: StanceEvidence = {
      line: sentence.line,
      text: sentence.text,
      score,
      quoted: sentiment.quoted,
      sentiment: sentiment.score,
      mentions: list.map((mention) => mention.text),
      terms,
    };
    // `document` first when there is one (the key order of the JSON output).
    entry.evidence.push(document === undefined ? evidence : { document, ...evidence });
    if (sentiment.quoted) {
      entry.quoted.push(score);
      entry.quotedMentions += list.length;
    } else {
      entry.own.push(score);
      entry.ownMentions += list.length;
    }
  }
}

/**
 * The stance results of a {@link StanceCollection}: one per mentioned target, in target order,
 * with mean, interval, label and the own/quoted parts.
 *
 * @param collected - The collected evidence.
 * @param targets - The targets (their order is the result order).
 * @param options - threshold (0.05), seed (1), resamples (1000; 0 skips the intervals), confidence (0.95).
 * @returns The results.
 */
export function finishStance(
  collected: StanceCollection,
  targets: readonly Target[],
  options: Pick<ScoreStanceOptions, 'threshold' | 'seed' | 'resamples' | 'confidence'>,
): StanceResult[] {
  const { threshold, seed, resamples, confidence } = options;
  const bootstrap: BootstrapIntervalOptions = {
    ...(seed === undefined ? {} : { seed }),
    ...(resamples === undefined ? {} : { resamples }),
    ...(confidence === undefined ? {} : { confidence }),
  };
  const results: StanceResult[] = [];
  for (const target of targets) {
    const entry = collected.get(target.name);
    if (entry === undefined) continue;
    const scores = entry.evidence.map((evidence) => evidence.score);
    const score = roundScore(mean(scores));
    const [low, high] = resamples === 0 ? [score, score] : bootstrapInterval(scores, bootstrap);
    const result: StanceResult = {
      target: target.name,
      score,
      ci: [roundScore(low), roundScore(high)],
      label: labelScore(score, threshold),
      mentions: entry.ownMentions + entry.quotedMentions,
      evidence: entry.evidence,
    };
    if (entry.own.length > 0) result.own = { score: roundScore(mean(entry.own)), mentions: entry.ownMentions };
    if (entry.quoted.length > 0) result.quoted = { score: roundScore(mean(entry.quoted)), mentions: entry.quotedMentions };
    results.push(result);
  }
  return results;
}
