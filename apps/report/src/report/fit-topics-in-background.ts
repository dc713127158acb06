import { type FitTopicsOptions, fitTopics, type TopicCorpus, type TopicModel } from '@diskurs/keywords';
import { type JobWorker, runJob, startJobWorker } from './job-worker.js';

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

/** The built worker script: dist/topic-worker.js beside this module's bundle. */
const TOPIC_WORKER = new URL('./topic-worker.js', import.meta.url);

/** The topic worker ({@link TOPIC_WORKER} by default), started ahead of its job. */
export function startTopicWorker(url = TOPIC_WORKER): JobWorker<TopicJob, TopicModel> | undefined {
  return startJobWorker(url, 'topic');
}

/**
 * Fits a topic model (`fitTopics`) on a worker thread, so that the calling thread can go on with
 * other work, and resolves to the model. The result is exactly what `fitTopics` on the calling
 * thread gives (same corpus, options and seed); an error rejects the promise. Falls back to the
 * calling thread when the corpus has fewer than {@link WORKER_MIN_TOKENS} tokens or when there is
 * no worker script (running from source, as in tests); then the work is done before the promise
 * is returned (and a worker given is cancelled).
 *
 * @param job - Corpus, labels by term id, and fit options.
 * @param worker - A worker from {@link startTopicWorker}, or the script to start one from.
 *   Default (also for `undefined`): a worker started here from `topic-worker.js` beside this module.
 */
export function fitTopicsInBackground(
  job: TopicJob,
  worker?: JobWorker<TopicJob, TopicModel> | URL,
): Promise<TopicModel> {
  let tokens = 0;
  for (const document of job.corpus.documents) tokens += document.tokens.length;
  return runJob(worker ?? TOPIC_WORKER, 'topic', job, {
    small: tokens < WORKER_MIN_TOKENS,
    here: fitTopicJob,
  });
}
