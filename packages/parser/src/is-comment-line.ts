const COMMENT_LINE =
  /^\s*(?:\d+\.\s*)?(?:Pingback|Trackback):|^\s*(?:Kommentare sind geschlossen|Comments are closed|Die Kommentarfunktion ist geschlossen)\.?\s*$/i;

/**
 * Whether a line is a comment-section line that also counts outside a comment section:
 * `Pingback: …`, `Trackback: …`, `Kommentare sind geschlossen.`, `Comments are closed.`.
 */
export function isCommentLine(line: string): boolean {
  return COMMENT_LINE.test(line);
}
