/** Options of {@link findQuotations}. */
export interface FindQuotationsOptions {
  /** The text starts inside a quotation opened earlier (in a previous sentence). Default `false`. */
  open?: boolean;
}

/** Quoted spans of a text. */
export interface Quotations {
  /** `[start, end)` offsets of quoted text (the marks themselves excluded). */
  ranges: Array<[number, number]>;
  /** True when a quotation is still open at the end of the text. */
  open: boolean;
}

const OPENER_OF: Readonly<Record<string, string>> = {
  '\u201c': '\u201e', // “ closes „ (German)
  '\u201d': '\u201c', // ” closes “ (English)
  '\u00ab': '\u00bb', // « closes » (German)
  '\u00bb': '\u00ab', // » closes « (French, Swiss)
  '"': '"',
};

const OPENERS = new Set(['\u201e', '\u201c', '\u00bb', '\u00ab', '"']);

const QUOTE_MARKS = /[\u201e\u201c\u201d\u00ab\u00bb"]/g;
const ANY_QUOTE_MARK = /[\u201e\u201c\u201d\u00ab\u00bb"]/;

/**
 * Find the text inside double quotation marks: German `„…“` and `»…«`, English `“…”`, French and
 * Swiss `«…»`, and straight `"…"`. Single marks are ignored (they double as apostrophes). Nested
 * quotations are merged into the outer one.
 *
 * @param text - The text to scan (usually one sentence).
 * @param options - See {@link FindQuotationsOptions}.
 * @returns The quoted ranges and whether a quotation is open at the end.
 */
export function findQuotations(text: string, options: FindQuotationsOptions = {}): Quotations {
  // Most sentences have no quotation mark at all.
  if (!options.open && !ANY_QUOTE_MARK.test(text)) return { ranges: [], open: false };
  const ranges: Array<[number, number]> = [];
  // '*' stands for a quotation opened before the text: any closing mark closes it.
  const stack: string[] = options.open ? ['*'] : [];
  let start = 0;
  QUOTE_MARKS.lastIndex = 0;
  for (let match = QUOTE_MARKS.exec(text); match !== null; match = QUOTE_MARKS.exec(text)) {
    const ch = match[0];
    const i = match.index;
    const top = stack[stack.length - 1];
    const closes =
      top !== undefined &&
      (top === '*' ? ch !== '\u201e' : OPENER_OF[ch] === top || (ch === '\u201d' && top === '\u201e'));
    if (closes) {
      stack.pop();
      if (stack.length === 0) ranges.push([start, i]);
    } else if (ch === '\u201d' && stack.length > 0) {
      // A stray closing mark inside another quotation: close it.
      stack.length = 0;
      ranges.push([start, i]);
    } else if (OPENERS.has(ch)) {
      if (stack.length === 0) start = i + 1;
      stack.push(ch);
    }
  }
  if (stack.length > 0) ranges.push([start, text.length]);
  return { ranges: ranges.filter(([a, b]) => b > a), open: stack.length > 0 };
}
