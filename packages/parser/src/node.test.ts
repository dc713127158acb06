import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { expandInputs, readCorpus, readCorpusFile, readCorpusStream, readManifest } from './node';
import { parseCorpus } from './parse-corpus';
import { ParserError } from './parser-error';
import type { CorpusDocument, ParseWarning } from './types';

const seeds = new URL('../../../seeds/', import.meta.url).pathname;
let work = '';

async function collect(iterable: AsyncIterable<CorpusDocument>): Promise<CorpusDocument[]> {
  const documents: CorpusDocument[] = [];
  for await (const document of iterable) documents.push(document);
  return documents;
}

async function rejection(promise: Promise<unknown>): Promise<ParserError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ParserError) return error;
    throw error;
  }
  throw new Error('no error');
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'diskurs-parser-test-'));
  mkdirSync(join(work, 'corpus', 'sub'), { recursive: true });
  writeFileSync(join(work, 'corpus', 'b.txt'), 'Von Jane Doe\n\nZweiter Text.\n');
  writeFileSync(join(work, 'corpus', 'a.md'), '<<<FILE one>>>\nEins.\n<<<FILE two>>>\nZwei.\n');
  writeFileSync(join(work, 'corpus', 'sub', 'c.txt'), '<<<FILE one>>>\nDrei.\n');
  writeFileSync(join(work, 'corpus', 'notes.csv'), 'not,a,document\n');
  writeFileSync(join(work, 'corpus', 'README.md'), '# About this folder\n');
  writeFileSync(join(work, 'corpus', 'metadata.csv'), 'name,author,kind\nb.txt,Dir Author,essay\ntwo,Dir Two,\n');
  writeFileSync(join(work, 'override.json'), '{"b.txt": {"author": "Explicit Author"}}');
  writeFileSync(join(work, 'bad.txt'), Buffer.from([0x3c, 0x3c, 0x3c, 0x46, 0x49, 0x4c, 0x45, 0x20, 0x78, 0x3e, 0x3e, 0x3e, 0x0a, 0x61, 0xff, 0x0a]));
  writeFileSync(join(work, 'crlf.txt'), readFileSync(join(seeds, 'corpus.txt'), 'utf8').replace(/\n/g, '\r\n'));
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('readCorpus', () => {
  it('reads a file as parseCorpus does, whatever the chunk size and line ends', async () => {
    const path = join(seeds, 'corpus.txt');
    const expected = parseCorpus(readFileSync(path, 'utf8'), { path }).documents;
    expect(await collect(readCorpus(path))).toEqual(expected);
    expect(await collect(readCorpusFile(path, { chunkSize: 7 }))).toEqual(expected);
    const crlf = join(work, 'crlf.txt');
    const fromCrlf = await collect(readCorpusFile(crlf, { chunkSize: 5 }));
    expect(fromCrlf.map((document) => [document.name, document.text, document.segments])).toEqual(
      expected.map((document) => [document.name, document.text, document.segments]),
    );
  });

  it('reads a directory recursively (*.txt, *.md), with metadata.csv as manifest and README skipped', async () => {
    const warnings: ParseWarning[] = [];
    const documents = await collect(readCorpus(join(work, 'corpus'), { onWarning: (warning) => warnings.push(warning) }));
    expect(documents.map((document) => [document.name, document.author, document.provenance.author, document.source])).toEqual([
      ['one', null, 'none', { path: join(work, 'corpus', 'a.md'), line: 2 }],
      ['two', 'Dir Two', 'manifest', { path: join(work, 'corpus', 'a.md'), line: 4 }],
      ['b.txt', 'Dir Author', 'manifest', { path: join(work, 'corpus', 'b.txt'), line: 1 }],
      ['one~2', null, 'none', { path: join(work, 'corpus', 'sub', 'c.txt'), line: 2 }],
    ]);
    expect(documents[2]!.attributes).toEqual({ kind: 'essay' });
    expect(warnings).toEqual([
      {
        code: 'duplicate-name',
        file: join(work, 'corpus', 'sub', 'c.txt'),
        line: 1,
        message: `document name "one" is already used at ${join(work, 'corpus', 'a.md')}:1; renamed to "one~2"`,
      },
    ]);
  });

  it('lets an explicit manifest override the directory manifest', async () => {
    const documents = await collect(readCorpus([join(work, 'corpus')], { manifest: join(work, 'override.json') }));
    expect(documents.find((document) => document.name === 'b.txt')!.author).toBe('Explicit Author');
    expect(documents.find((document) => document.name === 'two')!.author).toBe('Dir Two');
  });

  it('warns about manifest entries that match no document', async () => {
    const warnings: ParseWarning[] = [];
    await collect(readCorpus(join(work, 'corpus', 'b.txt'), { manifest: join(work, 'corpus', 'metadata.csv'), onWarning: (warning) => warnings.push(warning) }));
    expect(warnings).toEqual([
      { code: 'unused-manifest-entry', file: join(work, 'corpus', 'metadata.csv'), line: 3, message: 'no document is named "two"' },
    ]);
  });

  it('reads glob patterns in path order', async () => {
    const documents = await collect(readCorpus(`${work}/corpus/**/*.txt`));
    expect(documents.map((document) => document.name)).toEqual(['b.txt', 'one']);
  });

  it('reads stdin for -', async () => {
    const stdin = vi.spyOn(process, 'stdin', 'get').mockReturnValue(
      Readable.from([Buffer.from('<<<FILE a>>>\nx\n<<<FI'), Buffer.from('LE b>>>\ny\n')]) as unknown as typeof process.stdin,
    );
    try {
      const documents = await collect(readCorpus('-'));
      expect(documents.map((document) => [document.name, document.text, document.source])).toEqual([
        ['a', 'x', { path: '-', line: 2 }],
        ['b', 'y', { path: '-', line: 4 }],
      ]);
    } finally {
      stdin.mockRestore();
    }
  });

  it('reports invalid UTF-8 as a warning with file:line', async () => {
    const warnings: ParseWarning[] = [];
    const documents = await collect(readCorpus(join(work, 'bad.txt'), { onWarning: (warning) => warnings.push(warning) }));
    expect(documents[0]!.text).toBe('a\ufffd');
    expect(warnings).toEqual([{ code: 'invalid-utf8', file: join(work, 'bad.txt'), line: 2, message: 'invalid UTF-8 replaced by U+FFFD' }]);
  });

  it('fails with ParserError read-failed for missing inputs and empty patterns', async () => {
    const missing = await rejection(collect(readCorpus(join(work, 'nope.txt'))));
    expect([missing.code, missing.message]).toEqual(['read-failed', `${join(work, 'nope.txt')}: no such file or directory`]);
    const pattern = await rejection(collect(readCorpus(`${work}/*.nothing`)));
    expect(pattern.message).toBe(`${work}/*.nothing: no files match this pattern`);
    const manifest = await rejection(readManifest(join(work, 'nope.csv')));
    expect(manifest.code).toBe('read-failed');
  });

  it('passes parser errors through', async () => {
    writeFileSync(join(work, 'nul.txt'), 'a\nb\0\n');
    const error = await rejection(collect(readCorpus(join(work, 'nul.txt'))));
    expect(error.message).toBe(`${join(work, 'nul.txt')}:2: NUL byte in the input (is this a binary file?)`);
  });
});

