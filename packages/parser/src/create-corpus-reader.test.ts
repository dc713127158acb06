import { describe, expect, it } from 'vitest';
import { createCorpusReader } from './create-corpus-reader';
import type { CorpusDocument, ParseWarning } from './types';

function read(lines: string[], path = 'c.txt') {
  const warnings: ParseWarning[] = [];
  const documents: CorpusDocument[] = [];
  const emitted: number[] = [];
  const reader = createCorpusReader({ path, onWarning: (warning) => warnings.push(warning) });
  lines.forEach((line, index) => {
    const document = reader.pushLine(line);
    if (document !== undefined) {
      documents.push(document);
      emitted.push(index + 1);
    }
  });
  const last = reader.end();
  if (last !== undefined) documents.push(last);
  return { documents, warnings, emitted, lines: reader.lines };
}

describe('createCorpusReader', () => {
  it('yields each document as soon as the next marker is seen', () => {
    const { documents, emitted } = read(['<<<FILE a>>>', 'eins', '<<<FILE b>>>', 'zwei', 'drei']);
    expect(documents.map((document) => [document.name, document.text, document.source])).toEqual([
      ['a', 'eins', { path: 'c.txt', line: 2 }],
      ['b', 'zwei\ndrei', { path: 'c.txt', line: 4 }],
    ]);
    expect(emitted).toEqual([3]);
  });

  it('closes a document at an end marker and warns about text after it', () => {
    const { documents, warnings, emitted } = read(['<<<FILE a>>>', 'eins', '<<<END>>>', '', 'lose', 'mehr', '<<<FILE b>>>', 'zwei']);
    expect(documents.map((document) => document.text)).toEqual(['eins', 'zwei']);
    expect(emitted).toEqual([3]);
    expect(warnings).toEqual([
      { code: 'text-after-end-marker', file: 'c.txt', line: 5, message: 'text after an end marker is not part of any document (lines 5–6)' },
    ]);
  });

  it('warns about preamble text, not about a blank preamble', () => {
    expect(read(['Vorwort', '<<<FILE a>>>', 'x']).warnings).toEqual([
      { code: 'preamble-text', file: 'c.txt', line: 1, message: 'text before the first marker is not part of any document (line 1)' },
    ]);
    expect(read(['', '  ', '<<<FILE a>>>', 'x']).warnings).toEqual([]);
  });

  it('warns about an end marker without an open document', () => {
    expect(read(['<<<END>>>', '<<<FILE a>>>', 'x']).warnings).toEqual([
      { code: 'stray-end-marker', file: 'c.txt', line: 1, message: 'end marker without an open document' },
    ]);
  });

  it('makes duplicate names unique with a warning', () => {
    const { documents, warnings } = read(['<<<FILE a>>>', 'x', '<<<FILE a>>>', 'y', '<<<FILE a>>>', 'z']);
    expect(documents.map((document) => document.name)).toEqual(['a', 'a~2', 'a~3']);
    expect(warnings).toEqual([
      { code: 'duplicate-name', file: 'c.txt', line: 3, message: 'document name "a" is already used at c.txt:1; renamed to "a~2"' },
      { code: 'duplicate-name', file: 'c.txt', line: 5, message: 'document name "a" is already used at c.txt:1; renamed to "a~3"' },
    ]);
  });

  it('names unnamed documents after the file and their position', () => {
    expect(read(['<<<FILE>>>', 'x', '<<<FILE>>>', 'y'], 'dir/corpus.txt').documents.map((document) => document.name)).toEqual([
      'corpus-1',
      'corpus-2',
    ]);
    expect(read(['<<<FILE>>>', 'x'], '<input>').documents[0]!.name).toBe('document-1');
  });

  it('warns about empty documents and keeps them', () => {
    const { documents, warnings } = read(['<<<FILE a>>>', '', '  ', '<<<FILE b>>>', 'x']);
    expect(documents.map((document) => document.name)).toEqual(['a', 'b']);
    expect(warnings).toEqual([{ code: 'empty-document', file: 'c.txt', line: 1, message: 'document "a" is empty' }]);
  });

  it('reads a file without markers as one document named after the file', () => {
    const { documents, warnings } = read(['Titel', '', 'Text'], 'texte/essay.txt');
    expect(documents).toHaveLength(1);
    expect(documents[0]!.name).toBe('essay.txt');
    expect(documents[0]!.text).toBe('Titel\n\nText');
    expect(documents[0]!.source).toEqual({ path: 'texte/essay.txt', line: 1 });
    expect(warnings).toEqual([]);
  });

  it('removes one backslash from escaped marker-like lines', () => {
    const { documents } = read(['<<<FILE a>>>', '\\<<<FILE b>>>', '\\\\<<<END>>>', '\\x', '<<<<<<< HEAD']);
    expect(documents.map((document) => document.text)).toEqual(['<<<FILE b>>>\n\\<<<END>>>\n\\x\n<<<<<<< HEAD']);
  });

  it('warns about invalid UTF-8 with the line', () => {
    const warnings: ParseWarning[] = [];
    const reader = createCorpusReader({ path: 'c.txt', onWarning: (warning) => warnings.push(warning) });
    reader.pushLine('<<<FILE a>>>');
    reader.pushLine('b\ufffdc', true);
    reader.end();
    expect(warnings).toEqual([{ code: 'invalid-utf8', file: 'c.txt', line: 2, message: 'invalid UTF-8 replaced by U+FFFD' }]);
  });

  it('throws on a NUL byte naming file:line', () => {
    const reader = createCorpusReader({ path: 'c.txt' });
    reader.pushLine('<<<FILE a>>>');
    expect(() => reader.pushLine('a\0b')).toThrowError('c.txt:2: NUL byte in the input (is this a binary file?)');
  });

  it('warns about repeated marker attributes', () => {
    expect(read(['<<<FILE name="a" x="1" x="2">>>', 'y']).warnings).toEqual([
      { code: 'duplicate-attribute', file: 'c.txt', line: 1, message: 'attribute "x" is given more than once; the last value is used' },
    ]);
  });

  it('shares names between readers', () => {
    const names = new Map<string, { file: string; line: number }>();
    const warnings: ParseWarning[] = [];
    for (const path of ['a.txt', 'b.txt']) {
      const reader = createCorpusReader({ path, names, onWarning: (warning) => warnings.push(warning) });
      reader.pushLine('<<<FILE x>>>');
      reader.pushLine('text');
      reader.end();
    }
    expect(warnings.map((warning) => [warning.file, warning.message])).toEqual([
      ['b.txt', 'document name "x" is already used at a.txt:1; renamed to "x~2"'],
    ]);
  });
});

describe('createCorpusReader on empty input', () => {
  it('gives no document and a warning for input without text or markers', () => {
    expect(read([], 'e.txt')).toMatchObject({
      documents: [],
      warnings: [{ code: 'empty-input', file: 'e.txt', line: 1, message: 'no text and no documents in this input' }],
    });
    expect(read(['', ' '], 'e.txt').documents).toEqual([]);
  });
});
