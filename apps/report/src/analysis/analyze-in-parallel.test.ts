import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseCorpus } from '@diskurs/parser';
import { createAnalyzer } from '@diskurs/tokenizer';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, builtCliDirectory } from '../../test/fixtures/cli/run-built-cli';
import { analyzeInParallel } from './analyze-in-parallel.js';

const seeds = parseCorpus(readFileSync(new URL('../../../../seeds/corpus.txt', import.meta.url), 'utf8'), { path: 'seeds/corpus.txt' }).documents;
// The seeds several times over, so that both threads get documents.
const documents = Array.from({ length: 6 }, () => seeds).flat();

beforeAll(() => buildCli('analysis-worker'), 60_000);

describe('analyzeInParallel', () => {
  it('gives what one analyzer on this thread gives, in input order, with a worker thread taking its share', async () => {
    const analyzer = await createAnalyzer({ lemmas: 'lemma' });
    const expected = documents.map((document) => analyzer.analyze(document));
    const workerPath = `${builtCliDirectory('analysis-worker')}/analysis-worker.js`;
    expect(existsSync(workerPath)).toBe(true);
    const progress: number[] = [];
    let byWorker = 0;
    const analyses = await analyzeInParallel(documents, {
      workerUrl: pathToFileURL(workerPath),
      minimumText: 0,
      onProgress: (done, _total, worker) => {
        // Hold this thread after its first document long enough for the worker to load and take the rest.
        if (done === 1) for (const until = Date.now() + 6000; Date.now() < until; );
        progress.push(done);
        if (worker) byWorker += 1;
      },
    });
    expect(byWorker).toBeGreaterThan(0);
    expect(analyses).toEqual(expected);
    expect(progress).toEqual(documents.map((_, index) => index + 1));
  });

  it('analyses on this thread alone when the corpus is small or there is no worker script', async () => {
    const analyzer = await createAnalyzer({ lemmas: 'stem' });
    const expected = seeds.map((document) => analyzer.analyze(document));
    const missing = pathToFileURL(`${builtCliDirectory('analysis-worker')}/no-such-worker.js`);
    expect(await analyzeInParallel(seeds, { lemmas: 'stem', workerUrl: missing, minimumText: 0 })).toEqual(expected);
    expect(await analyzeInParallel(seeds, { lemmas: 'stem' })).toEqual(expected);
  });
});
