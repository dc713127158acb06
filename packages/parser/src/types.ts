/**
 * Shared types of @diskurs/parser. The tokenizer, the analyses and the report consume these
 * shapes; change them only together with their users.
 */

/** The kind of a labelled span of a document's text (DESIGN.md §3). */
export type SegmentKind =
  | 'title'
  | 'header'
  | 'body'
  | 'heading'
  | 'quote'
  | 'list'
  | 'embed'
  | 'footnote'
  | 'boilerplate'
  | 'comments'
  | 'markup';

/**
 * A labelled span of `document.text`: UTF-16 offsets, `start` inclusive, `end` exclusive.
 * The segments of a document are sorted, contiguous, non-overlapping and cover the whole text.
 */
export interface Segment {
  kind: SegmentKind;
  start: number;
  end: number;
}

/** Where a metadata value came from, strongest first; `none` when it is unknown. */
export type MetadataSource = 'manifest' | 'marker' | 'header' | 'none';

/** One document of a corpus with its metadata and segments. */
export interface CorpusDocument {
  /** Unique name within a parse (marker name, file name, or `document-N`; duplicates get `~2`, `~3`, …). */
  name: string;
  /** Author, or `null` when unknown (never guessed from names in the text). */
  author: string | null;
  /** ISO 8601 date as precise as known (`2025`, `2025-01`, `2025-11-14`), or `null`. */
  date: string | null;
  /** Title, or `null`. */
  title: string | null;
  /** Language code from the manifest or marker, or `null` (the parser does not detect it). */
  lang: string | null;
  /** Free attributes from the marker and the manifest (keys other than name, author, date, title, lang). */
  attributes: Record<string, string>;
  /** Where the document's text begins: file path and 1-based line. */
  source: { path: string; line: number };
  /** The document text: lines joined by `\n`, line ends normalised, escapes removed. */
  text: string;
  /** Labelled spans covering `text` exactly once. */
  segments: Segment[];
  /** Where each metadata value came from. */
  provenance: {
    author: MetadataSource;
    date: MetadataSource;
    title: MetadataSource;
    lang: MetadataSource;
  };
}

/** A problem in the input that did not stop parsing. */
export interface ParseWarning {
  /** Stable machine-readable code, e.g. `preamble-text`, `duplicate-name`, `invalid-utf8`. */
  code: string;
  /** File path (or the `path` option) the warning refers to. */
  file: string;
  /** 1-based line in that file. */
  line: number;
  /** Human-readable message without the location. */
  message: string;
}

/** Metadata for one document from a manifest row or object. */
export interface ManifestEntry {
  /** Document name the entry matches. */
  name: string;
  author?: string;
  date?: string;
  title?: string;
  lang?: string;
  /** Further columns or keys, kept as document attributes. */
  attributes: Record<string, string>;
  /** 1-based line (CSV) or position (JSON) of the entry in its manifest file. */
  line: number;
}

/** A parsed manifest: entries by document name. */
export interface Manifest {
  /** The manifest file path, if known. */
  path: string | null;
  /** Entries keyed by document name. */
  entries: ReadonlyMap<string, ManifestEntry>;
}

/** Options shared by `parseCorpus`, `createCorpusReader` and `readCorpus`. */
export interface ParseOptions {
  /** File path reported in `source.path`, warnings and errors. Default `'<input>'`. */
  path?: string;
  /** Manifest whose entries override marker and header metadata. Default: none. */
  manifest?: Manifest;
  /** Infer author, date and title from the first lines and mark `title`/`header` segments. Default `true`. */
  header?: boolean;
  /** Label segments; when `false` every document is one `body` segment (plus `title`/`header`). Default `true`. */
  segments?: boolean;
}
