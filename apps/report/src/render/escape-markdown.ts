/**
 * Escapes text for an inline position in CommonMark/GFM (paragraphs, list items, table cells):
 * backslash-escapes the punctuation that could start markup (`* _ [ ] | ` ~ \`; without `[` no
 * link or image can start, so parentheses stay as they are), writes
 * `< > &` as character references so raw HTML never reaches a viewer, and folds line breaks and
 * tabs into spaces.
 *
 * @param text - Any text.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/[\\`*_[\]|~]/g, (char) => `\\${char}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}