describe('readCorpusStream', () => {
  it('yields each document as soon as its end is seen, before the rest is read', async () => {
    let pulled = 0;
    async function* chunks() {
      for (const chunk of ['<<<FILE a>>>\nx\n', '<<<FILE b>>>\n', 'y\n', '<<<FILE c>>>\nz\n']) {
        pulled += 1;
        yield chunk;
      }
    }
    const seen: [string, number][] = [];
    for await (const document of readCorpusStream(chunks())) seen.push([document.name, pulled]);
    expect(seen).toEqual([
      ['a', 2],
      ['b', 4],
      ['c', 4],
    ]);
  });
});

describe('expandInputs', () => {
  it('lists files with their directory manifest', async () => {
    const sources = await expandInputs([join(work, 'corpus'), '-']);
    expect(sources).toEqual([
      { path: join(work, 'corpus', 'a.md'), manifest: join(work, 'corpus', 'metadata.csv') },
      { path: join(work, 'corpus', 'b.txt'), manifest: join(work, 'corpus', 'metadata.csv') },
      { path: join(work, 'corpus', 'sub', 'c.txt'), manifest: join(work, 'corpus', 'metadata.csv') },
      { path: '-' },
    ]);
  });

  it('warns about a directory without documents', async () => {
    mkdirSync(join(work, 'empty'), { recursive: true });
    const warnings: ParseWarning[] = [];
    expect(await expandInputs(join(work, 'empty'), { onWarning: (warning) => warnings.push(warning) })).toEqual([]);
    expect(warnings).toEqual([{ code: 'empty-directory', file: join(work, 'empty'), line: 0, message: 'no *.txt or *.md files in this directory' }]);
  });
});
