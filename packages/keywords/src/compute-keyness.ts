import { compareStrings } from './compare-strings.js';
import { computeChiSquared } from './compute-chi-squared.js';
import { computeLogLikelihood } from './compute-log-likelihood.js';
import { computeLogOdds } from './compute-log-odds.js';
import { computeLogRatio } from './compute-log-ratio.js';
import type { ContingencyTable } from './types.js';
import type { TermCounts } from './count-terms.js';
import { KeywordsError } from './keywords-error.js';
import type { KeynessStatistic } from './types.js';

/** Options of {@link computeKeyness}. */
export interface KeynessOptions {
  /** The statistic that scores and ranks terms. Default `'g2'`. */
  statistic?: KeynessStatistic;
  /** Minimum count of a term in the target (for `'over'`) or reference (for `'under'`). Default `3`. */
  minCount?: number;
  /** Keep at most this many rows. Default: all. */
  top?: number;
  /** `'over'`: terms the target overuses (score > 0); `'under'`: underuses; `'both'`. Default `'over'`. */
  direction?: 'over' | 'under' | 'both';
  /** α₀ of the log-odds prior (`'logodds'` only). Default `1000`. */
  priorScale?: number;
}

/** One keyness result. */
export interface KeynessRow {
  /** The term. */
  term: string;
  /** The value of `statistic`, signed: positive = overused by the target. */
  score: number;
  /** Which statistic `score` is. */
  statistic: KeynessStatistic;
  /** Occurrences in the target. */
  count: number;
  /** Expected occurrences in the target at the pooled rate. */
  expected: number;
  /** Occurrences in the reference. */
  referenceCount: number;
  /** Hardie's log ratio (effect size), whatever the statistic. */
  logRatio: number;
}

const statistics = new Set<KeynessStatistic>(['g2', 'chi2', 'logratio', 'logodds']);

/**
 * Scores every term of a target against a reference with the chosen keyness statistic
 * (G², χ² with Yates' correction, log ratio, or log-odds z with informative Dirichlet prior)
 * and ranks them, highest score first (ties: higher count, then term).
 *
 * @param target Counts of the target (e.g. one author).
 * @param reference Counts of the reference (e.g. the rest of the corpus). When it shares the
 *   target's vocabulary, terms are matched by id; otherwise by string.
 * @param options See {@link KeynessOptions}.
 * @returns The ranked rows.
 */
export function computeKeyness(target: TermCounts, reference: TermCounts, options: KeynessOptions = {}): KeynessRow[] {
  const statistic = options.statistic ?? 'g2';
  if (!statistics.has(statistic)) {
    throw new KeywordsError(`unknown statistic ${JSON.stringify(statistic)} (use g2, chi2, logratio or logodds)`, {
      code: 'invalid-option',
    });
  }
  const minCount = options.minCount ?? 3;
  const direction = options.direction ?? 'over';
  const shared = target.vocabulary === reference.vocabulary;
  const terms = target.vocabulary.terms;
  const referenceIds = reference.vocabulary.ids;
  const table: ContingencyTable = { count: 0, total: target.total, referenceCount: 0, referenceTotal: reference.total };
  const logOddsOptions = { priorScale: options.priorScale ?? 1000 };
  const rows: KeynessRow[] = [];

  const score = (): number => {
    switch (statistic) {
      case 'g2':
        return computeLogLikelihood(table);
      case 'chi2':
        return computeChiSquared(table);
      case 'logratio':
        return computeLogRatio(table);
      default:
        return computeLogOdds(table, logOddsOptions).z;
    }
  };
  const consider = (term: string, count: number, referenceCount: number): void => {
    const gate = direction === 'under' ? referenceCount : direction === 'over' ? count : Math.max(count, referenceCount);
    if (gate < minCount || gate === 0) return;
    table.count = count;
    table.referenceCount = referenceCount;
    const value = score();
    if (direction === 'over' ? value <= 0 : direction === 'under' ? value >= 0 : false) return;
    const n = table.total + table.referenceTotal;
    rows.push({
      term,
      score: value,
      statistic,
      count,
      expected: n > 0 ? (table.total * (count + referenceCount)) / n : 0,
      referenceCount,
      logRatio: computeLogRatio(table),
    });
  };

  const seen = new Set<string>();
  for (let id = 0; id < terms.length; id++) {
    const count = id < target.counts.length ? target.counts[id]! : 0;
    let referenceCount: number;
    if (shared) {
      referenceCount = id < reference.counts.length ? reference.counts[id]! : 0;
    } else {
      const otherId = referenceIds.get(terms[id]!);
      referenceCount = otherId !== undefined && otherId < reference.counts.length ? reference.counts[otherId]! : 0;
      seen.add(terms[id]!);
    }
    if (count === 0 && referenceCount === 0) continue;
    consider(terms[id]!, count, referenceCount);
  }
  if (!shared && direction !== 'over') {
    const otherTerms = reference.vocabulary.terms;
    for (let id = 0; id < otherTerms.length && id < reference.counts.length; id++) {
      const term = otherTerms[id]!;
      if (!seen.has(term) && reference.counts[id]! > 0) consider(term, 0, reference.counts[id]!);
    }
  }

  rows.sort((a, b) => {
    const byScore = direction === 'under' ? a.score - b.score : Math.abs(b.score) - Math.abs(a.score);
    return byScore || b.count - a.count || compareStrings(a.term, b.term);
  });
  return options.top === undefined ? rows : rows.slice(0, options.top);
}
