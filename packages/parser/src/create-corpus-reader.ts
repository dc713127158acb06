import { buildDocument } from './build-document';
import { isMarkerLine } from './is-marker-line';
import { parseMarker } from './parse-marker';
import { ParserError } from './parser-error';
import type { CorpusDocument, ManifestEntry, ParseOptions, ParseWarning } from './types';

/** Options of `createCorpusReader`. */
export interface CorpusReaderOptions extends ParseOptions {
  /** Receives each warning as soon as it is found. Default: warnings are dropped. */
  onWarning?: (warning: ParseWarning) => void;
  /**
   * Names already taken, with where they were defined; shared between readers to keep names
   * unique across files. Default: a new map for this reader.
   */
  names?: Map<string, { file: string; line: number }>;
  /** Called with the manifest entry each document matched. Default: none. */
  onManifestEntry?: (entry: ManifestEntry) => void;
}

/**
 * The line-level state machine of the corpus format, shared by `parseCorpus` (strings and
 * bytes) and `readCorpus` (streams): feed it lines without their line ends, get each document
 * as soon as its end is seen.
 */
export interface CorpusReader {
  /**
   * Reads one line (without its line end).
   *
   * @param invalidUtf8 - the line had invalid UTF-8 that was replaced by U+FFFD. Default `false`.
   * @returns the document this line completed (a marker ends the previous one), if any.
   * @throws ParserError on a NUL byte or a malformed marker.
   */
  pushLine(line: string, invalidUtf8?: boolean): CorpusDocument | undefined;
  /** Ends the input; returns the last document, if any. */
  end(): CorpusDocument | undefined;
  /** Lines read so far. */
  readonly lines: number;
}

interface OpenDocument {
  name: string;
  originalName?: string;
  attributes: ReadonlyMap<string, string>;
  markerLine: number;
  lines: string[];
}

/**
 * Creates a `CorpusReader` (see there) for one file.
 */
