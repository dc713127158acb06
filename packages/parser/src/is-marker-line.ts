/**
 * Returns whether a line is a marker candidate: it starts with `<<<FILE` or `<<<END` at column 0.
 * Other lines starting with `<<<` are ordinary text.
 */
export function isMarkerLine(line: string): boolean {
  return line.startsWith('<<<FILE') || line.startsWith('<<<END');
}
