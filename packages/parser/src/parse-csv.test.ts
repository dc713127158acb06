import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv';

describe('parseCsv', () => {
  it('reads plain and quoted fields (RFC 4180) with their start lines', () => {
    expect(parseCsv('a,b,c\r\n1,"x, y","say ""hi"""\n2,"multi\nline",\n')).toEqual([
      { fields: ['a', 'b', 'c'], line: 1 },
      { fields: ['1', 'x, y', 'say "hi"'], line: 2 },
      { fields: ['2', 'multi\nline', ''], line: 3 },
    ]);
  });

  it('skips blank lines and a BOM, reads a last line without a break', () => {
    expect(parseCsv('\ufeffa\n\n1')).toEqual([
      { fields: ['a'], line: 1 },
      { fields: ['1'], line: 3 },
    ]);
  });

  it('rejects an unterminated quoted field and text after a closing quote', () => {
    expect(() => parseCsv('a\n"open\nmore', { path: 'm.csv' })).toThrow('m.csv:2: unterminated quoted field');
    expect(() => parseCsv('a\n"x"y', { path: 'm.csv' })).toThrow('m.csv:2: unexpected "y" after a closing quote');
  });
});
