import { describe, expect, it } from 'vitest';
import { createKeyFilter } from './create-key-filter.js';

describe('createKeyFilter', () => {
  const keys = ['Haus', 'Zoll', 'Verordnung', 'groß', 'Durchführungsverordnungsentwurfsbegründung'];
  const mayHave = createKeyFilter(keys);

  it('never rules out a key it was built from', () => {
    for (const key of keys) expect(mayHave(key)).toBe(true);
  });

  it('rules out keys that differ in length, first, second or last letter', () => {
    expect(mayHave('Hause')).toBe(false);
    expect(mayHave('Maus')).toBe(false);
    expect(mayHave('Zolle')).toBe(false);
    expect(mayHave('')).toBe(false);
  });
});
