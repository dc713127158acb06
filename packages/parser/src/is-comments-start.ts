const COMMENTS_START =
  /^\s*(?:\d+\s+(?:Gedanken|Kommentare?|Antworten|Reaktionen|Comments?|Responses?|Thoughts?|Replies)(?:\s*:?|\s+(?:zu|on|to|auf|für|about)\s+["„“”«»‚‘’'].{0,200})|(?:Kommentare|Leserkommentare|Comments|Reader comments)(?:\s*\(\d+\))?:?|(?:Schreibe einen Kommentar|Kommentar (?:schreiben|verfassen|hinterlassen)|Leave a (?:Reply|comment)|Add a comment|Eine Antwort hinterlassen|Join the discussion)\b.{0,100})$/i;

/**
 * Whether a line starts a comment section: `5 Gedanken zu „…“`, `2 Antworten auf „…“`,
 * `3 thoughts on “…”`, a bare `12 Kommentare` / `Comments (4)`, `Leave a Reply`,
 * `Schreibe einen Kommentar`, …
 */
export function isCommentsStart(line: string): boolean {
  return COMMENTS_START.test(line);
}
