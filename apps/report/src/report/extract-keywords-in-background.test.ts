import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { indexWords } from '@diskurs/keywords';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeSeeds } from '../../test/fixtures/analyze-seeds';
import { buildCli, builtCliDirectory } from '../../test/fixtures/cli/run-built-cli';
import { extractKeywordsInBackground, KEYWORDS_WORKER_MIN_WORDS, type KeywordsJob, type KeywordsResult, runKeywordsJob } from './extract-keywords-in-background';
import { OWN_KINDS } from './segment-kinds';

/** The seeds' documents, `copies` times over as groups of their own: a German job of any size. */
async function seedsJob(copies: number): Promise<KeywordsJob> {
  const seeds = await analyzeSeeds();
  const groups = Array.from({ length: copies }, (_, copy) => ({
    name: `group ${copy}`,
    documents: seeds.map((document) => ({ name: `${document.name} ${copy}`, sentences: document.sentences })),
  }));
  const words = indexWords(
    groups.flatMap((group) => group.documents),
    { segments: OWN_KINDS },
  );
  return {
    groups: groups.map((group) => ({ name: group.name, documents: group.documents.map((document) => document.name) })),
    words,
    options: { statistic: 'g2', top: 10, seed: 3, german: true },
  };
}

const serialize = (result: KeywordsResult) => JSON.stringify({ groups: [...result.groups], topics: result.topics });
const worker = () => pathToFileURL(`${builtCliDirectory('keywords-worker')}/keywords-worker.js`);

let large: KeywordsJob;

beforeAll(async () => {
  buildCli('keywords-worker');
  const seeds = await seedsJob(1);
  large = await seedsJob(Math.ceil(KEYWORDS_WORKER_MIN_WORDS / seeds.words.texts.length) + 1);
}, 120_000);

describe('extractKeywordsInBackground', () => {
  it('finds on the built worker thread exactly the keywords found on this one, from the index without its sentences', async () => {
    expect(large.words.texts.length).toBeGreaterThanOrEqual(KEYWORDS_WORKER_MIN_WORDS);
    expect(existsSync(worker())).toBe(true);
    const running = extractKeywordsInBackground(large, worker());
    // The job runs elsewhere: this thread is free to run a timer before the result arrives.
    const first = await Promise.race([running.then(() => 'result'), new Promise((done) => setTimeout(() => done('timer'), 0))]);
    expect(first).toBe('timer');
    const result = await running;
    expect(serialize(result)).toBe(serialize(await runKeywordsJob(large)));
    // every group has its keywords (the copies of the seeds are alike)
    expect(result.groups.size).toBe(large.groups.length);
    for (const keywords of result.groups.values()) {
      expect(keywords.keyphrases.length).toBeGreaterThan(0);
      expect(keywords.entities.length).toBeGreaterThan(0);
    }
  });

  it('runs on this thread, with the same result, when there is no worker script or the job is small', async () => {
    const missing = pathToFileURL(`${builtCliDirectory('keywords-worker')}/no-such-worker.js`);
    const running = extractKeywordsInBackground(large, missing);
    expect(serialize(await running)).toBe(serialize(await runKeywordsJob(large)));
    const small = await seedsJob(2);
    expect(small.words.texts.length).toBeLessThan(KEYWORDS_WORKER_MIN_WORDS);
    expect(serialize(await extractKeywordsInBackground(small, worker()))).toBe(serialize(await runKeywordsJob(small)));
  });

  it('rejects when the job fails, on the worker and on this thread', async () => {
    const twice = (job: KeywordsJob): KeywordsJob => ({ ...job, groups: job.groups.map((group) => ({ ...group, name: 'same' })) });
    await expect(extractKeywordsInBackground(twice(large), worker())).rejects.toThrow(/duplicate group name "same"/);
    await expect(extractKeywordsInBackground(twice(await seedsJob(2)), worker())).rejects.toThrow(/duplicate group name "same"/);
  });
});
