/**
 * @diskurs/parser/node: streaming file, directory, glob and stdin input for Node.js.
 * The only module of the package that imports `node:*`.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { type CorpusReaderOptions, createCorpusReader } from './create-corpus-reader';
import { createLineDecoder } from './create-line-decoder';
import { parseManifest } from './parse-manifest';
import { ParserError } from './parser-error';
import type { CorpusDocument, Manifest, ManifestEntry, ParseOptions, ParseWarning } from './types';

export type { CorpusDocument, Manifest, ParseWarning } from './types';
export { ParserError } from './parser-error';

/** Options of `readCorpus`. */
export interface ReadCorpusOptions extends Omit<ParseOptions, 'path' | 'manifest'> {
  /**
   * Manifest file (`.csv` or `.json`) or a parsed manifest. Its entries override those of a
   * `metadata.csv`/`metadata.json` found in a directory input. Default: none.
   */
  manifest?: string | Manifest;
  /** Receives each warning as soon as it is found. Default: warnings are dropped. */
  onWarning?: (warning: ParseWarning) => void;
  /** Bytes read at a time. Default `65536`. */
  chunkSize?: number;
}

/** One file to read, with the manifest that applies to it. */
export interface CorpusSource {
  /** File path, or `-` for stdin. */
  path: string;
  /** Manifest file found beside it (directory inputs), if any. */
  manifest?: string;
}

const DOCUMENT_FILES = /\.(?:txt|md)$/i;
const MANIFEST_FILES = ['metadata.csv', 'metadata.json'];
/** Files that describe a directory rather than belong to its corpus. */
const DIRECTORY_NOTES = /^(?:README|CHANGELOG|LICENSE|LICENCE)(?:\.[a-z]+)?$/i;

/**
 * Reads a corpus from files, directories (recursively `*.txt` and `*.md` except `README`,
 * `CHANGELOG` and `LICENSE` files; a `metadata.csv` or `metadata.json` at the top of a
 * directory is its manifest, not a document), glob patterns and
 * `-` (stdin), streaming line by line: each document is yielded as soon as its end is seen, so
 * memory does not grow with the number of documents. Names are unique across all inputs. At
 * the end, each manifest entry that matched no document gives an `unused-manifest-entry`
 * warning (manifest file and line).
 *
 * @param inputs - one input or a list. Files are read in the order given; directory and glob
 *   matches in code-point order of their paths.
 * @param options - `manifest` (default none), `onWarning` (default: dropped), `header` (default
 *   `true`), `segments` (default `true`), `chunkSize` (default 65536).
 * @throws ParserError `read-failed` for a missing input, a glob without matches or an unreadable
 *   file; `nul-byte`, `invalid-marker`, `unterminated-quote`, `invalid-manifest` as the parser.
 */
export async function* readCorpus(
  inputs: string | readonly string[],
  options: ReadCorpusOptions = {},
): AsyncGenerator<CorpusDocument, void, undefined> {
  const explicit =
    options.manifest === undefined
      ? undefined
      : typeof options.manifest === 'string'
        ? await readManifest(options.manifest)
        : options.manifest;
  const names = new Map<string, { file: string; line: number }>();
  // Directory manifests, merged with the explicit one.
  const manifests = new Map<string, Manifest | undefined>();
  const sources = await expandInputs(inputs, options.onWarning === undefined ? {} : { onWarning: options.onWarning });
  // Every manifest read, to report entries that matched no document at the end.
  const used: Manifest[] = explicit === undefined ? [] : [explicit];
  const matched = new Set<string>();
  for (const source of sources) {
    let manifest = explicit;
    if (source.manifest !== undefined) {
      if (!manifests.has(source.manifest)) {
        const own = await readManifest(source.manifest);
        used.push(own);
        manifests.set(source.manifest, mergeManifests(own, explicit));
      }
      manifest = manifests.get(source.manifest);
    }
    const readerOptions: ReadCorpusFileOptions = {
      ...(options.header === undefined ? {} : { header: options.header }),
      ...(options.segments === undefined ? {} : { segments: options.segments }),
      ...(options.onWarning === undefined ? {} : { onWarning: options.onWarning }),
      ...(manifest === undefined ? {} : { manifest }),
      ...(options.chunkSize === undefined ? {} : { chunkSize: options.chunkSize }),
      names,
      onManifestEntry: (entry) => matched.add(entry.name),
    };
    yield* readCorpusFile(source.path, readerOptions);
  }
  for (const manifest of used) {
    for (const entry of manifest.entries.values()) {
      if (matched.has(entry.name)) continue;
      options.onWarning?.({
        code: 'unused-manifest-entry',
        file: manifest.path ?? '<manifest>',
        line: entry.line,
        message: `no document is named ${JSON.stringify(entry.name)}`,
      });
    }
  }
}

/** Options of `readCorpusFile`. */
export interface ReadCorpusFileOptions extends CorpusReaderOptions {
  /** Bytes read at a time. Default `65536`. */
  chunkSize?: number;
}

