/** An output stream of the CLI (stdout or stderr). */
export interface OutputStream extends NodeJS.WritableStream {
  /** True when the stream is a terminal. */
  isTTY?: boolean;
  /** Terminal width, when a terminal. */
  columns?: number;
  /** Whether the terminal supports colours. */
  hasColors?: () => boolean;
}

/**
 * Where the CLI reads its environment and writes its output. The real process in `cli.ts`;
 * in-memory streams in tests.
 */
export interface CliContext {
  /** Environment variables (`NO_COLOR`, `FORCE_COLOR`). */
  env: Record<string, string | undefined>;
  /** Results: JSON, NDJSON, tables. */
  stdout: OutputStream;
  /** Errors, warnings and progress. */
  stderr: OutputStream;
}
