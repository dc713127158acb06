/** Text styles the CLI uses. */
export type TextStyle = 'bold' | 'dim' | 'red' | 'yellow' | 'green';

const CODES: Record<TextStyle, [number, number]> = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  yellow: [33, 39],
  green: [32, 39],
};

/**
 * Wraps `text` in ANSI escapes for `styles` when `enabled` (see `shouldUseColor`), else returns
 * it unchanged. Deliberately independent of `node:util`'s `styleText`, whose stream checks
 * differ between Node versions.
 */
export function styleText(styles: TextStyle | TextStyle[], text: string, enabled: boolean): string {
  if (!enabled || text === '') return text;
  let result = text;
  for (const style of Array.isArray(styles) ? styles : [styles]) {
    const [open, close] = CODES[style];
    result = `\u001b[${open}m${result}\u001b[${close}m`;
  }
  return result;
}
