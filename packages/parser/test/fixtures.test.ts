import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorOf } from './error-of';
import { type CorpusDocument, OWN_TEXT_KINDS, parseCorpus, type SegmentKind, validateSegments } from '../src/index';

function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`fixtures/${name}`, import.meta.url)));
}

function texts(document: CorpusDocument, kind: SegmentKind): string[] {
  return document.segments.filter((segment) => segment.kind === kind).map((segment) => document.text.slice(segment.start, segment.end).trim());
}

describe('an English article (test/fixtures/english.txt)', () => {
  const { documents, warnings } = parseCorpus(fixture('english.txt'), { path: 'english.txt' });
  const document = documents[0]!;

  it('reads title and the byline `By X | March 3rd, 2025`', () => {
    expect(warnings).toEqual([]);
    expect([document.author, document.date, document.title]).toEqual(['Jane Doe', '2025-03-03', 'The Quiet Collapse of Cheap Money']);
    expect(document.provenance).toEqual({ author: 'header', date: 'header', title: 'header', lang: 'none' });
    expect(texts(document, 'header')).toEqual(['By Jane Doe | March 3rd, 2025']);
    expect(validateSegments(document.segments, document.text.length)).toEqual([]);
  });

  it('labels heading, list, the German quotation, the embed, footnote, boilerplate and comments', () => {
    expect(texts(document, 'heading')).toEqual(['What Changed']);
    expect(texts(document, 'list')).toEqual([
      '• Mortgage costs doubled within a year.\n  • Venture funding fell by half.\n  • Governments paid more to borrow than at any time since 2008.',
    ]);
    expect(texts(document, 'quote')).toEqual([expect.stringMatching(/^Die Zeit des billigen Geldes ist vorbei/)]);
    expect(texts(document, 'embed')).toEqual(['Rates are not coming back down. pic.twitter.com/AbCdEf123 — Market Watcher (@mwatch) March 2, 2025']);
    expect(texts(document, 'footnote')).toEqual(["[1] Figures from the central bank's annual report."]);
    expect(texts(document, 'boilerplate')).toEqual(['Subscribe to our newsletter and support our journalism: become a member today.']);
    expect(texts(document, 'comments')).toEqual([expect.stringMatching(/^3 thoughts on “The Quiet Collapse[\s\S]*Comments are closed\.$/)]);
    const own = document.segments
      .filter((segment) => OWN_TEXT_KINDS.includes(segment.kind))
      .map((segment) => document.text.slice(segment.start, segment.end))
      .join('');
    expect(own).toContain('The market did not listen at first.');
    expect(own).toContain('Whether the collapse stays quiet depends on what happens next.[1]');
  });
});

describe('bad inputs (test/fixtures)', () => {
  it('bom-crlf.txt: BOM dropped, CRLF and CR read, text after an end marker, duplicate and empty document', () => {
    const { documents, warnings } = parseCorpus(fixture('bom-crlf.txt'), { path: 'bom-crlf.txt' });
    expect(documents.map((document) => [document.name, document.text, document.source.line])).toEqual([
      ['a', 'Zeile eins\nZeile zwei', 2],
      ['a~2', '', 7],
    ]);
    expect(warnings).toEqual([
      { code: 'text-after-end-marker', file: 'bom-crlf.txt', line: 5, message: 'text after an end marker is not part of any document (line 5)' },
      { code: 'duplicate-name', file: 'bom-crlf.txt', line: 6, message: 'document name "a" is already used at bom-crlf.txt:1; renamed to "a~2"' },
      { code: 'empty-document', file: 'bom-crlf.txt', line: 6, message: 'document "a~2" is empty' },
    ]);
  });

  it('invalid-utf8.txt: U+FFFD and a warning per line', () => {
    const { documents, warnings } = parseCorpus(fixture('invalid-utf8.txt'), { path: 'invalid-utf8.txt' });
    expect(documents[0]!.text).toBe('ok\nkaputt: \ufffd\ufffd\nauch: \ufffd');
    expect(warnings).toEqual([
      { code: 'invalid-utf8', file: 'invalid-utf8.txt', line: 3, message: 'invalid UTF-8 replaced by U+FFFD' },
      { code: 'invalid-utf8', file: 'invalid-utf8.txt', line: 4, message: 'invalid UTF-8 replaced by U+FFFD' },
    ]);
  });

  it('nul.txt: ParserError nul-byte at file:line', () => {
    const error = errorOf(() => parseCorpus(fixture('nul.txt'), { path: 'nul.txt' }));
    expect([error.code, error.message]).toEqual(['nul-byte', 'nul.txt:3: NUL byte in the input (is this a binary file?)']);
  });

  it('unterminated-quote.txt: ParserError unterminated-quote at file:line', () => {
    const error = errorOf(() => parseCorpus(fixture('unterminated-quote.txt'), { path: 'unterminated-quote.txt' }));
    expect([error.code, error.file, error.line]).toEqual(['unterminated-quote', 'unterminated-quote.txt', 2]);
  });

  it('unknown-syntax.txt: ParserError invalid-marker at file:line', () => {
    const error = errorOf(() => parseCorpus(fixture('unknown-syntax.txt'), { path: 'unknown-syntax.txt' }));
    expect([error.code, error.message]).toEqual([
      'invalid-marker',
      'unknown-syntax.txt:3: malformed marker "<<<FILE name=a>>>": attribute values must be quoted (key="value")',
    ]);
  });
});