export function createCorpusReader(options: CorpusReaderOptions = {}): CorpusReader {
  const path = options.path ?? '<input>';
  const names = options.names ?? new Map<string, { file: string; line: number }>();
  const onWarning = options.onWarning;
  const build = {
    ...(options.manifest === undefined ? {} : { manifest: options.manifest }),
    header: options.header !== false,
    segments: options.segments !== false,
    ...(onWarning === undefined ? {} : { onWarning }),
    ...(options.onManifestEntry === undefined ? {} : { onManifestEntry: options.onManifestEntry }),
  };
  const stem = defaultStem(path);
  let lineNumber = 0;
  let state: 'preamble' | 'document' | 'outside' = 'preamble';
  let open: OpenDocument | null = null;
  let seenMarker = false;
  let ordinal = 0;
  const preamble: string[] = [];
  let strayFirst = 0;
  let strayLast = 0;

  const warn = (code: string, line: number, message: string): void => {
    onWarning?.({ code, file: path, line, message });
  };

  const flushStray = (): void => {
    if (strayFirst === 0) return;
    const range = strayLast > strayFirst ? `lines ${strayFirst}–${strayLast}` : `line ${strayFirst}`;
    if (state === 'preamble') {
      warn('preamble-text', strayFirst, `text before the first marker is not part of any document (${range})`);
    } else {
      warn('text-after-end-marker', strayFirst, `text after an end marker is not part of any document (${range})`);
    }
    strayFirst = 0;
    strayLast = 0;
  };

  const uniqueName = (wanted: string, line: number): { name: string; originalName?: string } => {
    // A copy, so that the name kept for duplicate checks does not pin the decoded chunk it was
    // sliced from (V8 keeps substrings as views of their parent string).
    wanted = copyString(wanted);
    const previous = names.get(wanted);
    if (previous === undefined) {
      names.set(wanted, { file: path, line });
      return { name: wanted };
    }
    let counter = 2;
    while (names.has(`${wanted}~${counter}`)) counter += 1;
    const name = `${wanted}~${counter}`;
    names.set(name, { file: path, line });
    warn(
      'duplicate-name',
      line,
      `document name ${JSON.stringify(wanted)} is already used at ${previous.file}:${previous.line}; renamed to ${JSON.stringify(name)}`,
    );
    return { name, originalName: wanted };
  };

  const finish = (document: OpenDocument): CorpusDocument => {
    const text = document.lines.join('\n');
    const line = document.markerLine + 1;
    if (!/\S/.test(text)) {
      warn('empty-document', document.markerLine || 1, `document ${JSON.stringify(document.name)} is empty`);
    }
    return buildDocument(
      {
        name: document.name,
        ...(document.originalName === undefined ? {} : { originalName: document.originalName }),
        attributes: document.attributes,
        path,
        markerLine: document.markerLine,
        line,
        text,
        lines: document.lines,
      },
      build,
    );
  };

  const unescapeLine = (line: string): string => {
    if (line.charCodeAt(0) !== 92) return line;
    let index = 0;
    while (line.charCodeAt(index) === 92) index += 1;
    return line.startsWith('<<<', index) ? line.slice(1) : line;
  };

  return {
    get lines() {
      return lineNumber;
    },
    pushLine(line: string, invalidUtf8 = false): CorpusDocument | undefined {
      lineNumber += 1;
      if (invalidUtf8) warn('invalid-utf8', lineNumber, 'invalid UTF-8 replaced by U+FFFD');
      if (line.indexOf('\0') !== -1) {
        throw new ParserError('nul-byte', 'NUL byte in the input (is this a binary file?)', { file: path, line: lineNumber });
      }
      if (line.charCodeAt(0) === 60 && isMarkerLine(line)) {
        const marker = parseMarker(line, { file: path, line: lineNumber })!;
        if (marker.type === 'end') {
          if (state !== 'document') {
            warn('stray-end-marker', lineNumber, 'end marker without an open document');
            return undefined;
          }
          const done = finish(open!);
          open = null;
          state = 'outside';
          return done;
        }
        flushStray();
        preamble.length = 0;
        const done = open === null ? undefined : finish(open);
        seenMarker = true;
        ordinal += 1;
        for (const key of marker.duplicateKeys) {
          warn('duplicate-attribute', lineNumber, `attribute ${JSON.stringify(key)} is given more than once; the last value is used`);
        }
        const wanted = marker.name ?? `${stem}-${ordinal}`;
        open = { ...uniqueName(wanted, lineNumber), attributes: marker.attributes, markerLine: lineNumber, lines: [] };
        state = 'document';
        return done;
      }
      if (state === 'document') {
        open!.lines.push(unescapeLine(line));
        return undefined;
      }
      if (state === 'preamble') preamble.push(unescapeLine(line));
      if (line.trim() !== '') {
        if (strayFirst === 0) strayFirst = lineNumber;
        strayLast = lineNumber;
      }
      return undefined;
    },
    end(): CorpusDocument | undefined {
      if (state === 'document') {
        const done = finish(open!);
        open = null;
        state = 'outside';
        return done;
      }
      if (state === 'outside') {
        flushStray();
        return undefined;
      }
      if (seenMarker) return undefined;
      strayFirst = 0;
      state = 'outside';
      if (preamble.every((line) => !/\S/.test(line))) {
        warn('empty-input', 1, 'no text and no documents in this input');
        return undefined;
      }
      // A file without any marker is one document named after the file.
      const name = uniqueName(stem === 'document' ? 'document-1' : basename(path), 1);
      const document: OpenDocument = { ...name, attributes: new Map(), markerLine: 0, lines: preamble.splice(0) };
      return finish(document);
    },
  };
}

function copyString(value: string): string {
  return JSON.parse(JSON.stringify(value)) as string;
}

function basename(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}

function defaultStem(path: string): string {
  if (path === '<input>') return 'document';
  if (path === '-') return 'stdin';
  return basename(path).replace(/\.[^.]+$/, '') || 'document';
}
