import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serializeReport } from '../src/report/serialize-report.js';
import { buildCorpusReport, buildSeedsReport } from './fixtures/build-corpus-report.js';

const GOLDEN = new URL('./golden/seeds-report.json', import.meta.url);

describe('report.json golden file', () => {
  it('is byte for byte the golden report of the seeds (UPDATE_GOLDEN=1 to regenerate deliberately)', async () => {
    const json = serializeReport(await buildSeedsReport());
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, json);
    if (!existsSync(GOLDEN)) throw new Error('test/golden/seeds-report.json is missing: run with UPDATE_GOLDEN=1');
    const golden = readFileSync(GOLDEN, 'utf8');
    // Compare lines first for a readable diff, then bytes.
    expect(json.split('\n')).toEqual(golden.split('\n'));
    expect(json === golden).toBe(true);
  });

  it('is the same bytes for the same input and seed, and differs for another seed', async () => {
    const first = serializeReport(await buildCorpusReport('apps/report/test/fixtures/english/corpus.txt', { seed: 7 }));
    const second = serializeReport(await buildCorpusReport('apps/report/test/fixtures/english/corpus.txt', { seed: 7 }));
    const other = serializeReport(await buildCorpusReport('apps/report/test/fixtures/english/corpus.txt', { seed: 8 }));
    expect(second === first).toBe(true);
    expect(other === first).toBe(false);
    expect(first).not.toMatch(/"(generatedAt|timestamp|time)"/);
  });
});
