import { describe, expect, it } from 'vitest';
import { shouldUseColor } from './should-use-color';

describe('shouldUseColor', () => {
  const terminal = { isTTY: true, hasColors: () => true };
  const pipe = { isTTY: false };

  it('follows the terminal by default', () => {
    expect(shouldUseColor(terminal, {})).toBe(true);
    expect(shouldUseColor(pipe, {})).toBe(false);
    expect(shouldUseColor({ isTTY: true, hasColors: () => false }, {})).toBe(false);
  });

  it('NO_COLOR wins over a terminal and over FORCE_COLOR', () => {
    expect(shouldUseColor(terminal, { NO_COLOR: '1' })).toBe(false);
    expect(shouldUseColor(pipe, { NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(false);
  });

  it('an empty NO_COLOR is ignored, as no-color.org says', () => {
    expect(shouldUseColor(terminal, { NO_COLOR: '' })).toBe(true);
  });

  it('FORCE_COLOR turns colour on for pipes, FORCE_COLOR=0 off', () => {
    expect(shouldUseColor(pipe, { FORCE_COLOR: '1' })).toBe(true);
    expect(shouldUseColor(terminal, { FORCE_COLOR: '0' })).toBe(false);
  });
});
