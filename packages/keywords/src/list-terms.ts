import { compareStrings } from './compare-strings.js';
import type { TermTable } from './count-terms.js';

/** One row of a term table. */
export interface TermRow {
  /** The term (lemma, surface form or n-gram joined by spaces). */
  term: string;
  /** Occurrences. */
  count: number;
  /** `count / total` of the table. */
  relativeFrequency: number;
  /** Documents containing the term. */
  documentFrequency: number;
}

/** Options of {@link listTerms}. */
export interface ListTermsOptions {
  /** Keep at most this many rows. Default: all. */
  top?: number;
  /** Drop terms occurring fewer times. Default `1`. */
  minCount?: number;
}

/**
 * Lists a term table as rows, most frequent first (ties by term).
 *
 * @param table A table from `countTerms`.
 * @param options See {@link ListTermsOptions}.
 * @returns The rows.
 */
export function listTerms(table: TermTable, options: ListTermsOptions = {}): TermRow[] {
  const minCount = options.minCount ?? 1;
  const terms = table.vocabulary.terms;
  const rows: TermRow[] = [];
  for (let id = 0; id < table.counts.length; id++) {
    const count = table.counts[id]!;
    if (count < minCount || count === 0) continue;
    rows.push({
      term: terms[id]!,
      count,
      relativeFrequency: table.total > 0 ? count / table.total : 0,
      documentFrequency: table.documentFrequencies[id]!,
    });
  }
  rows.sort((a, b) => b.count - a.count || compareStrings(a.term, b.term));
  return options.top === undefined ? rows : rows.slice(0, options.top);
}
