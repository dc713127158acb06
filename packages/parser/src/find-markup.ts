/** A span of markup characters: `start` inclusive, `end` exclusive. */
export interface MarkupSpan {
  start: number;
  end: number;
}

const TAGS =
  'a|abbr|b|big|blockquote|br|center|cite|code|del|dfn|div|em|figcaption|figure|font|h[1-6]|hr|i|iframe|img|ins|kbd|li|mark|ol|p|pre|q|s|small|span|strike|strong|sub|sup|table|tbody|td|th|thead|tr|tt|u|ul|var';
const ATTRIBUTES = `(?:\\s+[A-Za-z_:][\\w:.-]*(?:\\s*=\\s*(?:"[^"<>]*"|'[^'<>]*'|[^\\s"'<>=]+))?)*`;
const MARKUP = new RegExp(
  `<\\/?(?:${TAGS})${ATTRIBUTES}\\s*\\/?>|<!--[\\s\\S]*?-->|<(?=(?:https?|mailto):[^\\s<>]+>)|(?<=<(?:https?|mailto):[^\\s<>]+)>|!?\\[(?=[^\\[\\]\\n]{1,300}\\]\\([^()\\s]{0,2000}\\))|\\]\\([^()\\s]{0,2000}\\)`,
  'gi',
);

/**
 * Finds markup characters in a text: HTML tags from a known tag list (`<u>`, `</u>`, `<a href="…">`),
 * HTML comments, the angle brackets of autolinks (`<https://…>`), and the syntax of Markdown links
 * (`[` and `](url)` of `[text](url)`; the link text is not markup).
 *
 * @param from - offset to start at. Default `0`.
 * @param to - offset to stop at. Default `text.length`.
 * @returns sorted, non-overlapping spans.
 */
export function findMarkup(text: string, from = 0, to = text.length): MarkupSpan[] {
  const spans: MarkupSpan[] = [];
  if (text.indexOf('<', from) === -1 && text.indexOf('[', from) === -1) return spans;
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  MARKUP.lastIndex = 0;
  let match: RegExpExecArray | null;
  let openBrackets = 0;
  while ((match = MARKUP.exec(slice)) !== null) {
    const value = match[0];
    if (value.startsWith(']')) {
      if (openBrackets === 0) continue;
      openBrackets -= 1;
    } else if (value === '[' || value === '![') {
      openBrackets += 1;
    }
    spans.push({ start: from + match.index, end: from + match.index + value.length });
  }
  return spans;
}
