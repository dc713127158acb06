import { parseCsv } from './parse-csv';
import { ParserError } from './parser-error';
import type { Manifest, ManifestEntry } from './types';

/** Options of `parseManifest`. */
export interface ParseManifestOptions {
  /** `csv` (header row with a `name` column) or `json`. Required. */
  format: 'csv' | 'json';
  /** File path for errors and `Manifest.path`. Default: none (`'<manifest>'` in messages). */
  path?: string;
}

const KNOWN = new Set(['author', 'date', 'title', 'lang']);

/**
 * Parses a metadata manifest. CSV: RFC 4180 with a header row that has a `name` column; further
 * columns `author`, `date`, `title`, `lang`, and any others (kept as attributes). JSON: an array of
 * objects with `name`, or an object keyed by name. Empty values mean "unknown" and do not override
 * other sources. Later entries for the same name replace earlier ones.
 *
 * @throws ParserError `invalid-manifest` (with file and line) for malformed CSV or JSON, a missing
 *   `name` column or key, or a non-string value.
 */
export function parseManifest(text: string, options: ParseManifestOptions): Manifest {
  const file = options.path ?? '<manifest>';
  const entries = new Map<string, ManifestEntry>();
  if (options.format === 'csv') {
    const records = parseCsv(text, { path: file });
    const header = records[0];
    if (header === undefined) return { path: options.path ?? null, entries };
    const columns = header.fields.map((field) => field.trim());
    const nameColumn = columns.findIndex((column) => column.toLowerCase() === 'name');
    if (nameColumn === -1) {
      throw new ParserError('invalid-manifest', 'the header row has no "name" column', { file, line: header.line });
    }
    for (const record of records.slice(1)) {
      const name = (record.fields[nameColumn] ?? '').trim();
      if (name === '') throw new ParserError('invalid-manifest', 'row without a name', { file, line: record.line });
      const values: Record<string, unknown> = {};
      columns.forEach((column, index) => {
        if (index !== nameColumn && column !== '') values[column] = record.fields[index] ?? '';
      });
      entries.set(name, toEntry(name, values, record.line, file));
    }
    return { path: options.path ?? null, entries };
  }
  if (options.format !== 'json') {
    throw new ParserError('invalid-manifest', `unknown manifest format ${JSON.stringify(options.format)}`, { file });
  }
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new ParserError('invalid-manifest', `invalid JSON: ${(error as Error).message}`, { file, cause: error });
  }
  if (Array.isArray(data)) {
    data.forEach((item, index) => {
      if (item === null || typeof item !== 'object' || Array.isArray(item)) {
        throw new ParserError('invalid-manifest', `entry ${index + 1} is not an object`, { file, line: index + 1 });
      }
      const { name, ...values } = item as Record<string, unknown>;
      if (typeof name !== 'string' || name.trim() === '') {
        throw new ParserError('invalid-manifest', `entry ${index + 1} has no "name"`, { file, line: index + 1 });
      }
      entries.set(name.trim(), toEntry(name.trim(), values, index + 1, file));
    });
  } else if (data !== null && typeof data === 'object') {
    Object.entries(data as Record<string, unknown>).forEach(([name, item], index) => {
      if (item === null || typeof item !== 'object' || Array.isArray(item)) {
        throw new ParserError('invalid-manifest', `entry ${JSON.stringify(name)} is not an object`, { file, line: index + 1 });
      }
      const { name: _ignored, ...values } = item as Record<string, unknown>;
      entries.set(name, toEntry(name, values, index + 1, file));
    });
  } else {
    throw new ParserError('invalid-manifest', 'expected an array of objects or an object keyed by name', { file });
  }
  return { path: options.path ?? null, entries };
}

function toEntry(name: string, values: Record<string, unknown>, line: number, file: string): ManifestEntry {
  const entry: ManifestEntry = { name, attributes: {}, line };
  for (const [key, raw] of Object.entries(values)) {
    if (raw === null || raw === undefined) continue;
    if (typeof raw !== 'string' && typeof raw !== 'number' && typeof raw !== 'boolean') {
      throw new ParserError('invalid-manifest', `value of ${JSON.stringify(key)} for ${JSON.stringify(name)} is not a string`, { file, line });
    }
    const value = String(raw).trim();
    if (value === '') continue;
    if (KNOWN.has(key)) entry[key as 'author' | 'date' | 'title' | 'lang'] = value;
    else entry.attributes[key] = value;
  }
  return entry;
}
