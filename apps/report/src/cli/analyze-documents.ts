import type { CorpusDocument } from '@diskurs/parser';
import type { AnalyzedDocument, LemmaMode } from '@diskurs/tokenizer';
import type { Progress } from './create-progress';

/** A parsed document with the tokenizer's analysis of it. */
export interface AnalyzedCorpusDocument {
  document: CorpusDocument;
  analysis: AnalyzedDocument;
}

/** Options of {@link analyzeDocuments}. */
export interface AnalyzeDocumentsOptions {
  /** Base forms: `lemma`, `stem` or `none`. Default: `lemma`. */
  lemmas?: LemmaMode;
  /** Language for documents without one (`--lang`), used as the prior of language detection. Default: the document's own. */
  lang?: string;
  /** Progress display; the `tokenizing` stage is started here. Default: none. */
  progress?: Progress;
  /** Number of documents, for the progress bar. Default: unknown. */
  total?: number;
}

/**
 * Analyses documents one by one with a single `@diskurs/tokenizer` analyzer (dictionaries load
 * once, lazily): sentences that never cross segment boundaries, tokens, language, lemmas.
 * The tokenizer is imported on first use so that `--help` and `parse` stay fast.
 */
export async function* analyzeDocuments(
  documents: AsyncIterable<CorpusDocument> | Iterable<CorpusDocument>,
  options: AnalyzeDocumentsOptions = {},
): AsyncGenerator<AnalyzedCorpusDocument> {
  const progress = options.progress;
  progress?.stage('loading');
  const { createAnalyzer } = await import('@diskurs/tokenizer');
  const analyzer = await createAnalyzer({ lemmas: options.lemmas ?? 'lemma' });
  progress?.stage('tokenizing', options.total);
  for await (const document of documents) {
    const analysis = analyzer.analyze({ text: document.text, lang: document.lang ?? options.lang ?? null, segments: document.segments });
    progress?.advance(1, document.text.length);
    yield { document, analysis };
  }
}
