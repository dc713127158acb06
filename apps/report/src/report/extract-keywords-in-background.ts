import { loadGermanLexicon, type WordIndex } from '@diskurs/keywords';
import { extractGroupKeywords, type GroupKeywords } from './extract-group-keywords.js';
import { type JobWorker, runJob, startJobWorker } from './job-worker.js';
import type { ReportTopic } from './types.js';

/** What the keywords stage needs, in a form a worker thread can be sent. */
export interface KeywordsJob {
  /** Group names with their document names, in the order of the word index. */
  groups: { name: string; documents: string[] }[];
  /**
   * The own-text word index of all groups' documents, best with its `sentences` left empty: the
   * keywords read only its arrays, and on a worker the sentences would copy every token there.
   */
  words: WordIndex;
  options: {
    statistic: 'g2' | 'chi2' | 'logratio' | 'logodds';
    top: number;
    seed: number;
    /** Load the German lexicon for entities (when German text may occur). */
    german: boolean;
  };
}

/** The keywords of every group, as {@link extractGroupKeywords} gives them (topics not included). */
export type KeywordsResult = { groups: Map<string, GroupKeywords>; topics: ReportTopic[] };

/** Runs a keywords job on this thread: distinctive terms, keyphrases and entities per group. */
export async function runKeywordsJob(job: KeywordsJob): Promise<KeywordsResult> {
  const lexicon = job.options.german ? await loadGermanLexicon() : undefined;
  const groups = job.groups.map((group) => ({
    name: group.name,
    documents: group.documents.map((name) => ({ name, sentences: [] })),
  }));
  return extractGroupKeywords(groups, {
    statistic: job.options.statistic,
    top: job.options.top,
    seed: job.options.seed,
    lexicon,
    topicModel: null,
    words: job.words,
  });
}

/** Below this many indexed words the job runs on this thread (a worker's start-up would cost more). */
export const KEYWORDS_WORKER_MIN_WORDS = 20_000;

/** The built worker script: dist/keywords-worker.js beside this module's bundle. */
const KEYWORDS_WORKER = new URL('./keywords-worker.js', import.meta.url);

/** The keywords worker ({@link KEYWORDS_WORKER} by default), started ahead of its job. */
export function startKeywordsWorker(url = KEYWORDS_WORKER): JobWorker<KeywordsJob, KeywordsResult> | undefined {
  return startJobWorker(url, 'keywords');
}

/**
 * Runs a keywords job on a worker thread (built to dist/keywords-worker.js), so that this thread
 * goes on with sentiment and style meanwhile; the result is the same as {@link runKeywordsJob}'s.
 * Small jobs, and runs without the built worker (tests from source), run on this thread (and a
 * worker given is cancelled).
 *
 * @param job The job (see {@link KeywordsJob} on the word index's sentences).
 * @param worker A worker from {@link startKeywordsWorker}, or the script to start one from.
 *   Default (also for `undefined`): a worker started here from `keywords-worker.js` beside this module.
 * @returns The keywords; rejects when the job fails or the worker stops without a result.
 */
export function extractKeywordsInBackground(
  job: KeywordsJob,
  worker?: JobWorker<KeywordsJob, KeywordsResult> | URL,
): Promise<KeywordsResult> {
  return runJob(worker ?? KEYWORDS_WORKER, 'keywords', job, {
    small: job.words.texts.length < KEYWORDS_WORKER_MIN_WORDS,
    here: runKeywordsJob,
  });
}
