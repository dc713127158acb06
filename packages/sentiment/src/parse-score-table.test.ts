import { describe, expect, it } from 'vitest';
import { parseScoreTable } from './parse-score-table.js';

describe('parseScoreTable', () => {
  it('reads a CSV with header, scales -5..5 to -1..1, and keeps phrases and wildcards', () => {
    const { lexicon, warnings } = parseScoreTable('term,score\nprima,4\nmies,-4\nnicht übel,2\nsuper*,5\n', { lang: 'de' });
    expect(Object.fromEntries(lexicon.entries)).toEqual({ prima: 0.8, mies: -0.8, 'nicht übel': 0.4 });
    expect(Object.fromEntries(lexicon.prefixes ?? [])).toEqual({ super: 1 });
    expect(warnings).toEqual([]);
  });

  it('reads a TSV without header, and semicolon CSV with decimal commas', () => {
    expect(Object.fromEntries(parseScoreTable('gut\t0.5\nbeschissen\t-0.9\n').lexicon.entries)).toEqual({ gut: 0.5, beschissen: -0.9 });
    expect(Object.fromEntries(parseScoreTable('gut;0,5\n').lexicon.entries)).toEqual({ gut: 0.5 });
  });

  it('handles quoted CSV fields and warns about lines without a score', () => {
    const { lexicon, warnings } = parseScoreTable('"na, ja",0.1\nkaputt\n', { file: 't.csv' });
    expect(lexicon.entries.get('na, ja')).toBe(0.1);
    expect(warnings).toEqual([expect.objectContaining({ line: 2, file: 't.csv', code: 'LEXICON_LINE_SKIPPED' })]);
  });
});
