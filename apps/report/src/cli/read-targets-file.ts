import { readFile } from 'node:fs/promises';
import { CliError } from './cli-error';

/**
 * Reads and JSON-parses a targets file (`--targets`, DESIGN.md §5). A missing or unreadable file
 * and invalid JSON are `CliError`s naming the file (and, for JSON syntax errors, the line), exit 1.
 * Checking the shape is left to `@diskurs/sentiment`'s `parseTargets`.
 */
export async function readTargetsFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = code === 'ENOENT' ? 'no such file or directory' : code === 'EISDIR' ? 'is a directory, expected a JSON file' : 'cannot be read';
    throw new CliError(message, { code: 'TARGETS_UNREADABLE', file: path, cause: error });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(detail);
    const line = position ? text.slice(0, Number(position[1])).split('\n').length : undefined;
    throw new CliError(`invalid JSON: ${detail}`, { code: 'TARGETS_INVALID', file: path, ...(line === undefined ? {} : { line }), cause: error });
  }
}
