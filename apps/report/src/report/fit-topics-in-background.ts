import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type FitTopicsOptions, fitTopics, type TopicCorpus, type TopicModel } from '@diskurs/keywords';

/** What the topic worker receives: the corpus, the display label of each term id, and the fit options. */
export interface TopicJob {
  corpus: TopicCorpus;
  /** Display form of each term, by term id. */
  labels: string[];
  options: Omit<FitTopicsOptions, 'display'>;
}

/**
 * Fits the topic model of a job on this thread: `fitTopics` with each term displayed by its label.
 *
 * @param job - Corpus, labels by term id, and fit options.
 */
export function fitTopicJob(job: TopicJob): TopicModel {
  const labels = new Map(job.corpus.terms.map((term, id) => [term, job.labels[id]!]));
  return fitTopics(job.corpus, { ...job.options, display: (term) => labels.get(term) ?? term });
}

/** Corpora with fewer modelled tokens are fitted on the calling thread: a worker costs more to start than it saves. */
export const WORKER_MIN_TOKENS = 20_000;

/**
 * Fits a topic model (`fitTopics`) on a worker thread, so that the calling thread can go on with
 * other work, and resolves to the model. The result is exactly what `fitTopics` on the calling
 * thread gives (same corpus, options and seed); an error rejects the promise. Falls back to the
 * calling thread when the corpus has fewer than {@link WORKER_MIN_TOKENS} tokens or when the worker
 * script is not there (running from source, as in tests); then the work is done before the promise
 * is returned.
 *
 * @param job - Corpus, labels by term id, and fit options.
 * @param workerUrl - The worker script. Default: `topic-worker.js` beside this module (dist/).
 */
export function fitTopicsInBackground(job: TopicJob, workerUrl = new URL('./topic-worker.js', import.meta.url)): Promise<TopicModel> {
  let tokens = 0;
  for (const document of job.corpus.documents) tokens += document.tokens.length;
  if (tokens < WORKER_MIN_TOKENS || !existsSync(fileURLToPath(workerUrl))) {
    return new Promise((resolve) => resolve(fitTopicJob(job)));
  }
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerUrl, { workerData: job });
    let model: TopicModel | undefined;
    worker.once('message', (message: TopicModel) => {
      model = message;
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (model !== undefined) resolve(model);
      else reject(new Error(`the topic worker stopped (exit code ${code}) without a model`));
    });
  });
}
