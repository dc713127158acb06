import { describe, expect, it } from 'vitest';
import { CliError } from './cli-error';
import { formatError } from './format-error';

class FakeParserError extends Error {
  override name = 'ParserError';
  code = 'nul-byte';
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

describe('formatError', () => {
  it('puts file:line before the message', () => {
    expect(formatError(new FakeParserError('NUL byte in input', 'bad.txt', 3))).toBe('diskurs: bad.txt:3: NUL byte in input');
  });

  it('does not repeat a location the message already carries', () => {
    expect(formatError(new FakeParserError('bad.txt:3: NUL byte in input', 'bad.txt', 3))).toBe('diskurs: bad.txt:3: NUL byte in input');
  });

  it('uses file alone when the line is unknown', () => {
    expect(formatError(new CliError('no such file or directory', { code: 'INPUT_NOT_FOUND', file: 'missing.txt' }))).toBe(
      'diskurs: missing.txt: no such file or directory',
    );
  });

  it('turns Node system errors into path: readable text', () => {
    const error = Object.assign(new Error("EACCES: permission denied, open 'secret.txt'"), { code: 'EACCES', path: 'secret.txt' });
    expect(formatError(error)).toBe('diskurs: secret.txt: permission denied');
  });

  it('formats errors without location and non-errors', () => {
    expect(formatError(new Error('something broke'))).toBe('diskurs: something broke');
    expect(formatError('plain string')).toBe('diskurs: plain string');
  });

  it('colours only the prefix, only when asked', () => {
    const text = formatError(new Error('x'), { color: true });
    expect(text).toBe('\u001b[31m\u001b[1mdiskurs:\u001b[22m\u001b[39m x');
  });

  it('appends the stack on request', () => {
    const text = formatError(new TypeError('bug'), { stack: true });
    expect(text.split('\n')[0]).toBe('diskurs: bug');
    expect(text).toContain('format-error.test.ts');
  });
});
