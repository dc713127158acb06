import { describe, expect, it } from 'vitest';
import { createSampleReport } from '../../test/fixtures/sample-report.js';
import { findCaveats } from './find-caveats.js';

describe('findCaveats', () => {
  it('names thin data: unknown group, single documents, few words, few mentions', () => {
    const report = createSampleReport();
    expect(findCaveats(report).map((caveat) => [caveat.code, caveat.group, caveat.target])).toEqual([
      ['unknown-group', 'unknown', undefined],
      ['single-document', 'unknown', undefined],
      ['few-mentions', 'unknown', 'China'],
    ]);
  });

  it('says when there is only one group', () => {
    const report = createSampleReport();
    report.groups = report.groups.slice(0, 1);
    expect(findCaveats(report)[0]).toEqual({ code: 'few-groups', message: 'Only 1 group (by author): there is nothing to compare.' });
  });
});
