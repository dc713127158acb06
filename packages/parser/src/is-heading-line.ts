import { isListItem } from './is-list-item';

/**
 * Whether a single line reads as a heading: at most 100 characters and 12 words, starts with a capital
 * or digit, no sentence punctuation or quotation mark at the end (a question mark is fine), not a
 * chain of sentences, list item or link. Markdown `#` headings always.
 */
export function isHeadingLine(line: string): boolean {
  if (line.length > 200) return false;
  const text = line.trim().replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰]+$/u, '');
  if (/^#{1,6}\s+\S/.test(text)) return true;
  if (text.length < 3 || text.length > 100) return false;
  if (!/^[\p{Lu}\d]/u.test(text)) return false;
  if (/[.,;:!…"“”»«'’)\]-]$/u.test(text)) return false;
  if (isListItem(text) || /https?:\/\/|www\./.test(text)) return false;
  if (/(?<!\d)[.!?]\s+\p{Lu}/u.test(text)) return false;
  let words = 1;
  for (let index = 0; index < text.length; index += 1) if (text.charCodeAt(index) === 32) words += 1;
  return words <= 12;
}
