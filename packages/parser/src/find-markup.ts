/** A span of markup characters: `start` inclusive, `end` exclusive. */
export interface MarkupSpan {
  start: number;
  end: number;
}

const TAGS =
  'a|abbr|b|big|blockquote|br|center|cite|code|del|dfn|div|em|figcaption|figure|font|h[1-6]|hr|i|iframe|img|ins|kbd|li|mark|ol|p|pre|q|s|small|span|strike|strong|sub|sup|table|tbody|td|th|thead|tr|tt|u|ul|var';
// Attributes need a value, except a few boolean ones (so that `<b and c>` stays text).
const ATTRIBUTES = `(?:\\s+(?:[A-Za-z_:][\\w:.-]*\\s*=\\s*(?:"[^"<>\\n]*"|'[^'<>\\n]*'|[^\\s"'<>=]+)|allowfullscreen|async|defer|hidden|disabled|checked|selected|open))*`;
const TAG = new RegExp(`<\\/?(?:${TAGS})${ATTRIBUTES}\\s*\\/?>|<!--[\\s\\S]*?-->`, 'iy');
const AUTOLINK = /<(?:https?|mailto):[^\s<>]+>/y;
const LINK = /(!?)\[([^[\]\n]{1,300})\]\(([^()\s]{0,2000})\)/y;

/**
 * Finds markup characters in a text: HTML tags from a known tag list (`<u>`, `</u>`,
 * `<a href="…">`), HTML comments, the angle brackets of autolinks (`<https://…>`), and the syntax
 * of Markdown links (`[` and `](url)` of `[text](url)`; the link text is not markup).
 *
 * @returns sorted, non-overlapping spans.
 */
export function findMarkup(text: string): MarkupSpan[] {
  const spans: MarkupSpan[] = [];
  let angle = text.indexOf('<');
  let bracket = text.indexOf('[');
  while (angle !== -1 || bracket !== -1) {
    if (angle !== -1 && (bracket === -1 || angle < bracket)) {
      TAG.lastIndex = angle;
      const tag = TAG.exec(text);
      let next = angle + 1;
      if (tag !== null) {
        spans.push({ start: angle, end: angle + tag[0].length });
        next = angle + tag[0].length;
      } else {
        AUTOLINK.lastIndex = angle;
        const link = AUTOLINK.exec(text);
        if (link !== null) {
          spans.push({ start: angle, end: angle + 1 });
          spans.push({ start: angle + link[0].length - 1, end: angle + link[0].length });
          next = angle + link[0].length;
        }
      }
      angle = text.indexOf('<', next);
      if (bracket !== -1 && bracket < next) bracket = text.indexOf('[', next);
    } else {
      const start = bracket > 0 && text.charCodeAt(bracket - 1) === 33 ? bracket - 1 : bracket;
      LINK.lastIndex = start;
      const link = LINK.exec(text);
      let next = bracket + 1;
      if (link !== null) {
        const textEnd = start + link[1]!.length + 1 + link[2]!.length;
        spans.push({ start, end: start + link[1]!.length + 1 });
        spans.push({ start: textEnd, end: start + link[0].length });
        next = start + link[0].length;
      }
      bracket = text.indexOf('[', next);
      if (angle !== -1 && angle < next) angle = text.indexOf('<', next);
    }
  }
  return spans;
}
