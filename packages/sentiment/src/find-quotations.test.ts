import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuotations } from './find-quotations.js';

const quoted = (text: string, open = false) =>
  findQuotations(text, { open }).ranges.map(([start, end]) => text.slice(start, end));

describe('findQuotations', () => {
  it('finds German, English, guillemet and straight quotation marks', () => {
    expect(quoted('Er sagte „gut“ und »schlecht«.')).toEqual(['gut', 'schlecht']);
    expect(quoted('He said “fine” and "bad".')).toEqual(['fine', 'bad']);
    expect(quoted('Il a dit «bien».')).toEqual(['bien']);
  });

  it('merges nested quotations into the outer one and ignores apostrophes', () => {
    expect(quoted('„Er nannte es »Wahnsinn« heute“, sagte sie.')).toEqual(['Er nannte es »Wahnsinn« heute']);
    expect(quoted('“He called it "madness" today,” she said.')).toEqual(['He called it "madness" today,']);
    expect(quoted("It's Trump's 'deal'.")).toEqual([]);
  });

  it('reports a quotation left open and continues one opened before', () => {
    expect(findQuotations('„Das ist der Anfang.')).toEqual({ ranges: [[1, 20]], open: true });
    expect(quoted('und das Ende.“ Danach Stille.', true)).toEqual(['und das Ende.']);
    expect(findQuotations('und das Ende.“', { open: true }).open).toBe(false);
  });

  it('returns ordered, disjoint ranges inside the text for any input (property)', () => {
    const pieces = fc.constantFrom('„', '“', '”', '»', '«', '"', 'a', ' ', 'Wort', '.', "'");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), fc.boolean(), (parts, open) => {
        const text = parts.join('');
        const { ranges } = findQuotations(text, { open });
        let previous = 0;
        for (const [start, end] of ranges) {
          expect(start).toBeGreaterThanOrEqual(previous);
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(text.length);
          previous = end;
        }
      }),
      { numRuns: 300, seed: 3 },
    );
  });
});
