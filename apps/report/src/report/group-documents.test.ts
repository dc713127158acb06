import type { CorpusDocument } from '@diskurs/parser';
import { describe, expect, it } from 'vitest';
import { groupDocuments, readGroupValue } from './group-documents.js';

const document = (name: string, author: string | null, extra: Partial<CorpusDocument> = {}): CorpusDocument => ({
  name,
  author,
  date: null,
  title: null,
  lang: null,
  attributes: {},
  source: { path: 'corpus.txt', line: 1 },
  text: '',
  segments: [],
  provenance: { author: 'none', date: 'none', title: 'none', lang: 'none' },
  ...extra,
});

describe('groupDocuments', () => {
  it('groups by author, names sorted, unknown last, input order kept within a group', () => {
    const documents = [document('a', 'Zora'), document('b', null), document('c', 'Anna'), document('d', 'Zora'), document('e', '  ')];
    expect(groupDocuments(documents)).toEqual([
      { name: 'Anna', indices: [2] },
      { name: 'Zora', indices: [0, 3] },
      { name: 'unknown', indices: [1, 4] },
    ]);
  });

  it('groups by any attribute, by year, or by metadata field', () => {
    const item = document('a', 'X', { date: '2025-11-14', attributes: { outlet: 'Rote Fahne' } });
    expect(readGroupValue(item, 'outlet')).toBe('Rote Fahne');
    expect(readGroupValue(item, 'year')).toBe('2025');
    expect(readGroupValue(item, 'date')).toBe('2025-11-14');
    expect(readGroupValue(item, 'kind')).toBe('unknown');
  });
});
