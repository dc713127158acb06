import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateReport } from '../src/schema/validate-report.js';
import { buildCorpusReport } from './fixtures/build-corpus-report.js';

describe('report.json schema', () => {
  it('validates the seeds’ report.json (the golden file, which report-golden.test.ts keeps equal to a fresh build)', () => {
    const report: unknown = JSON.parse(readFileSync(new URL('./golden/seeds-report.json', import.meta.url), 'utf8'));
    expect(validateReport(report)).toEqual({ valid: true, errors: [] });
  });

  it('validates an English corpus’s report, with English figures', async () => {
    const report = await buildCorpusReport('apps/report/test/fixtures/english/corpus.txt');
    expect(validateReport(JSON.parse(JSON.stringify(report)))).toEqual({ valid: true, errors: [] });
    expect(report.groups.map((group) => group.name)).toEqual(['Jane Miller', 'Robert Chen', 'Sam Okafor']);
    expect(report.corpus.languages.en).toBeGreaterThan(0.9);
    for (const group of report.groups) {
      expect(group.style.readability.fleschReadingEase).not.toBeNull();
      expect(group.style.readability.fleschAmstad).toBeNull();
    }
    expect(report.caveats.map((caveat) => caveat.code)).toContain('single-document');
  });
});
