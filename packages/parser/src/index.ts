/** @diskurs/parser: reader and writer for the `<<<FILE>>>` corpus format. Named re-exports only. */
export { countBoilerplateWords, hasBoilerplateHint } from './count-boilerplate-words';
export { type BuildDocumentOptions, buildDocument, type RawDocument } from './build-document';
export { type CorpusReader, type CorpusReaderOptions, createCorpusReader } from './create-corpus-reader';
export { createLineDecoder, type LineDecoder, type LineHandler } from './create-line-decoder';
export { findMarkup, type MarkupSpan } from './find-markup';
export { type FormattableDocument, formatCorpus } from './format-corpus';
export { countStopwords, type StopwordCounts } from './count-stopwords';
export { findManifestEntry } from './find-manifest-entry';
export { guessLanguage } from './guess-language';
export { type HeaderSpan, type InferHeaderOptions, type InferredHeader, inferHeader } from './infer-header';
export { isCommentLine } from './is-comment-line';
export { isCommentsStart } from './is-comments-start';
export { isEmbedLine } from './is-embed-line';
export { isEndLine } from './is-end-line';
export { isFootnoteLine } from './is-footnote-line';
export { isHeadingLine } from './is-heading-line';
export { isListItem } from './is-list-item';
export { isMarkerLine } from './is-marker-line';
export { isTitleLine } from './is-title-line';
export { isTrailerFragment, isTrailerLabel } from './is-trailer-fragment';
export { isTranscriptDisclaimer } from './is-transcript-disclaimer';
export { OWN_TEXT_KINDS } from './own-text-kinds';
export { type ParseCorpusOptions, type ParseCorpusResult, parseCorpus } from './parse-corpus';
export { type CsvRecord, type ParseCsvOptions, parseCsv } from './parse-csv';
export { type ParseDateOptions, parseDate } from './parse-date';
export { type ParseManifestOptions, parseManifest } from './parse-manifest';
export { type Marker, type MarkerLocation, parseMarker } from './parse-marker';
export { ParserError, type ParserErrorCode, type ParserErrorOptions } from './parser-error';
export { type SegmentTextOptions, segmentText } from './segment-text';
export type {
  CorpusDocument,
  Manifest,
  ManifestEntry,
  MetadataSource,
  ParseOptions,
  ParseWarning,
  Segment,
  SegmentKind,
} from './types';
export { validateSegments } from './validate-segments';
