import { describe, expect, it } from 'vitest';
import { createLineDecoder } from './create-line-decoder';

function decode(chunks: (string | number[])[]): [string, boolean][] {
  const encoder = new TextEncoder();
  const decoder = createLineDecoder();
  const lines: [string, boolean][] = [];
  const onLine = (line: string, invalid: boolean): void => {
    lines.push([line, invalid]);
  };
  for (const chunk of chunks) decoder.push(typeof chunk === 'string' ? encoder.encode(chunk) : new Uint8Array(chunk), onLine);
  decoder.end(onLine);
  return lines;
}

describe('createLineDecoder', () => {
  it('splits on LF, CRLF and CR, without a last empty line after a final break', () => {
    expect(decode(['a\nb\r\nc\rd\n'])).toEqual([
      ['a', false],
      ['b', false],
      ['c', false],
      ['d', false],
    ]);
    expect(decode(['a\n\nb'])).toEqual([
      ['a', false],
      ['', false],
      ['b', false],
    ]);
  });

  it('reads CRLF split across chunks as one line end', () => {
    expect(decode(['a\r', '\nb\r', '', '\nc'])).toEqual([
      ['a', false],
      ['b', false],
      ['c', false],
    ]);
  });

  it('joins lines and characters split across chunks', () => {
    const bytes = Array.from(new TextEncoder().encode('Grüße\nÖl'));
    expect(decode([bytes.slice(0, 3), bytes.slice(3, 7), bytes.slice(7)])).toEqual([
      ['Grüße', false],
      ['Öl', false],
    ]);
  });

  it('drops a BOM, also split across chunks', () => {
    expect(decode([[0xef, 0xbb], [0xbf, 0x61, 0x0a]])).toEqual([['a', false]]);
    expect(decode(['\ufeffa\n'])).toEqual([['a', false]]);
  });

  it('replaces invalid UTF-8 by U+FFFD and flags only the lines that had it', () => {
    expect(decode([[0x61, 0x0a, 0x62, 0xff, 0x63, 0x0a, 0xc3, 0xa4, 0x0a, 0xe2, 0x82]])).toEqual([
      ['a', false],
      ['b\ufffdc', true],
      ['ä', false],
      ['\ufffd', true],
    ]);
  });

  it('keeps a real U+FFFD in valid input unflagged', () => {
    expect(decode(['x\ufffdy\n'])).toEqual([['x\ufffdy', false]]);
  });
});
