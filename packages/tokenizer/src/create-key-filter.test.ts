import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createKeyFilter, mayContainKey, signKey } from './create-key-filter.js';

describe('createKeyFilter', () => {
  it('never rules out a key it was built from', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 12 }), { maxLength: 300 }), (keys) => {
        const filter = createKeyFilter(keys, keys.length);
        for (const key of keys) expect(mayContainKey(filter, signKey(key))).toBe(true);
      }),
    );
    const keys = ['Haus', 'Zoll', 'Verordnung', 'groß', 'Durchführungsverordnungsentwurfsbegründung'];
    const filter = createKeyFilter(keys, keys.length);
    for (const key of keys) expect(mayContainKey(filter, signKey(key))).toBe(true);
    expect(mayContainKey(filter, signKey('Hause'))).toBe(false);
    expect(mayContainKey(filter, signKey(''))).toBe(false);
  });

  it('rules out most keys it was not built from', () => {
    const words = Array.from({ length: 2000 }, (_, i) => `word${i}`);
    const filter = createKeyFilter(words, words.length);
    const others = Array.from({ length: 2000 }, (_, i) => `other${i}`);
    const passed = others.filter((key) => mayContainKey(filter, signKey(key))).length;
    expect(passed / others.length).toBeLessThan(0.05);
  });

  it('rules out almost every absent key at the size of the German noun table', () => {
    // 140,000 keys like the noun table, then 100,000 others
    const table = Array.from({ length: 140_000 }, (_, i) => `Nomen${i}`);
    const filter = createKeyFilter(table, table.length);
    for (const key of table.slice(0, 1000)) expect(mayContainKey(filter, signKey(key))).toBe(true);
    let passed = 0;
    for (let i = 0; i < 100_000; i++) if (mayContainKey(filter, signKey(`Fremd${i}`))) passed++;
    expect(passed).toBeLessThan(3_000);
  });

  it('signs equal strings equally and tells close ones apart', () => {
    expect(signKey('krieg')).toBe(signKey(['kr', 'ieg'].join('')));
    expect(signKey('krieg')).not.toBe(signKey('kriege'));
    expect(signKey('ab')).not.toBe(signKey('ba'));
  });
});
