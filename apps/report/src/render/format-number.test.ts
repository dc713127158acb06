import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatInterval, formatNumber } from './format-number.js';

describe('formatNumber', () => {
  it('uses fixed decimals, a real minus and grouped thousands', () => {
    expect(formatNumber(1.23456)).toBe('1.23');
    expect(formatNumber(-0.256)).toBe('−0.26');
    expect(formatNumber(0.5, { style: 'signed' })).toBe('+0.50');
    expect(formatNumber(-0.001, { style: 'signed' })).toBe('0.00');
    expect(formatNumber(0.9123, { style: 'percent' })).toBe('91.2 %');
    expect(formatNumber(1234, { style: 'count' })).toBe('1234');
    expect(formatNumber(1234567, { style: 'count' })).toBe('1\u202f234\u202f567');
    expect(formatNumber(12.3456, { decimals: 1 })).toBe('12.3');
  });

  it('shows a dash for missing values', () => {
    expect(formatNumber(null)).toBe('–');
    expect(formatNumber(Number.NaN)).toBe('–');
  });

  it('formats intervals', () => {
    expect(formatInterval([-0.1234, 0.3])).toBe('[−0.12, +0.30]');
  });
});

describe('formatNumber properties', () => {
  it('reads back as the number rounded to its decimals', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e7, max: 1e7, noNaN: true }), fc.integer({ min: 0, max: 4 }), (value, decimals) => {
        const text = formatNumber(value, { decimals });
        const parsed = Number(text.replace(/\u202f/g, '').replace('−', '-'));
        expect(Math.abs(parsed - value)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-9 * Math.abs(value));
        expect(text).toMatch(decimals === 0 ? /^−?[\d\u202f]+$/ : new RegExp(`^−?[\\d\\u202f]+\\.\\d{${decimals}}$`));
      }),
    );
  });
});
