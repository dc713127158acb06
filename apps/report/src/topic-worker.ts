/**
 * Worker-thread entry (built to dist/topic-worker.js): started while the main thread analyses the
 * corpus, it fits the report's topic model with `fitTopics` from @diskurs/keywords on the corpus
 * it is then sent and posts the model back, so that Gibbs sampling runs on another core while the
 * main thread scores sentiment and style. See `startTopicWorker` and `fitTopicsInBackground`.
 */
import { parentPort } from 'node:worker_threads';
import { fitTopicJob, type TopicJob } from './report/fit-topics-in-background.js';

parentPort!.once('message', (job: TopicJob) => {
  parentPort!.postMessage(fitTopicJob(job));
});
