import { compareStrings } from './compare-strings.js';
import type { TermTable } from './count-terms.js';

/** Options of {@link computeTfIdf}. */
export interface TfIdfOptions {
  /** Terms kept per document. Default `10`. */
  top?: number;
  /**
   * `'plain'`: idf = ln(N / df); `'smooth'`: idf = ln((1 + N) / (1 + df)) + 1 (as scikit-learn),
   * which keeps terms present in every document. Default `'plain'`.
   */
  idf?: 'plain' | 'smooth';
}

/** A term's TF-IDF in one document. */
export interface TfIdfTerm {
  term: string;
  /** tf · idf, with tf = count / counted terms of the document. */
  score: number;
  /** Occurrences in the document. */
  count: number;
  /** Documents containing the term. */
  documentFrequency: number;
}

/** TF-IDF ranking of one document. */
export interface DocumentTfIdf {
  document: string;
  terms: TfIdfTerm[];
}

/**
 * TF-IDF per document over a term table: relative term frequency times inverse document
 * frequency (Spärck Jones 1972), highest first (ties: higher count, then term).
 *
 * @param table A table from `countTerms` (its documents are the collection).
 * @param options See {@link TfIdfOptions}.
 * @returns One ranking per document, in the table's order.
 */
export function computeTfIdf(table: TermTable, options: TfIdfOptions = {}): DocumentTfIdf[] {
  const top = options.top ?? 10;
  const smooth = options.idf === 'smooth';
  const n = table.documents.length;
  const terms = table.vocabulary.terms;
  const idf = new Float64Array(table.documentFrequencies.length);
  for (let id = 0; id < idf.length; id++) {
    const df = table.documentFrequencies[id]!;
    idf[id] = df === 0 ? 0 : smooth ? Math.log((1 + n) / (1 + df)) + 1 : Math.log(n / df);
  }
  return table.documents.map((document) => {
    const rows: TfIdfTerm[] = [];
    for (let i = 0; i < document.ids.length; i++) {
      const id = document.ids[i]!;
      const count = document.counts[i]!;
      const score = document.total > 0 ? (count / document.total) * idf[id]! : 0;
      if (score <= 0) continue;
      rows.push({ term: terms[id]!, score, count, documentFrequency: table.documentFrequencies[id]! });
    }
    rows.sort((a, b) => b.score - a.score || b.count - a.count || compareStrings(a.term, b.term));
    return { document: document.name, terms: rows.slice(0, top) };
  });
}
