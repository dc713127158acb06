const FOOTNOTE = /^\s*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\^?\d{1,3}\]:?)\s*\S/u;

/** Whether a line starts a footnote: a superscript number (`¹ …`), `[1] …` or `[^1]: …`. */
export function isFootnoteLine(line: string): boolean {
  return FOOTNOTE.test(line);
}
