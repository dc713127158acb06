/** Codes of the errors `ParserError` reports. */
export type ParserErrorCode =
  | 'nul-byte'
  | 'invalid-marker'
  | 'unterminated-quote'
  | 'invalid-manifest'
  | 'invalid-document'
  | 'invalid-input'
  | 'read-failed';

/** Options of a `ParserError`. */
export interface ParserErrorOptions {
  /** File the error refers to. */
  file?: string;
  /** 1-based line in that file. */
  line?: number;
  /** The underlying error, if any. */
  cause?: unknown;
}

/**
 * The one error class of @diskurs/parser. `message` starts with `file:line: ` when the location
 * is known; `detail` is the message without the location.
 */
export class ParserError extends Error {
  override readonly name = 'ParserError';
  /** Machine-readable code. */
  readonly code: ParserErrorCode;
  /** File the error refers to, when known. */
  readonly file: string | undefined;
  /** 1-based line in `file`, when known. */
  readonly line: number | undefined;
  /** The message without the location prefix. */
  readonly detail: string;

  constructor(code: ParserErrorCode, detail: string, options: ParserErrorOptions = {}) {
    const location =
      options.file === undefined
        ? ''
        : options.line === undefined
          ? `${options.file}: `
          : `${options.file}:${options.line}: `;
    super(location + detail, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.file = options.file;
    this.line = options.line;
    this.detail = detail;
  }
}
