/**
 * A short single line that reads as a title: at most 20 words (6 when it ends with a full stop),
 * no chain of sentences, no trailing `,;:`, not a list item or a link.
 */
export function isTitleLine(line: string): boolean {
  if (line.length < 2 || line.length > 160) return false;
  if (/^#{1,6}\s+\S/.test(line)) return true;
  if (!/\p{L}/u.test(line)) return false;
  if (/[,;:]$/.test(line)) return false;
  if (/^(?:[-•*–]|\d+[.)])\s/.test(line)) return false;
  if (/https?:\/\/|www\./.test(line)) return false;
  if (/(?<!\d)[.!?]\s+[\p{Lu}„"“]/u.test(line)) return false;
  const words = line.split(/\s+/).length;
  // A full stop ends sentences more often than titles: only very short lines keep one.
  if (/[^.]\.$/.test(line) && words > 6) return false;
  return words <= 20;
}
