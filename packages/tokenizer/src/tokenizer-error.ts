/** Options of {@link TokenizerError}. */
export interface TokenizerErrorOptions {
  /** File the problem was found in, when known. Default: none. */
  file?: string;
  /** 1-based line the problem was found on, when known. Default: none. */
  line?: number;
  /** The underlying error. Default: none. */
  cause?: unknown;
}

/**
 * The one error class of @diskurs/tokenizer. `code` is a stable string, e.g.
 * `LANGUAGE_DETECTOR_NOT_LOADED`, `DICTIONARY_LOAD_FAILED`, `INVALID_OPTION`.
 */
export class TokenizerError extends Error {
  /** Stable machine-readable code. */
  readonly code: string;
  /** File, when known. */
  readonly file?: string;
  /** 1-based line, when known. */
  readonly line?: number;

  constructor(code: string, message: string, options: TokenizerErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'TokenizerError';
    this.code = code;
    if (options.file !== undefined) this.file = options.file;
    if (options.line !== undefined) this.line = options.line;
  }
}
