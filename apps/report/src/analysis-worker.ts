/**
 * Worker-thread entry (built to dist/analysis-worker.js): analyses documents beside the main
 * thread. Both threads take the next document from one shared counter, so the work splits itself
 * by speed; each analysis is posted back encoded (typed arrays, transferred). See
 * `analyzeInParallel`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createAnalyzer } from '@diskurs/tokenizer';
import type { AnalysisJob } from './analysis/analyze-in-parallel.js';
import { encodeAnalysis, listTransferables } from './analysis/encode-analysis.js';

const job = workerData as AnalysisJob;
const counter = new Int32Array(job.counter);
const analyzer = await createAnalyzer({ lemmas: job.lemmas, languages: job.languages });
for (let index = Atomics.add(counter, 0, 1); index < job.documents.length; index = Atomics.add(counter, 0, 1)) {
  const encoded = encodeAnalysis(analyzer.analyze(job.documents[index]!));
  parentPort!.postMessage({ index, encoded }, listTransferables(encoded));
}
parentPort!.postMessage({ done: true });
