import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createRandom, fitTopics, type TopicCorpus } from '@diskurs/keywords';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, builtCliDirectory } from '../../test/fixtures/cli/run-built-cli';
import { fitTopicsInBackground, startTopicWorker, WORKER_MIN_TOKENS } from './fit-topics-in-background';

/** A corpus of `documents` × 100 tokens drawn from three themes of ten terms. */
function generate(documents: number): TopicCorpus {
  const random = createRandom(4);
  const terms = Array.from({ length: 30 }, (_, id) => `term${id}`);
  const docs = Array.from({ length: documents }, (_, index) => ({
    name: `d${index}`,
    source: `d${index}`,
    line: 1,
    tokens: Int32Array.from({ length: 100 }, () => (index % 3) * 10 + Math.floor(random() * 10)),
  }));
  const counts = new Int32Array(terms.length);
  for (const document of docs) for (const id of document.tokens) counts[id]!++;
  return { terms, counts, documents: docs };
}

const labels = Array.from({ length: 30 }, (_, id) => `Term ${id}`);
const options = { topics: [2, 4] as [number, number], iterations: 20, seed: 5 };
const inThread = (corpus: TopicCorpus) => fitTopics(corpus, { ...options, display: (term) => labels[Number(term.slice(4))]! });

beforeAll(() => buildCli('topic-worker'), 60_000);

describe('fitTopicsInBackground', () => {
  it('fits on the built worker thread exactly what fitTopics gives on this one', async () => {
    const corpus = generate(Math.ceil(WORKER_MIN_TOKENS / 100) + 10);
    expect(existsSync(`${builtCliDirectory('topic-worker')}/topic-worker.js`)).toBe(true);
    const worker = pathToFileURL(`${builtCliDirectory('topic-worker')}/topic-worker.js`);
    const fitting = fitTopicsInBackground({ corpus, labels, options }, worker);
    // The fit runs elsewhere: this thread is free to run a timer before the model arrives.
    const first = await Promise.race([fitting.then(() => 'model'), new Promise((done) => setTimeout(() => done('timer'), 0))]);
    expect(first).toBe('timer');
    const model = await fitting;
    expect(JSON.stringify(model)).toBe(JSON.stringify(inThread(corpus)));
    expect(model.topics[0]!.label).toMatch(/^Term \d+ · /);
  });

  it('fits on this thread, with the same result, when there is no worker script or the corpus is small', async () => {
    const corpus = generate(Math.ceil(WORKER_MIN_TOKENS / 100) + 10);
    const missing = pathToFileURL(`${builtCliDirectory('topic-worker')}/no-such-worker.js`);
    const fitting = fitTopicsInBackground({ corpus, labels, options }, missing);
    expect(await Promise.race([fitting.then(() => 'model'), new Promise((done) => setTimeout(() => done('timer'), 0))])).toBe('model');
    expect(JSON.stringify(await fitting)).toBe(JSON.stringify(inThread(corpus)));
    const small = generate(30);
    const worker = pathToFileURL(`${builtCliDirectory('topic-worker')}/topic-worker.js`);
    expect(JSON.stringify(await fitTopicsInBackground({ corpus: small, labels, options }, worker))).toBe(JSON.stringify(inThread(small)));
  });

  it('uses a worker started ahead of its job, once, and cancels it when the job is small', async () => {
    const corpus = generate(Math.ceil(WORKER_MIN_TOKENS / 100) + 10);
    const script = pathToFileURL(`${builtCliDirectory('topic-worker')}/topic-worker.js`);
    const worker = startTopicWorker(script)!;
    expect(worker).toBeDefined();
    expect(JSON.stringify(await fitTopicsInBackground({ corpus, labels, options }, worker))).toBe(JSON.stringify(inThread(corpus)));
    await expect(worker.run({ corpus, labels, options })).rejects.toThrow(/takes one job/);
    // A small corpus is fitted here; the worker started for it is not used.
    const small = generate(30);
    const unused = startTopicWorker(script)!;
    const fitting = fitTopicsInBackground({ corpus: small, labels, options }, unused);
    expect(await Promise.race([fitting.then(() => 'model'), new Promise((done) => setTimeout(() => done('timer'), 0))])).toBe('model');
    await expect(unused.run({ corpus: small, labels, options })).rejects.toThrow(/stopped .* without a result/);
    expect(startTopicWorker(pathToFileURL(`${builtCliDirectory('topic-worker')}/no-such-worker.js`))).toBeUndefined();
  });

  it('rejects when the fit fails, on the worker and on this thread', async () => {
    const corpus = generate(Math.ceil(WORKER_MIN_TOKENS / 100) + 10);
    const worker = pathToFileURL(`${builtCliDirectory('topic-worker')}/topic-worker.js`);
    await expect(fitTopicsInBackground({ corpus, labels, options: { ...options, topics: 0 } }, worker)).rejects.toThrow(/topics must be/);
    await expect(fitTopicsInBackground({ corpus: generate(30), labels, options: { ...options, topics: 0 } }, worker)).rejects.toThrow(
      /topics must be/,
    );
  });
});
