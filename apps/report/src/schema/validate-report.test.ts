import { describe, expect, it } from 'vitest';
import { createSampleReport } from '../../test/fixtures/sample-report.js';
import { validateReport } from './validate-report.js';

describe('validateReport', () => {
  it('accepts a complete report and its JSON round trip', () => {
    const report = createSampleReport();
    expect(validateReport(report)).toEqual({ valid: true, errors: [] });
    expect(validateReport(JSON.parse(JSON.stringify(report))).valid).toBe(true);
  });

  it('accepts additional fields anywhere', () => {
    const report = { ...createSampleReport(), extra: { anything: true } } as Record<string, unknown>;
    expect(validateReport(report).valid).toBe(true);
  });

  it('names the path of a missing or wrong field', () => {
    const report = createSampleReport() as unknown as { groups: { sentiment: { ci?: unknown } }[]; schemaVersion: number };
    delete report.groups[0]!.sentiment.ci;
    const result = validateReport(report);
    expect(result.valid).toBe(false);
    expect(result.errors).toContain("/groups/0/sentiment: must have required property 'ci'");
    expect(validateReport({ ...createSampleReport(), schemaVersion: 2 }).errors).toContain('/schemaVersion: must be equal to constant');
  });

  it('rejects a similarity matrix that does not match the groups', () => {
    const report = createSampleReport();
    report.similarity.matrix = [[1]];
    expect(validateReport(report).errors).toEqual(['/similarity/matrix: must be a 2 × 2 matrix']);
  });
});
