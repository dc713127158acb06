import { describe, expect, it } from 'vitest';
import { errorOf } from '../test/error-of';
import { parseCorpus } from './parse-corpus';
import { parseManifest } from './parse-manifest';

describe('parseCorpus', () => {
  it('reads documents with names, attributes, metadata and provenance', () => {
    const { documents, warnings } = parseCorpus(
      '<<<FILE name="escobar-2025-01" author="Pepe Escobar" date="2025-01" title="Disco Inferno" lang="de" outlet="Sputnik">>>\nText.\n',
      { path: 'c.txt' },
    );
    expect(warnings).toEqual([]);
    expect(documents).toEqual([
      {
        name: 'escobar-2025-01',
        author: 'Pepe Escobar',
        date: '2025-01',
        title: 'Disco Inferno',
        lang: 'de',
        attributes: { outlet: 'Sputnik' },
        source: { path: 'c.txt', line: 2 },
        text: 'Text.',
        segments: [{ kind: 'body', start: 0, end: 5 }],
        provenance: { author: 'marker', date: 'marker', title: 'marker', lang: 'marker' },
      },
    ]);
  });

  it('prefers manifest over marker over header, and empty manifest cells do not count', () => {
    const manifest = parseManifest('name,author,date,title\na,Manifest Author,,\n', { format: 'csv', path: 'm.csv' });
    const text = '<<<FILE name="a" date="2024-03-01">>>\nDer Titel\n\nBy Header Author | March 3, 2025\n\nText.';
    const [document] = parseCorpus(text, { manifest }).documents;
    expect([document!.author, document!.date, document!.title]).toEqual(['Manifest Author', '2024-03-01', 'Der Titel']);
    expect(document!.provenance).toEqual({ author: 'manifest', date: 'marker', title: 'header', lang: 'none' });
    const [plain] = parseCorpus(text).documents;
    expect(plain!.provenance.author).toBe('header');
    expect(plain!.author).toBe('Header Author');
  });

  it('normalises marker dates and warns about unreadable ones', () => {
    const { documents, warnings } = parseCorpus('<<<FILE name="a" date="14. November 2025">>>\nx\n<<<FILE name="b" date="neulich">>>\ny', { path: 'c.txt' });
    expect(documents.map((document) => document.date)).toEqual(['2025-11-14', 'neulich']);
    expect(warnings).toEqual([
      { code: 'invalid-date', file: 'c.txt', line: 3, message: 'date "neulich" is not a recognised date; kept as written' },
    ]);
  });

  it('drops a BOM and reads CRLF and CR as LF', () => {
    const { documents } = parseCorpus('\ufeff<<<FILE a>>>\r\neins\r\nzwei\rdrei\r\n<<<FILE b>>>\rvier');
    expect(documents.map((document) => [document.name, document.text, document.source.line])).toEqual([
      ['a', 'eins\nzwei\ndrei', 2],
      ['b', 'vier', 6],
    ]);
  });

  it('reads bytes: lenient UTF-8 with a warning per line, BOM dropped', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<<<FILE a>>>\nok\n'), 0x62, 0xff, 0x0a, 0x63]);
    const { documents, warnings } = parseCorpus(bytes, { path: 'c.txt' });
    expect(documents[0]!.text).toBe('ok\nb\ufffd\nc');
    expect(warnings).toEqual([{ code: 'invalid-utf8', file: 'c.txt', line: 3, message: 'invalid UTF-8 replaced by U+FFFD' }]);
  });

  it('gives the same documents for a string and its bytes', () => {
    const text = '<<<FILE a>>>\nTitel\n\nÄrger über Öl.\r\n<<<FILE b>>>\n• eins\n• zwei\n';
    expect(parseCorpus(new TextEncoder().encode(text))).toEqual(parseCorpus(text));
  });

  it('reads input without markers as one document named after the path', () => {
    expect(parseCorpus('Nur Text.', { path: 'notes/essay.txt' }).documents.map((document) => document.name)).toEqual(['essay.txt']);
    expect(parseCorpus('Nur Text.').documents.map((document) => [document.name, document.source])).toEqual([
      ['document-1', { path: '<input>', line: 1 }],
    ]);
  });

  it('can skip header inference and segment rules', () => {
    const text = '<<<FILE a>>>\nBy Jane Doe\n\n- eins\n- zwei';
    const [document] = parseCorpus(text, { header: false, segments: false }).documents;
    expect(document!.author).toBeNull();
    expect(document!.segments).toEqual([{ kind: 'body', start: 0, end: document!.text.length }]);
  });

  describe('bad input', () => {
    it('NUL byte: ParserError nul-byte naming file:line', () => {
      const error = errorOf(() => parseCorpus('<<<FILE a>>>\nok\nbin\0ary\n', { path: 'c.txt' }));
      expect([error.code, error.file, error.line, error.message]).toEqual([
        'nul-byte',
        'c.txt',
        3,
        'c.txt:3: NUL byte in the input (is this a binary file?)',
      ]);
      expect(errorOf(() => parseCorpus(new Uint8Array([0x61, 0x0a, 0x00]), { path: 'b.bin' })).message).toBe(
        'b.bin:2: NUL byte in the input (is this a binary file?)',
      );
    });

    it('unterminated quote in a marker: ParserError unterminated-quote naming file:line', () => {
      const error = errorOf(() => parseCorpus('<<<FILE a>>>\nx\n<<<FILE name="b>>>\n', { path: 'c.txt' }));
      expect([error.code, error.message]).toEqual([
        'unterminated-quote',
        'c.txt:3: unterminated quote in marker "<<<FILE name=\\"b>>>" (value of "name")',
      ]);
    });

    it('unknown marker syntax: ParserError invalid-marker naming file:line', () => {
      const error = errorOf(() => parseCorpus('x\n<<<FILE a', { path: 'c.txt' }));
      expect([error.code, error.line, error.message]).toEqual([
        'invalid-marker',
        2,
        'c.txt:2: malformed marker "<<<FILE a": a marker line must end with >>>',
      ]);
    });

    it('preamble, duplicate name, empty document: warnings with file:line', () => {
      const { documents, warnings } = parseCorpus('Vorspann\n<<<FILE a>>>\nx\n<<<FILE a>>>\n\n', { path: 'c.txt' });
      expect(documents.map((document) => document.name)).toEqual(['a', 'a~2']);
      expect(warnings).toEqual([
        { code: 'preamble-text', file: 'c.txt', line: 1, message: 'text before the first marker is not part of any document (line 1)' },
        { code: 'duplicate-name', file: 'c.txt', line: 4, message: 'document name "a" is already used at c.txt:2; renamed to "a~2"' },
        { code: 'empty-document', file: 'c.txt', line: 4, message: 'document "a~2" is empty' },
      ]);
    });

    it('rejects input that is neither a string nor bytes', () => {
      expect(errorOf(() => parseCorpus(42 as unknown as string)).code).toBe('invalid-input');
    });
  });
});
