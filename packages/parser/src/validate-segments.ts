import type { Segment } from './types';

const KINDS = new Set([
  'title',
  'header',
  'body',
  'heading',
  'quote',
  'list',
  'embed',
  'footnote',
  'boilerplate',
  'comments',
  'markup',
]);

/**
 * Checks that segments are sorted, contiguous, non-empty, non-overlapping, of known kinds, and
 * cover `[0, length)` exactly.
 *
 * @returns the problems found; empty when the segments are valid.
 */
export function validateSegments(segments: readonly Segment[], length: number): string[] {
  const problems: string[] = [];
  let position = 0;
  segments.forEach((segment, index) => {
    if (!KINDS.has(segment.kind)) problems.push(`segment ${index}: unknown kind ${JSON.stringify(segment.kind)}`);
    if (!Number.isInteger(segment.start) || !Number.isInteger(segment.end)) problems.push(`segment ${index}: offsets are not integers`);
    if (segment.start !== position) problems.push(`segment ${index}: starts at ${segment.start}, expected ${position}`);
    if (segment.end <= segment.start) problems.push(`segment ${index}: empty or reversed (${segment.start}–${segment.end})`);
    position = segment.end;
  });
  if (position !== length) problems.push(`segments end at ${position}, text length is ${length}`);
  return problems;
}
