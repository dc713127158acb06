import { type AnalyzerOptions, type Analyzer, createAnalyzer } from './create-analyzer.js';
import type { AnalyzableDocument, AnalyzedDocument, LemmaMode } from './types.js';

const analyzers = new Map<LemmaMode, Promise<Analyzer>>();

/**
 * Analyses one document: sentences (never across segment boundaries, `markup` skipped) with
 * their tokens, language (document language as prior), stopword flags, stems and lemmas.
 * Loads what the lemma mode needs on first use and keeps it; for many documents prefer
 * {@link createAnalyzer} and its synchronous `analyze`.
 *
 * @param document - A string or a parser document (`text`, `lang`, `segments` are read).
 * @param options - See {@link AnalyzerOptions}; `lemmas` defaults to `'lemma'`.
 * @returns The analysed document.
 */
export async function analyze(
  document: string | AnalyzableDocument,
  options: AnalyzerOptions = {},
): Promise<AnalyzedDocument> {
  const mode = options.lemmas ?? 'lemma';
  let analyzer = analyzers.get(mode);
  if (analyzer === undefined) {
    analyzer = createAnalyzer({ lemmas: mode });
    analyzers.set(mode, analyzer);
    analyzer.catch(() => analyzers.delete(mode));
  }
  return (await analyzer).analyze(document);
}
