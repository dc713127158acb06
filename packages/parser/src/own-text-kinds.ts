import type { SegmentKind } from './types';

/**
 * The segment kinds that hold the author's own text: `title`, `body`, `heading`, `list`,
 * `footnote`. Analyses run on these by default; quotes, embeds, comments, boilerplate, headers
 * and markup are reported separately.
 */
export const OWN_TEXT_KINDS: readonly SegmentKind[] = Object.freeze([
  'title',
  'body',
  'heading',
  'list',
  'footnote',
]);
