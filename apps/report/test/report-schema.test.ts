import { describe, expect, it } from 'vitest';
import { validateReport } from '../src/schema/validate-report.js';
import { buildCorpusReport, buildSeedsReport } from './fixtures/build-corpus-report.js';

describe('report.json schema', () => {
  it('validates the seeds’ report', async () => {
    const report = await buildSeedsReport();
    expect(validateReport(JSON.parse(JSON.stringify(report)))).toEqual({ valid: true, errors: [] });
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
