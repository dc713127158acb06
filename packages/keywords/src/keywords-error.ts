/** Options of {@link KeywordsError}. */
export interface KeywordsErrorOptions {
  /** A stable machine-readable code, e.g. `invalid-option`. */
  code: string;
  /** The file the problem refers to, when known. */
  file?: string;
  /** The 1-based line the problem refers to, when known. */
  line?: number;
  /** The underlying error, if any. */
  cause?: unknown;
}

/**
 * The one error class of `@diskurs/keywords`. Thrown only for problems that stop the work
 * (invalid options, inconsistent input); everything else is returned as data.
 */
export class KeywordsError extends Error {
  /** A stable machine-readable code (`invalid-option`, `unknown-reference`, `empty-input`). */
  readonly code: string;
  /** The file the problem refers to, when known. */
  readonly file?: string;
  /** The 1-based line the problem refers to, when known. */
  readonly line?: number;

  constructor(message: string, options: KeywordsErrorOptions) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'KeywordsError';
    this.code = options.code;
    if (options.file !== undefined) this.file = options.file;
    if (options.line !== undefined) this.line = options.line;
  }
}
