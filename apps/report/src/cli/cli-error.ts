/** Exit code of a successful run. */
export const EXIT_SUCCESS = 0;
/** Exit code when the input is bad: unreadable or malformed files, NUL bytes, bad targets. */
export const EXIT_BAD_INPUT = 1;
/** Exit code when the command line is bad: unknown command or option, invalid option value. */
export const EXIT_BAD_USAGE = 2;

/** Options of {@link CliError}. */
export interface CliErrorOptions {
  /** Stable machine-readable code, e.g. `NO_INPUT`. */
  code: string;
  /** Process exit code. Default: {@link EXIT_BAD_INPUT} (1). */
  exitCode?: number;
  /** File the problem is in, when known. Default: none. */
  file?: string;
  /** 1-based line in `file`, when known. Default: none. */
  line?: number;
  /** The underlying error. Default: none. */
  cause?: unknown;
}

/**
 * The CLI's own error: a problem the user can fix, reported as `diskurs: file:line: message`
 * with the given exit code.
 */
export class CliError extends Error {
  /** Stable machine-readable code. */
  readonly code: string;
  /** Process exit code (1 bad input, 2 bad usage). */
  readonly exitCode: number;
  /** File the problem is in, when known. */
  readonly file?: string;
  /** 1-based line in `file`, when known. */
  readonly line?: number;

  constructor(message: string, options: CliErrorOptions) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'CliError';
    this.code = options.code;
    this.exitCode = options.exitCode ?? EXIT_BAD_INPUT;
    if (options.file !== undefined) this.file = options.file;
    if (options.line !== undefined) this.line = options.line;
  }
}
