import { describe, expect, it } from 'vitest';
import { createKeyFilter } from './create-key-filter.js';

describe('createKeyFilter', () => {
  const keys = ['Haus', 'Zoll', 'Verordnung', 'groß', 'Durchführungsverordnungsentwurfsbegründung'];
  const mayHave = createKeyFilter(keys);

  it('never rules out a key it was built from', () => {
    for (const key of keys) expect(mayHave(key)).toBe(true);
  });

  it('rules out almost every key it was not built from', () => {
    // 140,000 keys like a noun table, then 100,000 others: a filter of 2^23 bits lets about 1.7% through
    const table = Array.from({ length: 140_000 }, (_, i) => `Nomen${i}`);
    const filter = createKeyFilter(table);
    for (const key of table.slice(0, 1000)) expect(filter(key)).toBe(true);
    let passed = 0;
    for (let i = 0; i < 100_000; i++) if (filter(`Fremd${i}`)) passed++;
    expect(passed).toBeLessThan(3_000);
    expect(mayHave('Hause')).toBe(false);
    expect(mayHave('')).toBe(false);
  });
});
