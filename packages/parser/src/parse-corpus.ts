import { createCorpusReader } from './create-corpus-reader';
import { createLineDecoder } from './create-line-decoder';
import { ParserError } from './parser-error';
import type { CorpusDocument, ParseOptions, ParseWarning } from './types';

/** Options of `parseCorpus`. */
export type ParseCorpusOptions = ParseOptions;

/** What `parseCorpus` returns. */
export interface ParseCorpusResult {
  documents: CorpusDocument[];
  warnings: ParseWarning[];
}

/**
 * Parses a corpus in the `<<<FILE>>>` format (DESIGN.md §1–§3) from a string or UTF-8 bytes:
 * documents with metadata (manifest > marker > header, each with its source) and segments.
 * A BOM is dropped, CRLF and CR are read as LF; bytes are decoded leniently (invalid UTF-8 becomes
 * U+FFFD and a warning). Input without any marker is one document named after `options.path`.
 *
 * @param input - the corpus text, or its bytes.
 * @param options - `path` (default `'<input>'`), `manifest` (default none), `header` (default
 *   `true`), `segments` (default `true`).
 * @returns the documents in input order and the warnings (preamble text, text after an end
 *   marker, duplicate names, empty documents, invalid UTF-8, unreadable dates).
 * @throws ParserError `nul-byte`, `invalid-marker`, `unterminated-quote` (with `file` and `line`),
 *   `invalid-input` when `input` is neither a string nor bytes.
 */
export function parseCorpus(input: string | Uint8Array, options: ParseCorpusOptions = {}): ParseCorpusResult {
  const warnings: ParseWarning[] = [];
  const documents: CorpusDocument[] = [];
  const reader = createCorpusReader({ ...options, onWarning: (warning) => warnings.push(warning) });
  if (typeof input === 'string') {
    let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    if (text.indexOf('\r') !== -1) text = text.replace(/\r\n?/g, '\n');
    const lines = text.split('\n');
    const count = lines.length > 1 && text.endsWith('\n') ? lines.length - 1 : lines.length;
    for (let index = 0; index < count; index += 1) {
      const document = reader.pushLine(lines[index]!);
      if (document !== undefined) documents.push(document);
    }
  } else if (input instanceof Uint8Array) {
    const decoder = createLineDecoder();
    const onLine = (line: string, invalid: boolean): void => {
      const document = reader.pushLine(line, invalid);
      if (document !== undefined) documents.push(document);
    };
    decoder.push(input, onLine);
    decoder.end(onLine);
  } else {
    throw new ParserError('invalid-input', `parseCorpus expects a string or a Uint8Array, got ${typeof input}`);
  }
  const last = reader.end();
  if (last !== undefined) documents.push(last);
  return { documents, warnings };
}
