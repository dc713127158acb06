import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type AnalyzableDocument, type AnalyzedDocument, createAnalyzer, type LemmaMode } from '@diskurs/tokenizer';
import { decodeAnalysis } from './decode-analysis.js';
import type { EncodedAnalysis } from './encode-analysis.js';

/** What the analysis worker receives. */
export interface AnalysisJob {
  documents: AnalyzableDocument[];
  lemmas: LemmaMode;
  languages: readonly ('de' | 'en')[];
  /** A SharedArrayBuffer holding one Int32: the index of the next document to take. */
  counter: SharedArrayBuffer;
}

/** Options of {@link analyzeInParallel}. */
export interface AnalyzeInParallelOptions {
  /** Lemma mode of both analyzers. Default `'lemma'`. */
  lemmas?: LemmaMode;
  /** Languages whose lemma resources are loaded (`createAnalyzer`'s `languages`). Default `['de', 'en']`. */
  languages?: readonly ('de' | 'en')[];
  /** Called after each document this thread analyses or receives: documents done, total, and whether the worker analysed it. */
  onProgress?: (done: number, total: number, byWorker: boolean) => void;
  /** The worker script. Default: `analysis-worker.js` beside this module (dist/). */
  workerUrl?: URL;
  /** Corpora with less text (UTF-16 code units) are analysed on this thread alone. Default `500000`. */
  minimumText?: number;
}

/**
 * Analyses documents with @diskurs/tokenizer on this thread and a worker thread at once: both
 * take the next document from one shared counter (so neither waits for the other), and the
 * worker's analyses come back as typed arrays (`encodeAnalysis`), which cost a fraction of the
 * analysis to rebuild. The result is the same as analysing every document here, in input order.
 * Small corpora, and runs without the worker script (from source, as in tests), use this thread only.
 *
 * @param documents - Documents with text, language prior and segments.
 * @param options - See {@link AnalyzeInParallelOptions}.
 * @returns One analysis per document, in order.
 */
export async function analyzeInParallel(
  documents: readonly AnalyzableDocument[],
  options: AnalyzeInParallelOptions = {},
): Promise<AnalyzedDocument[]> {
  const lemmas = options.lemmas ?? 'lemma';
  const languages = options.languages ?? ['de', 'en'];
  const progress = options.onProgress ?? (() => {});
  const workerUrl = options.workerUrl ?? new URL('./analysis-worker.js', import.meta.url);
  let size = 0;
  for (const document of documents) size += document.text.length;
  const results: (AnalyzedDocument | undefined)[] = new Array(documents.length);
  let done = 0;
  if (size < (options.minimumText ?? 500_000) || !existsSync(fileURLToPath(workerUrl))) {
    const analyzer = await createAnalyzer({ lemmas, languages });
    documents.forEach((document, index) => {
      results[index] = analyzer.analyze(document);
      progress(++done, documents.length, false);
    });
    return results as AnalyzedDocument[];
  }

  const counter = new SharedArrayBuffer(4);
  const next = new Int32Array(counter);
  const job: AnalysisJob = {
    documents: documents.map((document) => ({
      text: document.text,
      ...(document.lang === undefined ? {} : { lang: document.lang }),
      ...(document.segments === undefined ? {} : { segments: document.segments.map(({ kind, start, end }) => ({ kind, start, end })) }),
    })),
    lemmas,
    languages,
    counter,
  };
  const worker = new Worker(workerUrl, { workerData: job });
  const encoded = new Map<number, EncodedAnalysis>();
  const finished = new Promise<void>((resolve, reject) => {
    worker.on('message', (message: { index: number; encoded: EncodedAnalysis } | { done: true }) => {
      if ('done' in message) resolve();
      else encoded.set(message.index, message.encoded);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the analysis worker stopped (exit code ${code})`)));
  });
  finished.catch(() => {});
  try {
    const analyzer = await createAnalyzer({ lemmas, languages });
    for (let index = Atomics.add(next, 0, 1); index < documents.length; index = Atomics.add(next, 0, 1)) {
      results[index] = analyzer.analyze(documents[index]!);
      progress(++done, documents.length, false);
    }
    await finished;
  } finally {
    await worker.terminate();
  }
  for (const [index, analysis] of encoded) {
    results[index] = decodeAnalysis(analysis, documents[index]!.text);
    progress(++done, documents.length, true);
  }
  return results as AnalyzedDocument[];
}
