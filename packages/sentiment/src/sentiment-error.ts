/** Machine-readable error codes of @diskurs/sentiment. */
export type SentimentErrorCode =
  | 'LEXICON_LOAD_FAILED'
  | 'LEXICON_PARSE_FAILED'
  | 'TARGETS_PARSE_FAILED'
  | 'INVALID_OPTION';

/** Options of {@link SentimentError}. */
export interface SentimentErrorOptions {
  /** File the problem was found in, when known. */
  file?: string;
  /** 1-based line in that file, when known. */
  line?: number;
  /** The underlying error. */
  cause?: unknown;
}

/**
 * The one error class of @diskurs/sentiment: a string `code`, the location (`file`, `line`) when
 * known, and the underlying `cause`.
 */
export class SentimentError extends Error {
  /** Machine-readable code. */
  readonly code: SentimentErrorCode;
  /** File the problem was found in, when known. */
  readonly file?: string;
  /** 1-based line in `file`, when known. */
  readonly line?: number;

  /**
   * @param code - Machine-readable code.
   * @param message - Human-readable message (without the location).
   * @param options - Location and cause; all optional.
   */
  constructor(code: SentimentErrorCode, message: string, options: SentimentErrorOptions = {}) {
    const location =
      options.file === undefined
        ? ''
        : `${options.file}${options.line === undefined ? '' : `:${options.line}`}: `;
    super(location + message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'SentimentError';
    this.code = code;
    if (options.file !== undefined) this.file = options.file;
    if (options.line !== undefined) this.line = options.line;
  }
}
