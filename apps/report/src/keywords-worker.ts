/**
 * Worker-thread entry (built to dist/keywords-worker.js): started while the main thread analyses
 * the corpus, it runs the keywords job it is then sent (distinctive terms, keyphrases, entities
 * per group) and posts the result back. See `startKeywordsWorker` and `extractKeywordsInBackground`.
 */
import { parentPort } from 'node:worker_threads';
import { type KeywordsJob, runKeywordsJob } from './report/extract-keywords-in-background.js';

parentPort!.once('message', (job: KeywordsJob) => {
  // A failed job rejects here, which ends the worker with an 'error' event for the main thread.
  return runKeywordsJob(job).then((result) => parentPort!.postMessage(result));
});
