/**
 * Worker-thread entry (built to dist/topic-worker.js): fits the report's topic model with
 * `fitTopics` from @diskurs/keywords on the corpus it is given and posts the model back, so that
 * Gibbs sampling runs on the second core while the main thread scores sentiment and style.
 * See `fitTopicsInBackground`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { fitTopicJob, type TopicJob } from './report/fit-topics-in-background.js';

parentPort!.postMessage(fitTopicJob(workerData as TopicJob));
