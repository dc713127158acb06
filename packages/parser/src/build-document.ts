import { inferHeader } from './infer-header';
import { parseDate } from './parse-date';
import { segmentText } from './segment-text';
import { findManifestEntry } from './find-manifest-entry';
import type { CorpusDocument, Manifest, ManifestEntry, MetadataSource, ParseWarning } from './types';

/** A document as the reader sees it, before metadata and segments. */
export interface RawDocument {
  /** Final (unique) name. */
  name: string;
  /** The name before it was made unique, if it was renamed. */
  originalName?: string;
  /** Marker attributes (`name` excluded). */
  attributes: ReadonlyMap<string, string>;
  path: string;
  /** 1-based line of the marker, or `0` when the document has no marker. */
  markerLine: number;
  /** 1-based line on which the text begins. */
  line: number;
  text: string;
  /** `text.split('\n')`, when the reader has it already. Default: computed. */
  lines?: readonly string[];
}

/** Options of `buildDocument`. */
export interface BuildDocumentOptions {
  /** Manifest to take metadata from. Default: none. */
  manifest?: Manifest;
  /** Infer metadata from the first lines. Default `true`. */
  header?: boolean;
  /** Label segments. Default `true`. */
  segments?: boolean;
  /** Receives problems (e.g. an unreadable marker date). Default: ignored. */
  onWarning?: (warning: ParseWarning) => void;
  /** Called with the manifest entry a document matched. Default: none. */
  onManifestEntry?: (entry: ManifestEntry) => void;
}

const FIELDS = ['author', 'date', 'title', 'lang'] as const;
type Field = (typeof FIELDS)[number];

/**
 * Completes a raw document: metadata from manifest > marker > header (each with its source),
 * free attributes from marker and manifest, and segments.
 */
export function buildDocument(raw: RawDocument, options: BuildDocumentOptions = {}): CorpusDocument {
  const header = options.header === false ? null : inferHeader(raw.text);
  const segments = segmentText(raw.text, {
    ...(header === null ? {} : { header: header.spans }),
    rules: options.segments !== false,
    ...(raw.lines === undefined ? {} : { lines: raw.lines }),
  });
  const entry =
    options.manifest === undefined
      ? undefined
      : (findManifestEntry(options.manifest, raw.name) ??
        (raw.originalName === undefined ? undefined : findManifestEntry(options.manifest, raw.originalName)));

  if (entry !== undefined) options.onManifestEntry?.(entry);
  const values: Record<Field, string | null> = { author: null, date: null, title: null, lang: null };
  const provenance: Record<Field, MetadataSource> = { author: 'none', date: 'none', title: 'none', lang: 'none' };
  const attributes: Record<string, string> = {};
  for (const [key, value] of raw.attributes) {
    if ((FIELDS as readonly string[]).includes(key)) continue;
    attributes[key] = value;
  }
  if (entry !== undefined) for (const [key, value] of Object.entries(entry.attributes)) attributes[key] = value;

  for (const field of FIELDS) {
    const fromManifest = entry?.[field];
    const fromMarker = raw.attributes.get(field);
    const fromHeader = field === 'lang' || header === null ? null : header[field];
    if (fromManifest !== undefined && fromManifest !== '') {
      values[field] = field === 'date' ? normalizeDate(fromManifest, options, options.manifest?.path ?? raw.path, entry!.line) : fromManifest;
      provenance[field] = 'manifest';
    } else if (fromMarker !== undefined && fromMarker !== '') {
      values[field] = field === 'date' ? normalizeDate(fromMarker, options, raw.path, raw.markerLine) : fromMarker;
      provenance[field] = 'marker';
    } else if (fromHeader !== null) {
      values[field] = fromHeader;
      provenance[field] = 'header';
    }
  }

  return {
    name: raw.name,
    author: values.author,
    date: values.date,
    title: values.title,
    lang: values.lang,
    attributes,
    source: { path: raw.path, line: raw.line },
    text: raw.text,
    segments,
    provenance,
  };
}

function normalizeDate(value: string, options: BuildDocumentOptions, file: string, line: number): string {
  const date = parseDate(value);
  if (date !== null) return date;
  options.onWarning?.({
    code: 'invalid-date',
    file,
    line,
    message: `date ${JSON.stringify(value)} is not a recognised date; kept as written`,
  });
  return value;
}
