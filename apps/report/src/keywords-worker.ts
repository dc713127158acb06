/**
 * Worker-thread entry (built to dist/keywords-worker.js): runs the keywords job it is started with
 * (distinctive terms, keyphrases, entities per group) and posts the result back. See
 * `extractKeywordsInBackground`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type KeywordsJob, runKeywordsJob } from './report/extract-keywords-in-background.js';

parentPort!.postMessage(await runKeywordsJob(workerData as KeywordsJob));
