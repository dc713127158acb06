import { stat } from 'node:fs/promises';
import { CliError } from './cli-error';

/** The input used when none is given: the seeds directory, relative to the working directory. */
export const DEFAULT_INPUT = 'seeds/';

const GLOB_CHARACTERS = /[*?[\]{}]/;

/**
 * Checks the command's inputs before reading: with none, the default `seeds/` (relative to the
 * current working directory); `-` (stdin) and glob patterns are passed through; every other path
 * must exist. Paths are returned as given, so messages and `source.path` show them as the user
 * typed them. Throws a `CliError` (exit 1) naming the first path that does not exist.
 */
export async function resolveInputs(inputs: readonly string[]): Promise<string[]> {
  const given = inputs.length > 0;
  const resolved = given ? [...inputs] : [DEFAULT_INPUT];
  for (const input of resolved) {
    if (input === '-' || GLOB_CHARACTERS.test(input)) continue;
    try {
      await stat(input);
    } catch (error) {
      const code = (error as { code?: string }).code;
      const text = code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' ? 'permission denied' : String(error);
      throw new CliError(given ? text : `${text} (no inputs given; pass files, directories, globs or - for stdin)`, {
        code: code === 'ENOENT' ? 'INPUT_NOT_FOUND' : 'INPUT_UNREADABLE',
        file: input,
        cause: error,
      });
    }
  }
  return resolved;
}
