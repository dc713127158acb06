import { type AnalyzerOptions, type Analyzer, createAnalyzer } from './create-analyzer.js';
import type { AnalyzableDocument, AnalyzedDocument, LemmaMode } from './types.js';

const analyzers = new Map<string, Promise<Analyzer>>();

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
  const mode: LemmaMode = options.lemmas ?? 'lemma';
  const compounds = options.compounds === true;
  const key = `${mode}:${compounds}`;
  let analyzer = analyzers.get(key);
  if (analyzer === undefined) {
    analyzer = createAnalyzer({ lemmas: mode, compounds });
    analyzers.set(key, analyzer);
    analyzer.catch(() => analyzers.delete(key));
  }
  return (await analyzer).analyze(document);
}
