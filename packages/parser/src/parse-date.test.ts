import { describe, expect, it } from 'vitest';
import { parseDate } from './parse-date';

describe('parseDate', () => {
  it.each([
    ['2025', '2025'],
    ['2025-01', '2025-01'],
    ['2025-11-14', '2025-11-14'],
    ['14.11.2025', '2025-11-14'],
    ['14. November 2025', '2025-11-14'],
    ['3. März 2025', '2025-03-03'],
    ['1. Jänner 2024', '2024-01-01'],
    ['Freitag, 14. November 2025', '2025-11-14'],
    ['14 November 2025', '2025-11-14'],
    ['14th November 2025', '2025-11-14'],
    ['3rd of March 2025', '2025-03-03'],
    ['March 3, 2025', '2025-03-03'],
    ['March 3rd, 2025', '2025-03-03'],
    ['Friday, November 14, 2025', '2025-11-14'],
    ['Nov. 14, 2025', '2025-11-14'],
    ['Januar 2025', '2025-01'],
    ['January 2025', '2025-01'],
    ['Dez. 2024', '2024-12'],
    ['Okt 2024', '2024-10'],
  ])('reads %s as %s', (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });

  it.each(['', 'gestern', '32. Januar 2025', '2025-13', '29. Februar 2025', 'Foo 3, 2025', 'Januar', '14. November', 'Pepe Escobar'])(
    'rejects %j',
    (input) => {
      expect(parseDate(input)).toBeNull();
    },
  );

  it('accepts 29 February in a leap year', () => {
    expect(parseDate('29. Februar 2024')).toBe('2024-02-29');
  });

  it('rejects a bare year when asked to', () => {
    expect(parseDate('2025', { year: false })).toBeNull();
    expect(parseDate('2025-01', { year: false })).toBe('2025-01');
  });
});
