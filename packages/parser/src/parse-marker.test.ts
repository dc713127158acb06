import { describe, expect, it } from 'vitest';
import { isMarkerLine } from './is-marker-line';
import { parseMarker } from './parse-marker';
import { ParserError } from './parser-error';

function fileMarker(line: string) {
  const marker = parseMarker(line, { file: 'c.txt', line: 7 });
  if (marker === null || marker.type !== 'file') throw new Error(`not a file marker: ${line}`);
  return { name: marker.name, attributes: Object.fromEntries(marker.attributes), duplicateKeys: marker.duplicateKeys };
}

function errorOf(line: string): ParserError {
  try {
    parseMarker(line, { file: 'c.txt', line: 7 });
  } catch (error) {
    if (error instanceof ParserError) return error;
    throw error;
  }
  throw new Error(`no error for ${line}`);
}

describe('parseMarker', () => {
  it('reads an empty marker as unnamed', () => {
    expect(fileMarker('<<<FILE>>>')).toEqual({ name: null, attributes: {}, duplicateKeys: [] });
    expect(fileMarker('<<<FILE >>>')).toEqual({ name: null, attributes: {}, duplicateKeys: [] });
  });

  it('reads a bare name and a colon name', () => {
    expect(fileMarker('<<<FILE 000_e3936dc773c77806.txt>>>').name).toBe('000_e3936dc773c77806.txt');
    expect(fileMarker('<<<FILE: reports/2025/escobar.txt>>>').name).toBe('reports/2025/escobar.txt');
    expect(fileMarker('<<<FILE my notes.txt>>>').name).toBe('my notes.txt');
  });

  it('reads key="value" attributes, the name attribute apart, unknown keys kept', () => {
    expect(
      fileMarker('<<<FILE name="escobar-2025-01" author="Pepe Escobar" date="2025-01" title="Disco Inferno" lang="de" outlet="X">>>'),
    ).toEqual({
      name: 'escobar-2025-01',
      attributes: { author: 'Pepe Escobar', date: '2025-01', title: 'Disco Inferno', lang: 'de', outlet: 'X' },
      duplicateKeys: [],
    });
  });

  it('unescapes \\" and \\\\ inside values and keeps other backslashes', () => {
    expect(fileMarker('<<<FILE title="Ein \\"Deal\\" mit \\\\ und \\n">>>').attributes).toEqual({
      title: 'Ein "Deal" mit \\ und \\n',
    });
  });

  it('allows >>> inside a value and trailing spaces after the marker', () => {
    expect(fileMarker('<<<FILE title="a >>> b">>>   ').attributes).toEqual({ title: 'a >>> b' });
  });

  it('reports repeated keys', () => {
    expect(fileMarker('<<<FILE a="1" a="2">>>')).toEqual({ name: null, attributes: { a: '2' }, duplicateKeys: ['a'] });
  });

  it('reads end markers', () => {
    expect(parseMarker('<<<END>>>')).toEqual({ type: 'end' });
    expect(parseMarker('<<<END FILE>>>  ')).toEqual({ type: 'end' });
  });

  it('leaves lines that are not markers alone', () => {
    expect(parseMarker('<<<<<<< HEAD')).toBeNull();
    expect(parseMarker(' <<<FILE x>>>')).toBeNull();
    expect(isMarkerLine('<<<FILE x>>>')).toBe(true);
    expect(isMarkerLine('text')).toBe(false);
  });

  it('rejects an unterminated quote naming file:line', () => {
    const error = errorOf('<<<FILE author="Pepe Escobar>>>');
    expect(error.code).toBe('unterminated-quote');
    expect(error.file).toBe('c.txt');
    expect(error.line).toBe(7);
    expect(error.message).toBe('c.txt:7: unterminated quote in marker "<<<FILE author=\\"Pepe Escobar>>>" (value of "author")');
  });

  it('rejects unknown syntax naming file:line', () => {
    expect(errorOf('<<<FILE x.txt').message).toBe('c.txt:7: malformed marker "<<<FILE x.txt": a marker line must end with >>>');
    expect(errorOf('<<<FILEX>>>').code).toBe('invalid-marker');
    expect(errorOf('<<<FILE a="1"b="2">>>').message).toBe(
      'c.txt:7: malformed marker "<<<FILE a=\\"1\\"b=\\"2\\">>>": expected a space after the value of "a"',
    );
    expect(errorOf('<<<FILE a="1" b>>>').code).toBe('invalid-marker');
    expect(errorOf('<<<FILE say "hi">>>').code).toBe('invalid-marker');
    expect(errorOf('<<<FILE name=a>>>').message).toBe('c.txt:7: malformed marker "<<<FILE name=a>>>": attribute values must be quoted (key="value")');
    expect(fileMarker('<<<FILE: name=a>>>').name).toBe('name=a');
    expect(errorOf('<<<FILE:>>>').code).toBe('invalid-marker');
    expect(errorOf('<<<END OF TEXT>>>').message).toBe(
      'c.txt:7: malformed end marker "<<<END OF TEXT>>>": expected <<<END>>> or <<<END FILE>>>',
    );
  });
});