/**
 * Reads one corpus file (or `-` for stdin) as a stream of documents.
 *
 * @param path - file path, or `-` for stdin.
 * @param options - as `createCorpusReader` (the `path` option defaults to `path`), plus `chunkSize`.
 */
export async function* readCorpusFile(
  path: string,
  options: ReadCorpusFileOptions = {},
): AsyncGenerator<CorpusDocument, void, undefined> {
  const stream: AsyncIterable<Uint8Array | string> =
    path === '-' ? process.stdin : createReadStream(path, { highWaterMark: options.chunkSize ?? 65536 });
  yield* readCorpusStream(stream, { ...options, path: options.path ?? path });
}

/**
 * Reads a corpus from any async iterable of byte (or string) chunks, e.g. a Node.js readable
 * stream or a `fetch` body.
 *
 * @param options - as `createCorpusReader`; `path` (default `'<input>'`) names the source.
 */
export async function* readCorpusStream(
  stream: AsyncIterable<Uint8Array | string>,
  options: CorpusReaderOptions = {},
): AsyncGenerator<CorpusDocument, void, undefined> {
  const path = options.path ?? '<input>';
  const reader = createCorpusReader(options);
  const decoder = createLineDecoder();
  const encoder = new TextEncoder();
  const ready: CorpusDocument[] = [];
  const onLine = (line: string, invalid: boolean): void => {
    const document = reader.pushLine(line, invalid);
    if (document !== undefined) ready.push(document);
  };
  try {
    for await (const chunk of stream) {
      decoder.push(typeof chunk === 'string' ? encoder.encode(chunk) : chunk, onLine);
      while (ready.length > 0) yield ready.shift()!;
    }
  } catch (error) {
    if (error instanceof ParserError) throw error;
    throw new ParserError('read-failed', `cannot read: ${(error as Error).message}`, { file: path, cause: error });
  }
  decoder.end(onLine);
  const last = reader.end();
  if (last !== undefined) ready.push(last);
  while (ready.length > 0) yield ready.shift()!;
}

/**
 * Reads and parses a manifest file; the format follows the extension (`.json`, else CSV).
 *
 * @throws ParserError `read-failed` or `invalid-manifest`.
 */
export async function readManifest(path: string): Promise<Manifest> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ParserError('read-failed', `cannot read manifest: ${(error as Error).message}`, { file: path, cause: error });
  }
  return parseManifest(text, { format: extname(path).toLowerCase() === '.json' ? 'json' : 'csv', path });
}

/**
 * Expands inputs into the files to read: files as given, directories recursively (`*.txt`,
 * `*.md`, with their top-level `metadata.csv`/`metadata.json` as manifest), glob patterns, and
 * `-` for stdin. A directory without documents gives an `empty-directory` warning (line 0)
 * through `options.onWarning` (default: dropped).
 *
 * @throws ParserError `read-failed` for a missing path or a pattern that matches nothing.
 */
export async function expandInputs(
  inputs: string | readonly string[],
  options: { onWarning?: (warning: ParseWarning) => void } = {},
): Promise<CorpusSource[]> {
  const sources: CorpusSource[] = [];
  for (const input of typeof inputs === 'string' ? [inputs] : inputs) {
    if (input === '-') {
      sources.push({ path: '-' });
      continue;
    }
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory()) {
      const files = (await glob('**/*.{txt,md,TXT,MD}', { cwd: input, onlyFiles: true, dot: false }))
        .filter((file) => DOCUMENT_FILES.test(file) && !DIRECTORY_NOTES.test(basename(file)))
        .sort(compareCodePoints);
      let manifest: string | undefined;
      for (const name of MANIFEST_FILES) {
        const candidate = join(input, name);
        if ((await stat(candidate).catch(() => null))?.isFile()) {
          manifest = candidate;
          break;
        }
      }
      if (files.length === 0) {
        options.onWarning?.({ code: 'empty-directory', file: input, line: 0, message: 'no *.txt or *.md files in this directory' });
      }
      for (const file of files) sources.push({ path: join(input, file), ...(manifest === undefined ? {} : { manifest }) });
    } else if (info?.isFile()) {
      sources.push({ path: input });
    } else if (isDynamicPattern(input)) {
      const files = (await glob(input, { onlyFiles: true }))
        .filter((file) => !MANIFEST_FILES.includes(basename(file).toLowerCase()))
        .sort(compareCodePoints);
      if (files.length === 0) throw new ParserError('read-failed', 'no files match this pattern', { file: input });
      for (const file of files) sources.push({ path: file });
    } else {
      throw new ParserError('read-failed', 'no such file or directory', { file: input });
    }
  }
  return sources;
}

function mergeManifests(base: Manifest | undefined, override: Manifest | undefined): Manifest | undefined {
  if (base === undefined) return override;
  if (override === undefined) return base;
  const entries = new Map<string, ManifestEntry>(base.entries);
  for (const [name, entry] of override.entries) entries.set(name, entry);
  return { path: override.path, entries };
}

function compareCodePoints(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}
