import type { Segment } from '@diskurs/parser';

/**
 * Removes the characters of `markup` segments (markup the parser found, such as `<u>` tags and
 * Markdown link syntax) from a span of a document, so evidence sentences read as the author's text.
 *
 * @param text - The document text.
 * @param start - Start offset of the span.
 * @param end - End offset of the span.
 * @param segments - The document's segments.
 * @returns The span's text without markup, with runs of whitespace left by removal collapsed.
 */
export function stripMarkup(text: string, start: number, end: number, segments: readonly Segment[]): string {
  let result = '';
  let position = start;
  for (const segment of segments) {
    if (segment.kind !== 'markup' || segment.end <= start || segment.start >= end) continue;
    const from = Math.max(segment.start, start);
    if (from > position) result += text.slice(position, from);
    position = Math.max(position, Math.min(segment.end, end));
  }
  if (position < end) result += text.slice(position, end);
  return result === text.slice(start, end) ? result : result.replace(/[ \t]{2,}/g, ' ');
}
