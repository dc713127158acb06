import { styleText } from './style-text';

/** Options of {@link formatError}. */
export interface FormatErrorOptions {
  /** Colour the `diskurs:` prefix red. Default: false. */
  color?: boolean;
  /** Append the stack trace (for errors that are bugs rather than bad input). Default: false. */
  stack?: boolean;
}

const SYSTEM_ERROR_TEXT: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory, expected a file',
  ENOTDIR: 'not a directory',
  EMFILE: 'too many open files',
  ENOSPC: 'no space left on device',
  EROFS: 'read-only file system',
};

interface Located {
  message?: unknown;
  file?: unknown;
  line?: unknown;
  path?: unknown;
  code?: unknown;
}

/**
 * Formats an error as one line for stderr: `diskurs: file:line: message`, `diskurs: file: message`
 * or `diskurs: message`. The location comes from the error's `file`/`line` (every diskurs error
 * class carries them when known) or, for Node system errors, from `path` with a readable text for
 * the `code` (`ENOENT` → `no such file or directory`). Returns the text without a final newline.
 */
export function formatError(error: unknown, options: FormatErrorOptions = {}): string {
  const located = (typeof error === 'object' && error !== null ? error : {}) as Located;
  let message = error instanceof Error ? error.message : String(error);
  let file = typeof located.file === 'string' && located.file !== '' ? located.file : undefined;
  const line = typeof located.line === 'number' && Number.isFinite(located.line) ? located.line : undefined;
  if (file === undefined && typeof located.path === 'string' && typeof located.code === 'string') {
    file = located.path;
    message = SYSTEM_ERROR_TEXT[located.code] ?? message;
  }
  let location = '';
  if (file !== undefined) {
    location = line === undefined ? `${file}: ` : `${file}:${line}: `;
    // Do not repeat a location the message already starts with.
    if (message.startsWith(location) || message.startsWith(`${file}:`)) location = '';
  }
  const prefix = options.color ? styleText(['bold', 'red'], 'diskurs:', true) : 'diskurs:';
  let text = `${prefix} ${location}${message}`;
  if (options.stack && error instanceof Error && error.stack) {
    text += `\n${error.stack.split('\n').slice(1).join('\n')}`;
  }
  return text;
}
