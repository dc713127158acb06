import { CommanderError } from 'commander';
import type { CliContext } from './cli-context';
import { CliError, EXIT_BAD_INPUT, EXIT_BAD_USAGE, EXIT_SUCCESS } from './cli-error';
import { createProgram } from './create-program';
import { formatError } from './format-error';
import { shouldUseColor } from './should-use-color';

const PACKAGE_ERRORS = new Set(['ParserError', 'TokenizerError', 'KeywordsError', 'SentimentError', 'CliError']);

function isExpected(error: unknown): boolean {
  if (error instanceof CliError) return true;
  if (!(error instanceof Error)) return false;
  // diskurs' error classes, and Node system errors (ENOENT, EACCES, …) naming a path.
  return PACKAGE_ERRORS.has(error.name) || (typeof (error as { code?: unknown }).code === 'string' && 'path' in error);
}

/**
 * Runs the CLI with the arguments after `diskurs` and returns the exit code: 0 on success
 * (including `--help` and `--version`), 1 for bad input (the error is printed as
 * `diskurs: file:line: message`), 2 for bad usage (unknown command or option, invalid value;
 * commander has printed the message). Errors that are bugs rather than bad input also exit 1,
 * with their stack trace; `DISKURS_DEBUG=1` prints the stack for every error.
 */
export async function runCli(argv: readonly string[], context: CliContext): Promise<number> {
  const program = createProgram(context);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT_SUCCESS;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_SUCCESS : EXIT_BAD_USAGE;
    const expected = isExpected(error);
    const text = formatError(error, {
      color: shouldUseColor(context.stderr, context.env),
      stack: !expected || Boolean(context.env.DISKURS_DEBUG),
    });
    context.stderr.write(`${text}\n`);
    if (error instanceof CliError) return error.exitCode;
    return EXIT_BAD_INPUT;
  }
}
